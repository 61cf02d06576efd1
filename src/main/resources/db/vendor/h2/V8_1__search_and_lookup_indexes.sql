-- H2 twin of db/vendor/postgresql/V8_1: no trigram index (the plain index on unit.search_text is in V8).
create index account_unit_idx on account (unit_id);
