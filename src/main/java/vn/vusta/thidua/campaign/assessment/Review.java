package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The review of a submitted sheet by the reviewer in one of its seats ({@link Reviewers}): values, points and a
 * comment per criterion, saved as partial work; return to the unit with a reason; completion once every seat has
 * scored every criterion. What counts per criterion is the average of the seats' points (and values).
 */
@Service
@Transactional
public class Review {
    private final ScoreSheets sheets;
    private final SheetChanges changes;
    private final ScoreReviews reviews;
    private final SheetAccess access;
    private final SheetScoring scoring;
    private final SheetTotals totals;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final Clock clock;

    Review(ScoreSheets sheets, SheetChanges changes, ScoreReviews reviews, SheetAccess access, SheetScoring scoring, SheetTotals totals, ActorContext actors,
           AuditTrail audit, Clock clock) {
        this.sheets = sheets;
        this.changes = changes;
        this.reviews = reviews;
        this.access = access;
        this.scoring = scoring;
        this.totals = totals;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    public ScoreSheet save(long sheetId, Long version, Collection<EntryInput> inputs) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        var seat = seat(sheet);
        ConcurrentEditException.check(sheet.getVersion(), version);
        if (sheet.getStatus() != ScoreSheetStatus.SUBMITTED) throw new BusinessRuleException("scoreSheet.notUnderReview", sheet.getStatus().label());
        var basis = scoring.basis(sheet);
        var points = new HashMap<Long, BigDecimal>();
        for (var in : inputs) {
            if (sheet.entry(in.criterionId()).isEmpty()) throw new BusinessRuleException("scoreSheet.criterion.unknown");
            var c = basis.criterion(in.criterionId());
            points.put(in.criterionId(), SheetScoring.points(c, in.value(), basis.targets().get(c.getId())));
        }
        var mine = new HashMap<Long, ScoreReview>();
        var all = new ArrayList<>(reviews.findByScoreSheetId(sheetId));
        all.stream().filter(r -> r.getSeat() == seat.index()).forEach(r -> mine.put(r.getCriterionId(), r));
        var actor = actors.current();
        var now = Instant.now(clock);
        var oldValues = new LinkedHashMap<String, Object>();
        var newValues = new LinkedHashMap<String, Object>();
        for (var in : inputs) {
            var r = mine.get(in.criterionId());
            var p = points.get(in.criterionId());
            if (r == null && in.value() == null && in.comment() == null) continue;
            if (r != null && SelfAssessment.same(r.getReviewValue(), in.value()) && SelfAssessment.same(r.getReviewScore(), p)
                    && Objects.equals(r.getReviewComment(), in.comment())) continue;
            var code = basis.criterion(in.criterionId()).getCode();
            oldValues.put(code, r == null ? null : SelfAssessment.describe(r.getReviewValue(), r.getReviewScore(), r.getReviewComment()));
            newValues.put(code, SelfAssessment.describe(in.value(), p, in.comment()));
            if (r == null) {
                r = new ScoreReview(sheetId, in.criterionId(), seat.index());
                r.set(actor.username(), actor.unitId(), in.value(), p, in.comment(), now);
                all.add(reviews.save(r));
            } else {
                r.set(actor.username(), actor.unitId(), in.value(), p, in.comment(), now);
            }
        }
        if (newValues.isEmpty()) return sheet;
        combine(sheet, all);
        audit.record("SCORE_REVIEW_CHANGED", "score_sheet", sheetId, "Chấm điểm (ghế " + (seat.index() + 1) + "): sửa " + newValues.size()
                + " tiêu chí", oldValues, newValues);
        var t = totals.inCluster(basis.tree(), sheet).total();
        sheet.recordTotals(sheet.getSelfTotal(), t.review(), sheet.getFinalTotal());
        return sheet;
    }

    /** Saves what was entered, then closes the review, in one transaction. */
    public ScoreSheet saveAndComplete(long sheetId, Long version, Collection<EntryInput> inputs) {
        return completeLoaded(save(sheetId, version, inputs));
    }

    /** Closes the review: every seat has scored every criterion. */
    public ScoreSheet complete(long sheetId, Long version) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        seat(sheet);
        ConcurrentEditException.check(sheet.getVersion(), version);
        return completeLoaded(sheet);
    }

    private ScoreSheet completeLoaded(ScoreSheet sheet) {
        long sheetId = sheet.getId();
        var c = access.context(sheet);
        var basis = scoring.basis(sheet);
        var all = reviews.findByScoreSheetId(sheetId);
        var missing = new ArrayList<String>();
        for (var seat : c.seats()) {
            for (var e : sheet.getEntries()) {
                boolean scored = all.stream().anyMatch(r -> r.getSeat() == seat.index() && r.getCriterionId() == e.getCriterionId()
                        && (r.getReviewValue() != null || r.getReviewScore() != null));
                if (!scored) missing.add(basis.criterion(e.getCriterionId()).getCode());
            }
        }
        if (!missing.isEmpty()) throw new BusinessRuleException("scoreSheet.review.missing", String.join(", ", missing.stream().distinct().toList()));
        var before = sheet.getStatus();
        sheet.completeReview(actors.current().username(), Instant.now(clock));
        var t = totals.inCluster(basis.tree(), sheet).total();
        sheet.recordTotals(sheet.getSelfTotal(), t.review(), t.fin());
        audit.record("SCORE_SHEET_REVIEWED", "score_sheet", sheetId, "Hoàn tất chấm điểm", Map.of("status", before.name()),
                Map.of("status", sheet.getStatus().name(), "reviewTotal", String.valueOf(t.review())));
        return sheet;
    }

    /** Sends the sheet back to its unit with a reason the unit sees. */
    public ScoreSheet returnToUnit(long sheetId, Long version, String reason) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        seat(sheet);
        ConcurrentEditException.check(sheet.getVersion(), version);
        var before = sheet.getStatus();
        sheet.returnToUnit(reason);
        audit.record("SCORE_SHEET_RETURNED", "score_sheet", sheetId, "Trả lại phiếu: " + sheet.getStatusReason(),
                Map.of("status", before.name()), Map.of("status", sheet.getStatus().name(), "reason", sheet.getStatusReason()));
        return sheet;
    }

    private Reviewers.Seat seat(ScoreSheet sheet) {
        return access.seatOf(actors.current(), access.context(sheet)).orElseThrow(() -> new AccessDeniedException("no review seat"));
    }

    /** Per criterion, the average of the seats' values and points; comments joined. */
    private static void combine(ScoreSheet sheet, List<ScoreReview> all) {
        var byCriterion = all.stream().collect(Collectors.groupingBy(ScoreReview::getCriterionId));
        for (var e : sheet.getEntries()) {
            var rs = byCriterion.getOrDefault(e.getCriterionId(), List.of());
            var comment = rs.stream().map(ScoreReview::getReviewComment).filter(Objects::nonNull).collect(Collectors.joining(" / "));
            sheet.fillReview(e.getCriterionId(), average(rs.stream().map(ScoreReview::getReviewValue).toList(), 4),
                    average(rs.stream().map(ScoreReview::getReviewScore).toList(), 2), comment.isEmpty() ? null : comment);
        }
    }

    static BigDecimal average(List<BigDecimal> values, int scale) {
        var known = values.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) return null;
        return known.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(known.size()), scale, RoundingMode.HALF_UP);
    }
}
