-- Sheet editing (issue 7, §3): a scoring sheet made of invented demo data (only under the demo switch) is marked, so
-- that every page labels it "dữ liệu mẫu"; sheets are listed per owner and code.
alter table scoring_sheet add column demo boolean not null default false;
create index campaign_scoring_sheet_idx on campaign (scoring_sheet_id);
