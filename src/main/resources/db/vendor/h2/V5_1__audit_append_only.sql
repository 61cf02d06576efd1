-- H2 twin of the PostgreSQL triggers: a Java trigger refuses UPDATE and DELETE on the sealed chain and UPDATE on
-- the journal. H2 has no TRUNCATE trigger, but refuses TRUNCATE on a table that a foreign key references.
create trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'vn.vusta.thidua.audit.internal.H2AppendOnlyTrigger';
create trigger audit_journal_no_update before update on audit_journal
    for each row call 'vn.vusta.thidua.audit.internal.H2AppendOnlyTrigger';

create table audit_truncate_guard (
    seq bigint references audit_entry (seq)
);
create table audit_journal_truncate_guard (
    id bigint references audit_journal (id)
);
