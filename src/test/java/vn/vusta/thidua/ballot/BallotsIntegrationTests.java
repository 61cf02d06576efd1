package vn.vusta.thidua.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vusta.thidua.ballot.BallotFixture.account;
import static vn.vusta.thidua.ballot.BallotFixture.signIn;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.support.IntegrationTest;
import vn.vusta.thidua.support.TestClock;

/**
 * The ballot service against PostgreSQL with real accounts: a cluster of seven where six attend; each delegate casts
 * once for its own unit; the manager closes; the result, the seal, the event. And every refusal: voting twice (also
 * twice at the same moment), for oneself, after closing or after the set time, for an absent unit or another unit.
 */
@IntegrationTest
@RecordApplicationEvents
class BallotsIntegrationTests {
    static final int YEAR = 2061;
    @Autowired Ballots ballots;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;
    BallotFixture f;
    Map<String, Long> u;

    @BeforeEach
    void data() {
        f = new BallotFixture(jdbc, tx);
        f.cluster(YEAR);
        u = f.units();
    }

    @AfterEach
    void reset() {
        BallotFixture.signOut();
        clock.reset();
    }

    @AfterAll
    static void remove(@Autowired JdbcTemplate jdbc) { BallotFixture.removeBallots(jdbc, YEAR); }

    long openAcclaim(DecisionRule rule, Instant closesAt) {
        signIn(account("THA"));
        long id = ballots.create(f.acclaim(YEAR, rule, closesAt));
        ballots.open(id);
        return id;
    }

    long candidate(long id, String code) {
        return ballots.find(id).orElseThrow().candidates().stream().filter(c -> c.unitId().equals(u.get(code))).findFirst().orElseThrow().id();
    }

    CastReceipt vote(long id, String voter, String choice) {
        signIn(account(voter));
        return ballots.cast(id, u.get(voter), choice == null ? Choices.blank() : Choices.select(candidate(id, choice)));
    }

    /** The ballot's audit entries, sealed ones first (in chain order), then those still in the journal. */
    static List<Map<String, Object>> audit(JdbcTemplate jdbc, long id) {
        return jdbc.queryForList("""
                select action, actor, summary, new_value from (
                  select action, actor, summary, new_value, 0 as part, seq as ord from audit_entry where entity_type = 'ballot' and entity_id = ?
                  union all
                  select action, actor, summary, new_value, 1 as part, id as ord from audit_journal where entity_type = 'ballot' and entity_id = ?) a
                order by part, ord""", String.valueOf(id), String.valueOf(id));
    }

    int boxSize(long id) { return jdbc.queryForObject("select count(*) from ballot_box where ballot_id = ?", Integer.class, id); }

