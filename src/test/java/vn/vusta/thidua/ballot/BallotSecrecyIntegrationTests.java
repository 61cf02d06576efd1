package vn.vusta.thidua.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.vusta.thidua.ballot.BallotFixture.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.support.IntegrationTest;

/**
 * THE SECRECY CHECK. Six delegates vote in a known order through the web, then the manager closes. The test then
 * looks where an insider would look and fails if any of it links a voter to a choice:
 * <ul>
 * <li>the box's and the participation's columns (no voter, time or sequence column);</li>
 * <li>transaction ids: before closing each ballot shares its casting transaction's xmin with its voter's row (the
 * test first shows the link is real); after closing every row of both tables carries one and the same xmin, and no
 * row version in the table files (live or dead, read with pageinspect) still carries a casting transaction's id;</li>
 * <li>physical order: before closing the box's ctid order is the casting order; after, it is the tracker order
 * (random), and the participation is in unit order;</li>
 * <li>commit timestamps (track_commit_timestamp must be off);</li>
 * <li>every table of the database: a tracker appears in ballot_box and nowhere else (audit, events, sessions...);</li>
 * <li>the audit trail: no entry per cast, the participation entry anonymous and in name order;</li>
 * <li>the application log at DEBUG for the whole application during the ballot: no tracker, no choice parameter.</li>
 * </ul>
 */
@IntegrationTest
class BallotSecrecyIntegrationTests {
    static final int YEAR = 2066;
    static final Pattern TRACKER = Pattern.compile("id=\"tracker\">([0-9a-f]{32})<");
    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Ballots ballots;

    @AfterAll
    static void remove(@Autowired JdbcTemplate jdbc) { BallotFixture.removeBallots(jdbc, YEAR); }

