-- The minutes remember whether the secretary edited the generated text (regenerating then asks first) and keep the
-- text a regeneration replaced, so an edit is never lost silently.
alter table meeting_minutes
    add column edited         boolean not null default false,
    add column previous_body  varchar(100000),
    add column previous_until timestamp with time zone;
