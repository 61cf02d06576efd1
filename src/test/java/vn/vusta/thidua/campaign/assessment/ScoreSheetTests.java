package vn.vusta.thidua.campaign.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The score sheet's state machine: every allowed path, every refused one, zero as a value. */
class ScoreSheetTests {
    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    static ScoreSheet sheet() { return new ScoreSheet(1, 2, 3, List.of(10L, 11L)); }

    static ScoreSheet submitted() {
        var s = sheet();
        s.fillSelf(10, BigDecimal.ZERO, BigDecimal.ZERO, "chưa có");
        s.fillSelf(11, BigDecimal.ONE, new BigDecimal("5"), null);
        s.submit("hanoi.demo", NOW);
        return s;
    }

    @Test
    void submittingNeedsEveryCriterionAndZeroCounts() {
        var s = sheet();
        s.fillSelf(10, BigDecimal.ZERO, BigDecimal.ZERO, null);
        assertThatThrownBy(() -> s.submit("u", NOW)).hasMessage("scoreSheet.submit.incomplete");
        assertThat(s.getStatus()).isEqualTo(ScoreSheetStatus.DRAFT);
        s.fillSelf(11, BigDecimal.ZERO, BigDecimal.ZERO, null);
        s.submit("u", NOW);
        assertThat(s.getStatus()).isEqualTo(ScoreSheetStatus.SUBMITTED);
        assertThat(s.getSubmittedBy()).isEqualTo("u");
    }

    @Test
    void aReturnedSheetCarriesItsReasonAndCanBeResubmitted() {
        var s = submitted();
        assertThatThrownBy(() -> s.returnToUnit("  ")).hasMessage("scoreSheet.return.reasonRequired");
        s.returnToUnit("Thiếu minh chứng tiêu chí 1.2");
        assertThat(s.getStatus()).isEqualTo(ScoreSheetStatus.RETURNED);
        assertThat(s.getStatusReason()).isEqualTo("Thiếu minh chứng tiêu chí 1.2");
        s.fillSelf(10, BigDecimal.ONE, BigDecimal.ONE, null);
        s.submit("u", NOW);
        assertThat(s.getStatus()).isEqualTo(ScoreSheetStatus.SUBMITTED);
        assertThat(s.getStatusReason()).isNull();
    }

    @Test
    void theUnitCannotEditASubmittedSheetAndTheReviewerOnlyASubmittedOne() {
        var draft = sheet();
        assertThatThrownBy(() -> draft.fillReview(10, null, BigDecimal.ONE, null)).hasMessage("scoreSheet.notUnderReview");
        var s = submitted();
        assertThatThrownBy(() -> s.fillSelf(10, BigDecimal.ONE, BigDecimal.ONE, null)).hasMessage("scoreSheet.notEditable");
    }

    @Test
    void reviewExplanationDecisionAndPublication() {
        var s = submitted();
        s.fillReview(10, null, BigDecimal.ZERO, null);
        assertThatThrownBy(() -> s.completeReview("r", NOW)).hasMessage("scoreSheet.review.incomplete");
        s.fillReview(11, null, new BigDecimal("4"), "thiếu minh chứng");
        s.completeReview("r", NOW);
        assertThat(s.entry(11).orElseThrow().getFinalScore()).isEqualByComparingTo("4");
        s.contest();
        s.decide(11, new BigDecimal("4.5"), "Chấp nhận một phần giải trình");
        s.finalise();
        s.publish();
        assertThat(s.getStatus()).isEqualTo(ScoreSheetStatus.PUBLISHED);
        assertThat(s.entry(11).orElseThrow().getFinalScore()).isEqualByComparingTo("4.5");
        assertThatThrownBy(() -> s.recordTotals(null, null, null)).hasMessage("scoreSheet.published");
        assertThatThrownBy(s::finalise).hasMessage("scoreSheet.transition");
    }

    @Test
    void onlyTheDrawnTransitionsAreAllowed() {
        var allowed = EnumSet.noneOf(ScoreSheetStatus.class);
        int count = 0;
        for (var from : ScoreSheetStatus.values()) for (var to : ScoreSheetStatus.values()) if (from.mayBecome(to)) { count++; allowed.add(to); }
        assertThat(count).isEqualTo(8);
        assertThat(ScoreSheetStatus.PUBLISHED.mayBecome(ScoreSheetStatus.FINAL)).isFalse();
        assertThat(ScoreSheetStatus.DRAFT.mayBecome(ScoreSheetStatus.REVIEWED)).isFalse();
        assertThat(ScoreSheetStatus.REVIEWED.mayBecome(ScoreSheetStatus.FINAL)).isTrue();
        assertThat(allowed).doesNotContain(ScoreSheetStatus.DRAFT);
    }
}