    @Test
    void nothingStoredOrLoggedLinksAVoterToAChoice() throws Exception {
        jdbc.execute("create extension if not exists pageinspect");
        var f = new BallotFixture(jdbc, tx);
        f.cluster(YEAR);
        var u = f.units();
        BallotFixture.signIn(account("THA"));
        long id = ballots.create(f.acclaim(YEAR, DecisionRule.plurality(), null));
        ballots.open(id);
        BallotFixture.signOut();
        var candidates = ballots.find(id).orElseThrow().candidates();
        long lsn = candidates.get(0).id(), qnh = candidates.get(1).id(), tha = candidates.get(2).id();

        var logs = captureLogs();
        List<String> trackers = new ArrayList<>();
        // Casting order: a permutation unrelated to unit ids; choices differ so that the order would tell.
        var order = List.of("SLA", "HTH", "THA", "NAN", "LSN", "QNH");
        var choice = Map.of("SLA", lsn, "HTH", qnh, "THA", lsn, "NAN", tha, "LSN", qnh, "QNH", tha);
        List<String> casting;
        try {
            for (var voter : order) {
                var body = mvc.perform(post("/ballots/{id}/vote", id).param("choice", String.valueOf(choice.get(voter)))
                                .with(user(account(voter)).roles("UNIT_OFFICER")).with(csrf()))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                var m = TRACKER.matcher(body);
                assertThat(m.find()).as("the receipt shows the tracker").isTrue();
                trackers.add(m.group(1));
            }
            // Before closing the link is real, and the checks below can see it.
            casting = jdbc.queryForList("select tracker from ballot_box where ballot_id = ? order by ctid", String.class, id);
            assertThat(casting).as("box in casting order before closing").isEqualTo(trackers);
            var castXids = Set.copyOf(jdbc.queryForList("select xmin::text from ballot_box where ballot_id = ?", String.class, id));
            assertThat(castXids).hasSize(6);
            for (var voter : order) {
                String voterXmin = jdbc.queryForObject("select xmin::text from ballot_voter where ballot_id = ? and unit_id = ?", String.class, id, u.get(voter));
                String boxXmin = jdbc.queryForObject("select xmin::text from ballot_box where ballot_id = ? and tracker = ?", String.class, id,
                        trackers.get(order.indexOf(voter)));
                assertThat(voterXmin).as("before closing, voter and ballot share the casting transaction").isEqualTo(boxXmin);
            }

            mvc.perform(post("/ballots/{id}/close", id).with(user(account("THA")).roles("UNIT_OFFICER")).with(csrf()))
                    .andExpect(status().is3xxRedirection());

            // Columns: nothing but the ballot, the tracker and the choices; the ballot, the unit and a flag.
            assertThat(columns("ballot_box")).containsExactly("ballot_id", "tracker", "choices");
            assertThat(columns("ballot_voter")).containsExactly("ballot_id", "unit_id", "voted");

            // Transaction ids: one for every row of the ballot in both tables, none of the casting ones anywhere in the files.
            var xmins = new HashSet<String>(jdbc.queryForList("select xmin::text from ballot_box where ballot_id = ?", String.class, id));
            xmins.addAll(jdbc.queryForList("select xmin::text from ballot_voter where ballot_id = ?", String.class, id));
            assertThat(xmins).as("one closing transaction id on every box and participation row").hasSize(1);
            for (var table : List.of("ballot_box", "ballot_voter", "ballot", "audit_journal", "audit_entry", "event_publication")) {
                assertThat(rowVersionXids(table)).as(table + ": no row version left from a casting transaction").doesNotContainAnyElementsOf(castXids);
            }

            // Physical order: tracker order (random), unrelated to casting; participation by unit.
            var physical = jdbc.queryForList("select tracker from ballot_box where ballot_id = ? order by ctid", String.class, id);
            assertThat(physical).isEqualTo(trackers.stream().sorted().toList());
            if (!trackers.equals(trackers.stream().sorted().toList())) assertThat(physical).isNotEqualTo(trackers);
            assertThat(jdbc.queryForList("select unit_id from ballot_voter where ballot_id = ? order by ctid", Long.class, id))
                    .isSorted().hasSize(6);

            // Commit timestamps would date each row version: they are not kept.
            assertThat(jdbc.queryForObject("show track_commit_timestamp", String.class)).isEqualTo("off");
        } finally {
            stopCapturing(logs);
        }

        // Every table of the database: a tracker is in ballot_box and nowhere else.
        for (var table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'", String.class)) {
            if (table.equals("ballot_box")) continue;
            for (var t : trackers) {
                assertThat(jdbc.queryForObject("select count(*) from \"" + table + "\" x where position(? in x::text) > 0", Integer.class, t))
                        .as("tracker found in table " + table).isZero();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session_attributes where position(convert_to(?, 'UTF8') in attribute_bytes) > 0",
                Integer.class, trackers.getFirst())).isZero();

        // Audit: nothing per cast; closing names the manager; participation is anonymous, by name, without choices.
        var audit = BallotsIntegrationTests.audit(jdbc, id);
        assertThat(audit).extracting(m -> m.get("action")).containsExactly("BALLOT_CREATED", "BALLOT_OPENED", "BALLOT_CLOSED", "BALLOT_PARTICIPATION");
        var participation = audit.get(3);
        assertThat(participation.get("actor")).isNull();
        assertThat(participation.get("new_value").toString()).doesNotContain(String.valueOf(lsn), String.valueOf(qnh), String.valueOf(tha));
        assertThat(jdbc.queryForObject("select count(*) from audit_journal where entity_type = 'ballot' and entity_id = ? and kind = 'ANONYMOUS' and actor_unit_id is not null",
                Integer.class, String.valueOf(id))).isZero();
        // The event (stored only once a module listens to it): the winners and the outcome, nothing about voters.
        var events = jdbc.queryForList("select serialized_event from event_publication where event_type like '%BallotClosed'", String.class);
        assertThat(events).allSatisfy(e -> assertThat(e).doesNotContain("tracker", "choices", "voter"));

        // The log of the whole application at DEBUG during the ballot.
        var lines = logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("captured log lines").isNotEmpty();
        for (var line : lines) {
            for (var t : trackers) assertThat(line).as("log line").doesNotContain(t);
            assertThat(line).doesNotContain("choice=");
        }
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("select column_name from information_schema.columns where table_name = ? order by ordinal_position", String.class, table);
    }

    /** The xmin and xmax of every row version in the table's pages, live or dead (pageinspect). */
    private Set<String> rowVersionXids(String table) {
        int pages = jdbc.queryForObject("select (pg_relation_size(?::regclass) / current_setting('block_size')::int)::int", Integer.class, table);
        var out = new HashSet<String>();
        for (int p = 0; p < pages; p++) {
            jdbc.query("select t_xmin::text, t_xmax::text from heap_page_items(get_raw_page(?, ?)) where lp_flags = 1", rs -> {
                out.add(rs.getString(1));
                out.add(rs.getString(2));
            }, table, p);
        }
        return out;
    }

    private static ListAppender<ILoggingEvent> captureLogs() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = new ListAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        previous = root.getLevel();
        root.setLevel(Level.DEBUG);
        app = context.getLogger("vn.vusta.thidua");
        previousApp = app.getLevel();
        app.setLevel(Level.DEBUG);
        return appender;
    }

    private static Level previous;
    private static Logger app;
    private static Level previousApp;

    private static void stopCapturing(ListAppender<ILoggingEvent> appender) {
        var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(previous);
        app.setLevel(previousApp);
        appender.stop();
    }
}
