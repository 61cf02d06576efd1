-- The unions merged later than the provinces, by provincial decisions (Aug–Sept 2025): keep both dates.
alter table unit_lineage add column union_effective_date date;
