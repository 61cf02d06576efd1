package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The unit's self-assessment: values and comments saved as partial work, points computed by the criterion's rule
 * with the registered target, and the submission once every criterion is filled (zero is a value) and every criterion
 * that requires evidence has a file. Every change of a score is audited with its old and new values.
 */
@Service
@Transactional
public class SelfAssessment {
    private final ScoreSheets sheets;
    private final SheetChanges changes;
    private final SheetScoring scoring;
    private final EvidenceFiles evidence;
    private final SheetTotals totals;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final Clock clock;

    SelfAssessment(ScoreSheets sheets, SheetChanges changes, SheetScoring scoring, EvidenceFiles evidence, SheetTotals totals, ActorContext actors,
                   AuditTrail audit, Clock clock) {
        this.sheets = sheets;
        this.changes = changes;
        this.scoring = scoring;
        this.evidence = evidence;
        this.totals = totals;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Saves what was entered (partial work is fine); the version is the one the user edited. */
    public ScoreSheet save(long sheetId, Long version, Collection<EntryInput> inputs) {
        var sheet = editable(sheetId, version);
        apply(sheet, inputs);
        return sheet;
    }

    /** Saves, then submits: every criterion filled, evidence where required; else a message listing what is missing. */
    public ScoreSheet submit(long sheetId, Long version, Collection<EntryInput> inputs) {
        var sheet = editable(sheetId, version);
        var basis = apply(sheet, inputs);
        var unfilled = sheet.unfilled().stream().map(id -> basis.criterion(id).getCode()).toList();
        var withFiles = evidence.findByScoreSheetIdOrderById(sheetId).stream()
                .filter(e -> e.getPurpose() == EvidenceFile.Purpose.SELF).map(EvidenceFile::getCriterionId).toList();
        var noEvidence = sheet.getEntries().stream().map(e -> basis.criterion(e.getCriterionId()))
                .filter(c -> c.isEvidenceRequired() && !withFiles.contains(c.getId())).map(c -> c.getCode()).toList();
        if (!unfilled.isEmpty() || !noEvidence.isEmpty()) {
            throw new BusinessRuleException("scoreSheet.submit.missing", unfilled.isEmpty() ? "–" : String.join(", ", unfilled),
                    noEvidence.isEmpty() ? "–" : String.join(", ", noEvidence));
        }
        var before = sheet.getStatus();
        var actor = actors.current();
        sheet.submit(actor.username(), Instant.now(clock));
        audit.record("SCORE_SHEET_SUBMITTED", "score_sheet", sheetId, "Nộp phiếu tự chấm điểm", Map.of("status", before.name()),
                Map.of("status", sheet.getStatus().name()));
        return sheet;
    }

    private ScoreSheet editable(long sheetId, Long version) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        Actor actor = actors.current();
        if (!actor.actsFor(sheet.getUnitId())) throw new AccessDeniedException("not this unit's sheet");
        ConcurrentEditException.check(sheet.getVersion(), version);
        if (!sheet.getStatus().editableByUnit()) throw new BusinessRuleException("scoreSheet.notEditable", sheet.getStatus().label());
        return sheet;
    }

    private SheetScoring.Basis apply(ScoreSheet sheet, Collection<EntryInput> inputs) {
        var basis = scoring.basis(sheet);
        if (!basis.campaign().getStatus().acceptsWork()) throw new BusinessRuleException("scoreSheet.campaignClosed");
        var points = new LinkedHashMap<Long, BigDecimal>();
        for (var in : inputs) {
            sheet.entry(in.criterionId()).orElseThrow(() -> new BusinessRuleException("scoreSheet.criterion.unknown"));
            var c = basis.criterion(in.criterionId());
            points.put(in.criterionId(), SheetScoring.points(c, in.value(), basis.targets().get(c.getId())));
        }
        var oldValues = new LinkedHashMap<String, Object>();
        var newValues = new LinkedHashMap<String, Object>();
        for (var in : inputs) {
            var e = sheet.entry(in.criterionId()).orElseThrow();
            var p = points.get(in.criterionId());
            if (same(e.getSelfValue(), in.value()) && same(e.getSelfScore(), p) && Objects.equals(e.getSelfComment(), in.comment())) continue;
            var code = basis.criterion(in.criterionId()).getCode();
            oldValues.put(code, describe(e.getSelfValue(), e.getSelfScore(), e.getSelfComment()));
            newValues.put(code, describe(in.value(), p, in.comment()));
            sheet.fillSelf(in.criterionId(), in.value(), p, in.comment());
        }
        if (!newValues.isEmpty()) {
            var t = totals.of(basis.tree(), java.util.List.of(sheet)).get(sheet.getId()).total();
            sheet.recordTotals(t.self(), sheet.getReviewTotal(), sheet.getFinalTotal());
            audit.record("SCORE_SELF_CHANGED", "score_sheet", sheet.getId(), "Tự chấm: sửa " + newValues.size() + " tiêu chí",
                    oldValues, newValues);
        }
        return basis;
    }

    static boolean same(BigDecimal a, BigDecimal b) { return a == null ? b == null : b != null && a.compareTo(b) == 0; }

    static Map<String, Object> describe(BigDecimal value, BigDecimal points, String comment) {
        var m = new LinkedHashMap<String, Object>();
        m.put("value", value == null ? null : value.stripTrailingZeros().toPlainString());
        m.put("points", points == null ? null : points.toPlainString());
        m.put("comment", comment);
        return m;
    }
}
