-- Merger year semantics (issue 6 §1).
-- A union acts until the day before its own merger decision when one is recorded (unit_lineage.union_effective_date,
-- V3); the province date stays in valid_to. Copied onto the unit so that "as of a date" needs no join.
alter table unit add column union_merged_on date;
update unit set union_merged_on = (select min(l.union_effective_date) from unit_lineage l where l.predecessor_id = unit.id)
 where exists (select 1 from unit_lineage l where l.predecessor_id = unit.id and l.union_effective_date is not null);

-- The office confirms what the outgoing head recorded: from then on only the office changes it.
alter table cluster add column leadership_confirmed boolean not null default false;
alter table cluster add column leadership_confirmed_by varchar(80);

-- Indexes for the lookups by head, deputy, supervisor and owner (review P8).
create index cluster_head_idx on cluster (head_unit_id);
create index cluster_deputy_idx on cluster (deputy_unit_id);
create index cluster_supervisor_idx on cluster (supervisor_username);
create index cluster_owner_idx on cluster (owner_unit_id);
