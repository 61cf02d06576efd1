package vn.vusta.thidua.ballot;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The ballot box and the participation record, in plain SQL (nothing here is logged with its values). The box row
 * holds the ballot, a random tracker and the choices only; the participation row the ballot, the unit and whether it
 * has voted. Both are written in the casting transaction, so until closing they share that transaction's id (xmin)
 * and the box's physical order follows the casting order: {@link #shuffle} rewrites both at closing.
 */
@Component
class BallotBox {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) { this.jdbc = jdbc; }

    void enrol(long ballotId, List<Long> unitIds) {
        jdbc.batchUpdate("insert into ballot_voter (ballot_id, unit_id, voted) values (?, ?, false)",
                unitIds.stream().sorted().distinct().map(u -> new Object[] {ballotId, u}).toList());
    }

    List<Long> electorate(long ballotId) {
        return jdbc.queryForList("select unit_id from ballot_voter where ballot_id = ? order by unit_id", Long.class, ballotId);
    }

    int votedCount(long ballotId) {
        return jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ? and voted", Integer.class, ballotId);
    }

    List<Long> voters(long ballotId) {
        return jdbc.queryForList("select unit_id from ballot_voter where ballot_id = ? and voted order by unit_id", Long.class, ballotId);
    }

    boolean hasVoted(long ballotId, long unitId) {
        return Boolean.TRUE.equals(jdbc.query("select voted from ballot_voter where ballot_id = ? and unit_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, ballotId, unitId));
    }

    /**
     * Marks the unit as having voted (only if it had not: one vote, even with two submissions at the same moment) and
     * puts the ballot in the box under a fresh tracker. Runs inside the caller's transaction.
     */
    String cast(long ballotId, long unitId, String choices) {
        int marked = jdbc.update("update ballot_voter set voted = true where ballot_id = ? and unit_id = ? and voted = false", ballotId, unitId);
        if (marked != 1) throw new BusinessRuleException("ballot.cast.alreadyVoted");
        String tracker = newTracker();
        jdbc.update("insert into ballot_box (ballot_id, tracker, choices) values (?, ?, ?)", ballotId, tracker, choices);
        return tracker;
    }

    /** 128 random bits, 32 lowercase hex digits. */
    static String newTracker() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    List<Seal.Entry> entries(long ballotId) {
        return jdbc.query("select tracker, choices from ballot_box where ballot_id = ?",
                (rs, i) -> new Seal.Entry(rs.getString(1), rs.getString(2)), ballotId).stream()
                .sorted(Comparator.comparing(Seal.Entry::tracker)).toList();
    }

    /**
     * At closing, in the closing transaction: deletes the box and re-inserts it in tracker order (random, unrelated to
     * casting), and rewrites the participation rows in unit order, so that every row of this ballot carries the closing
     * transaction's id and neither table's physical order follows the casting. Returns the entries in tracker order.
     */
    List<Seal.Entry> shuffle(long ballotId) {
        var entries = entries(ballotId);
        jdbc.update("delete from ballot_box where ballot_id = ?", ballotId);
        jdbc.batchUpdate("insert into ballot_box (ballot_id, tracker, choices) values (?, ?, ?)",
                entries.stream().map(e -> new Object[] {ballotId, e.tracker(), e.choices()}).toList());
        var voted = voters(ballotId);
        var all = electorate(ballotId);
        jdbc.update("delete from ballot_voter where ballot_id = ?", ballotId);
        jdbc.batchUpdate("insert into ballot_voter (ballot_id, unit_id, voted) values (?, ?, ?)",
                all.stream().map(u -> new Object[] {ballotId, u, voted.contains(u)}).toList());
        return entries;
    }

    /** Electorate and number voted of several ballots, in one read. */
    record Participation(List<Long> electorate, int voted) {
        static final Participation NONE = new Participation(List.of(), 0);
    }

    java.util.Map<Long, Participation> participation(List<Long> ballotIds) {
        var out = new java.util.HashMap<Long, Participation>();
        if (ballotIds.isEmpty()) return out;
        var units = new java.util.HashMap<Long, java.util.List<Long>>();
        var voted = new java.util.HashMap<Long, Integer>();
        var params = String.join(",", java.util.Collections.nCopies(ballotIds.size(), "?"));
        jdbc.query("select ballot_id, unit_id, voted from ballot_voter where ballot_id in (" + params + ") order by ballot_id, unit_id", rs -> {
            long b = rs.getLong(1);
            units.computeIfAbsent(b, k -> new java.util.ArrayList<>()).add(rs.getLong(2));
            if (rs.getBoolean(3)) voted.merge(b, 1, Integer::sum);
        }, ballotIds.toArray());
        units.forEach((b, list) -> out.put(b, new Participation(list, voted.getOrDefault(b, 0))));
        return out;
    }

    java.util.Optional<String> choicesOf(long ballotId, String tracker) {
        return jdbc.queryForList("select choices from ballot_box where ballot_id = ? and tracker = ?", String.class, ballotId, tracker)
                .stream().findFirst();
    }

    void paper(long ballotId, int cast, int invalid) {
        jdbc.update("insert into ballot_paper (ballot_id, cast_count, invalid_count) values (?, ?, ?)", ballotId, cast, invalid);
    }

    int paperCast(long ballotId) {
        return jdbc.queryForList("select cast_count from ballot_paper where ballot_id = ?", Integer.class, ballotId).stream().findFirst().orElse(0);
    }
}
