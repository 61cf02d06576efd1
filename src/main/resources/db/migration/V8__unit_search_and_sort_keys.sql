-- Search and Vietnamese ordering in the database (issue 6 §6). Both columns are computed in Java from the unit's
-- names on every write of a unit (Unit.refreshKeys) and, for rows written by SQL migrations, after every migration
-- (UnitKeys, a Flyway callback): search_text is the folded text (no diacritics, lower case, đ→d) of name, short
-- name, code and province; sort_key is VietnameseText.sortKey of the province (else the short name), digits only.
alter table unit add column search_text varchar(1200);
alter table unit add column sort_key varchar(1000);
create index unit_sort_key_idx on unit (sort_key, code);
create index unit_search_text_idx on unit (search_text);
create index unit_validity_idx on unit (valid_to, valid_from);
