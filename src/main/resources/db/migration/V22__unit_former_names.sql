-- The names a unit carried before its current one (review D8: "never rename an old year"). A row holds the name the
-- unit bore up to and including valid_to; pages about a past year show the name of that year. Reference facts only.
create table unit_former_name (
    unit_id    bigint       not null references unit (id),
    valid_to   date         not null,
    name       varchar(300) not null,
    short_name varchar(120) not null,
    legal_ref  varchar(300) not null,
    primary key (unit_id, valid_to)
);

-- Thừa Thiên Huế became the centrally-run city of Huế on 01/01/2025 (Nghị quyết 1314/NQ-UBTVQH15 of 30/11/2024);
-- the union's own renaming decision is not recorded here, so the province's date is used.
insert into unit_former_name (unit_id, valid_to, name, short_name, legal_ref)
select id, date '2024-12-31', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế',
       'Nghị quyết số 1314/NQ-UBTVQH15 ngày 30/11/2024 của Ủy ban Thường vụ Quốc hội về việc thành lập thành phố Huế trực thuộc trung ương (từ 01/01/2025)'
from unit where code = 'LHH-HUE';
