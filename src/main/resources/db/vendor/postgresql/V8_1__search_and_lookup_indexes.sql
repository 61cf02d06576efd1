-- PostgreSQL: unit search ("contains" on the folded text) by a trigram index when the pg_trgm extension may be
-- created (a trusted extension: the database owner may); otherwise the search scans the folded names, which stays
-- cheap for a few thousand units. The operator class is named with the extension's schema, which need not be on
-- the search path. The H2 twin has only the plain index of V8.
do $$
declare
    trgm_schema text;
begin
    create extension if not exists pg_trgm;
    select n.nspname into trgm_schema
      from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
    execute format('create index unit_search_text_trgm_idx on unit using gin (search_text %I.gin_trgm_ops)', trgm_schema);
exception when insufficient_privilege or feature_not_supported or undefined_file or undefined_object then
    raise notice 'pg_trgm is not available: unit search scans the folded names';
end
$$;
-- accounts of a unit (unit page, moving accounts after a merger): PostgreSQL does not index foreign keys itself
create index account_unit_idx on account (unit_id);
