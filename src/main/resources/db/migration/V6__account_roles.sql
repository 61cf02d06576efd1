-- An account holds one or more roles named from the glossary (account_role). The former single role ADMIN was the
-- emulation office and account administration at once: its holders keep both, as OFFICE and SYSTEM_ADMIN.
create table account_role (
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(30) not null check (role in ('OFFICE', 'COUNCIL_STANDING', 'COUNCIL_SECRETARY', 'COUNCIL_MEMBER',
                                                    'PRESIDIUM_MEMBER', 'UNIT_OFFICER', 'SYSTEM_ADMIN')),
    primary key (account_id, role)
);
create index account_role_role_idx on account_role (role);

insert into account_role (account_id, role) select id, 'OFFICE' from account where role = 'ADMIN';
insert into account_role (account_id, role) select id, 'SYSTEM_ADMIN' from account where role = 'ADMIN';
insert into account_role (account_id, role) select id, role from account where role <> 'ADMIN';

-- The old column is no longer written; V6_1 (per vendor) drops it. The rule "a unit officer acts for one unit" is
-- now checked by the account itself, since it spans two tables.
alter table account alter column role drop not null;
