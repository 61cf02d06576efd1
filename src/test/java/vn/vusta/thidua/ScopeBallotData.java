package vn.vusta.thidua;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Data the scope matrix's ballot rows act on, inserted inside the cell's transaction (rolled back after it): three
 * ballots managed by Hải Phòng (LHH-HPG) whose electorate is Hải Phòng alone, with Hải Dương and Hà Nội as candidates:
 * one in preparation, one open, one closed and counted (not public).
 */
final class ScopeBallotData {
    private ScopeBallotData() {}

    static void prepare(JdbcTemplate jdbc, String pattern) {
        if (!pattern.contains("ballots")) return;
        long hpg = id(jdbc, "select id from unit where code = 'LHH-HPG'");
        for (var status : new String[] {"DRAFT", "OPEN", "CLOSED"}) {
            boolean closed = status.equals("CLOSED");
            jdbc.update("""
                    insert into ballot (ballot_year, manager_unit_id, purpose, question, kind, max_choices, threshold, denominator, self_vote_allowed,
                                        tie_breaks, members_count, present_count, status, opened_at, closed_at, seal_hash, outcome, result_json,
                                        created_by, created_at)
                    values (2025, ?, 'OTHER', ?, 'CHOOSE_UP_TO_K', 1, 'PLURALITY', 'VOTES_CAST', false, 'REVOTE', 1, 1, ?,
                            case when ? <> 'DRAFT' then timestamp with time zone '2025-03-01 02:00:00+00' end,
                            case when ? then timestamp with time zone '2025-03-01 03:00:00+00' end, ?, ?, ?, 'haiphong.demo',
                            timestamp with time zone '2025-03-01 01:00:00+00')""",
                    hpg, "Phiếu ma trận " + status, status, status, closed, closed ? "0".repeat(64) : null, closed ? "DECIDED" : null,
                    closed ? RESULT : null);
            long ballot = ballot(jdbc, status);
            jdbc.update("insert into ballot_candidate (ballot_id, position, unit_id, label) select ?, 1, id, 'LHH Hải Dương' from unit where code = 'LHH-HDG'", ballot);
            jdbc.update("insert into ballot_candidate (ballot_id, position, unit_id, label) select ?, 2, id, 'LHH Hà Nội' from unit where code = 'LHH-HNI'", ballot);
            jdbc.update("insert into ballot_voter (ballot_id, unit_id, voted) values (?, ?, ?)", ballot, hpg, closed);
            if (closed) jdbc.update("insert into ballot_box (ballot_id, tracker, choices) values (?, ?, '')", ballot, "ab".repeat(16));
        }
    }

    private static final String RESULT = """
            {"ballotId":0,"kind":"CHOOSE_UP_TO_K","paper":false,"valid":1,"invalid":0,"blank":1,"denominator":1,"tally":[],"rounds":[],\
            "outcome":"NO_WINNER","winners":[],"winnerUnitIds":[],"tied":[],"tieBreaks":[],"sealHash":"%s"}""".formatted("0".repeat(64));

    static long ballot(JdbcTemplate jdbc, String status) { return id(jdbc, "select id from ballot where question = 'Phiếu ma trận " + status + "'"); }

    static long candidate(JdbcTemplate jdbc, String status) {
        return id(jdbc, "select min(c.id) from ballot_candidate c join ballot b on b.id = c.ballot_id where b.question = 'Phiếu ma trận " + status + "'");
    }

    private static long id(JdbcTemplate jdbc, String sql) { return jdbc.queryForObject(sql, Long.class); }
}