    @Test
    void sixDelegatesVoteOnceEachAndTheManagerClosesAndSeals() {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        var receipts = new ArrayList<CastReceipt>();
        for (var voter : List.of("HTH", "LSN", "NAN", "QNH", "SLA")) receipts.add(vote(id, voter, "THA"));
        receipts.add(vote(id, "THA", "QNH"));
        assertThat(receipts).extracting(CastReceipt::tracker).doesNotHaveDuplicates().allMatch(t -> t.matches("[0-9a-f]{32}"));
        var open = ballots.find(id).orElseThrow();
        assertThat(open.votedCount()).isEqualTo(6);
        assertThat(open.electorateSize()).isEqualTo(6);

        signIn(account("THA"));
        ballots.close(id);
        var result = ballots.result(id);
        assertThat(result.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(result.winnerUnitIds()).containsExactly(u.get("THA"));
        assertThat(result.of(candidate(id, "THA")).votes()).isEqualTo(5);
        assertThat(result.sealHash()).isEqualTo(Seal.of(id, receipts.stream().map(r -> new Seal.Entry(r.tracker(), r.choices())).toList()));
        for (var r : receipts) assertThat(ballots.verify(id, r.tracker())).contains(r.choices());
        assertThat(ballots.verify(id, "0".repeat(32))).isEmpty();

        var closed = events.stream(BallotClosed.class).filter(e -> e.ballotId() == id).toList();
        assertThat(closed).singleElement().satisfies(e -> {
            assertThat(e.winnerUnitIds()).containsExactly(u.get("THA"));
            assertThat(e.outcome()).isEqualTo("DECIDED");
            assertThat(e.purpose()).isEqualTo(BallotPurpose.ACCLAIM_LEADER);
            assertThat(e.year()).isEqualTo(YEAR);
        });
        var audit = audit(jdbc, id);
        assertThat(audit).extracting(m -> m.get("action")).containsExactly("BALLOT_CREATED", "BALLOT_OPENED", "BALLOT_CLOSED", "BALLOT_PARTICIPATION");
        assertThat(audit.get(2).get("summary").toString()).contains(result.sealHash()).contains("6/6");
        assertThat(audit.get(3).get("actor")).isNull();
    }

    @Test
    void aUnitVotesOnceEvenWhenItSubmitsTwiceAtTheSameMoment() throws Exception {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        vote(id, "HTH", "THA");
        assertThatThrownBy(() -> vote(id, "HTH", "LSN")).isInstanceOf(BusinessRuleException.class).hasMessage("ballot.cast.alreadyVoted");
        assertThat(boxSize(id)).isEqualTo(1);

        var barrier = new CyclicBarrier(2);
        long cand = candidate(id, "THA");
        Callable<String> twice = () -> {
            signIn(account("NAN"));
            barrier.await();
            try {
                return ballots.cast(id, u.get("NAN"), Choices.select(cand)).tracker();
            } catch (BusinessRuleException e) {
                return e.messageKey();
            } finally {
                BallotFixture.signOut();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(twice);
            var b = pool.submit(twice);
            var outcomes = List.of(a.get(), b.get());
            assertThat(outcomes).filteredOn(s -> s.matches("[0-9a-f]{32}")).hasSize(1);
            assertThat(outcomes).contains("ballot.cast.alreadyVoted");
        }
        assertThat(boxSize(id)).isEqualTo(2);
        assertThat(ballots.find(id).orElseThrow().votedCount()).isEqualTo(2);
    }

    @Test
    void aUnitCannotVoteForItselfNorChooseMoreThanK() {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        assertThatThrownBy(() -> vote(id, "LSN", "LSN")).hasMessage("ballot.choice.self");
        signIn(account("LSN"));
        assertThatThrownBy(() -> ballots.cast(id, u.get("LSN"), Choices.select(candidate(id, "QNH"), candidate(id, "THA"))))
                .hasMessage("ballot.choice.tooMany");
        assertThat(boxSize(id)).isZero();
        assertThat(ballots.find(id).orElseThrow().votedCount()).isZero();
        vote(id, "LSN", "QNH");
        assertThat(boxSize(id)).isEqualTo(1);
    }

    @Test
    void onlyTheOfficerOfAPresentUnitVotesAndOnlyForItsOwnUnit() {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        // Cao Bằng is absent: not in the electorate.
        assertThatThrownBy(() -> vote(id, "CBG", "THA")).isInstanceOf(AccessDeniedException.class);
        // Hà Tĩnh's officer casting for Nghệ An.
        signIn(account("HTH"));
        assertThatThrownBy(() -> ballots.cast(id, u.get("NAN"), Choices.select(candidate(id, "THA")))).isInstanceOf(AccessDeniedException.class);
        // A unit officer of another unit cannot manage it.
        assertThatThrownBy(() -> ballots.close(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(boxSize(id)).isZero();
    }

    @Test
    void noVoteAfterClosingOrAfterTheSetTime() {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        vote(id, "HTH", "THA");
        signIn(account("THA"));
        ballots.close(id);
        assertThatThrownBy(() -> vote(id, "NAN", "THA")).hasMessage("ballot.cast.closed");
        signIn(account("THA"));
        assertThatThrownBy(() -> ballots.close(id)).hasMessage("ballot.close.notOpen");

        var closesAt = Instant.now().plus(1, ChronoUnit.HOURS);
        long timed = openAcclaim(DecisionRule.majorityOfVotesCast(), closesAt);
        vote(timed, "HTH", "THA");
        clock.setInstant(closesAt.plusSeconds(1));
        assertThatThrownBy(() -> vote(timed, "NAN", "THA")).hasMessage("ballot.cast.closed");
        assertThat(boxSize(timed)).isEqualTo(1);
    }

    /** LSN 3 (HTH, NAN, QNH), QNH 3 (THA, LSN, SLA). */
    void castATie(long id) {
        for (var v : List.of("HTH", "NAN", "QNH")) vote(id, v, "LSN");
        for (var v : List.of("THA", "LSN", "SLA")) vote(id, v, "QNH");
    }

    /** The presets' rule (more than half of the votes cast): a 3–3 is a tie of the leaders, re-voted among them in one step. */
    @Test
    void aTieIsReVotedAmongTheTiedThenBrokenByTheUnitThatLedLeastRecently() {
        long id = openAcclaim(DecisionRule.majorityOfVotesCast(), null);
        castATie(id);
        signIn(account("THA"));
        ballots.close(id);
        var first = ballots.result(id);
        assertThat(first.outcome()).isEqualTo(Outcome.REVOTE_NEEDED);
        assertThat(first.tied()).containsExactlyInAnyOrder(candidate(id, "LSN"), candidate(id, "QNH"));
        assertThat(events.stream(BallotClosed.class).filter(e -> e.ballotId() == id)).singleElement()
                .satisfies(e -> assertThat(e.winnerUnitIds()).isEmpty());

        long again = ballots.revote(id);
        var revote = ballots.find(again).orElseThrow();
        assertThat(revote.parentId()).isEqualTo(id);
        assertThat(revote.candidates()).extracting(BallotView.Candidate::unitId).containsExactly(u.get("LSN"), u.get("QNH"));
        assertThat(revote.electorateUnitIds()).isEqualTo(ballots.find(id).orElseThrow().electorateUnitIds());
        assertThat(revote.rule()).isEqualTo(DecisionRule.majorityOfVotesCast());
        assertThat(revote.status()).as("open at once: the delegates vote again in one step").isEqualTo(BallotStatus.OPEN);
        assertThat(ballots.revoteOf(id)).contains(again);
        assertThatThrownBy(() -> ballots.revote(id)).as("one re-vote per ballot").hasMessage("ballot.revote.exists");
        castATie(again);
        signIn(account("THA"));
        ballots.close(again);
        var second = ballots.result(again);
        // No league table of CUM-BL is published: the score step is skipped; Lạng Sơn led two years ago, Quảng Ninh last year.
        assertThat(second.tieBreaks()).extracting(BallotResult.TieBreakNote::effect)
                .containsExactly("SKIPPED_ALREADY_REVOTED", "SKIPPED_NOT_PUBLISHED", "APPLIED");
        assertThat(second.tieBreaks().get(2).facts()).extracting(BallotResult.Fact::value).containsExactlyInAnyOrder(
                String.valueOf(YEAR - 2), String.valueOf(YEAR - 1));
        assertThat(second.outcome()).isEqualTo(Outcome.DECIDED);
        assertThat(second.winnerUnitIds()).containsExactly(u.get("LSN"));
        assertThatThrownBy(() -> ballots.revote(again)).hasMessage("ballot.revote.noTie");
    }

    @Test
    void aPaperBallotIsCountedFromTheSecretarysTallyAndSealedOverIt() {
        signIn(account("THA"));
        long id = ballots.create(f.acclaim(YEAR, DecisionRule.majorityOfVotesCast(), null));
        long lsn = candidate(id, "LSN"), qnh = candidate(id, "QNH"), tha = candidate(id, "THA");
        assertThatThrownBy(() -> ballots.enterPaperCounts(id, new PaperCounts(7, 0, List.of()))).hasMessage("ballot.paper.tooMany");
        assertThatThrownBy(() -> ballots.enterPaperCounts(id, new PaperCounts(6, 1, List.of(PaperCounts.Count.votes(lsn, 6)))))
                .hasMessage("ballot.paper.overValid");
        assertThat(ballots.find(id).orElseThrow().status()).isEqualTo(BallotStatus.DRAFT);
        var counts = new PaperCounts(6, 1, List.of(PaperCounts.Count.votes(lsn, 1), PaperCounts.Count.votes(tha, 4)));
        ballots.enterPaperCounts(id, counts);
        var view = ballots.find(id).orElseThrow();
        assertThat(view.paper()).isTrue();
        assertThat(view.status()).isEqualTo(BallotStatus.CLOSED);
        assertThat(view.votedCount()).isEqualTo(6);
        var result = ballots.result(id);
        assertThat(result.paper()).isTrue();
        assertThat(result.valid()).isEqualTo(5);
        assertThat(result.invalid()).isEqualTo(1);
        assertThat(result.winnerUnitIds()).containsExactly(u.get("THA"));
        var ids = new java.util.TreeSet<>(List.of(lsn, qnh, tha));
        var text = new StringBuilder("ballot:" + id + "\npaper\ncast:6\ninvalid:1\n");
        for (var c : ids) text.append(c).append(':').append(c == lsn ? 1 : c == tha ? 4 : 0).append("/0/0\n");
        assertThat(result.sealHash()).isEqualTo(Seal.sha256(text.toString()));
        assertThatThrownBy(() -> ballots.open(id)).hasMessage("ballot.open.notDraft");
    }
}
