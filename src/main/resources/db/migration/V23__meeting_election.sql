-- Next year's head or deputy elected by a meeting's ballot (issue 8 §4). The result is kept with the meeting whether or
-- not it could be written on the cluster's next year yet: at a December summary that year often has no cluster row
-- until the office makes its plan. Pending results are tried again until they are recorded, and the meeting page
-- says which are pending and why.
create table meeting_election (
    ballot_id   bigint       primary key references ballot (id) on delete cascade,
    meeting_id  bigint       not null references meeting (id) on delete cascade,
    deputy      boolean      not null,
    unit_id     bigint       not null references unit (id),
    for_year    int          not null,
    elected_on  date         not null,
    reference   varchar(300) not null,
    recorded    boolean      not null default false,
    problem     varchar(500)
);
create index meeting_election_meeting_idx on meeting_election (meeting_id);
create index meeting_election_pending_idx on meeting_election (recorded);
