-- The single role column and its checks (allowed values; a unit officer has a unit) are replaced by account_role (V6).
alter table account drop column role;
