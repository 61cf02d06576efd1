-- The sealed chain is append-only: UPDATE, DELETE and TRUNCATE are refused whoever asks. (A superuser can still
-- disable the trigger; the keyed hashes and the signed checkpoints outside the database are what detect that.)
create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit trail is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_refuse_change();

-- The journal only grows and is emptied by the sealer row by row (DELETE); nobody edits a pending entry.
create trigger audit_journal_no_update before update on audit_journal
    for each row execute function audit_refuse_change();
create trigger audit_journal_no_truncate before truncate on audit_journal
    for each statement execute function audit_refuse_change();
