-- The campaign form used to offer 'SHARED_RANK', a name the ranking does not know (it fell back to SHARED);
-- store the ranking's own name so the campaign page, the API and the league table say the same thing.
update campaign set tie_break = 'SHARED' where tie_break = 'SHARED_RANK';
