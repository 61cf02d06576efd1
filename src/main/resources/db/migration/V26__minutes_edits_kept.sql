-- The minutes remember whether the secretary edited the generated text (regenerating then asks first) and keep the
-- text a regeneration replaced, so an edit is never lost silently. One column per statement: the embedded H2 does
-- not take several ADD COLUMN clauses in one ALTER TABLE.
alter table meeting_minutes add column edited boolean not null default false;
alter table meeting_minutes add column previous_body varchar(100000);
alter table meeting_minutes add column previous_until timestamp with time zone;
