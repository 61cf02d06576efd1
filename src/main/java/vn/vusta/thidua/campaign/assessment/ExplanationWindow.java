package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.audit.AuditTrail;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.ConcurrentEditException;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Explanation (giải trình) in the campaign's window: the unit contests a reviewed score per criterion with a text and
 * optionally a file; the office or the Presidium member in charge decides each; the sheet becomes FINAL when every
 * explanation is decided. Sheets nobody contested become FINAL when the window has closed ({@link #closeScores}),
 * once, even with two application nodes: each sheet moves by a conditional update.
 */
@Service
@Transactional
public class ExplanationWindow {
    private final ScoreSheets sheets;
    private final SheetChanges changes;
    private final Explanations explanations;
    private final EvidenceStore evidence;
    private final SheetAccess access;
    private final SheetScoring scoring;
    private final SheetTotals totals;
    private final ActorContext actors;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExplanationWindow(ScoreSheets sheets, SheetChanges changes, Explanations explanations, EvidenceStore evidence, SheetAccess access, SheetScoring scoring,
                      SheetTotals totals, ActorContext actors, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.sheets = sheets;
        this.changes = changes;
        this.explanations = explanations;
        this.evidence = evidence;
        this.access = access;
        this.scoring = scoring;
        this.totals = totals;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether today lies in the campaign's explanation window. */
    public boolean open(Campaign campaign) {
        var d = campaign.deadlines();
        var today = LocalDate.now(clock);
        return d.explanationFrom() != null && d.explanationUntil() != null && !today.isBefore(d.explanationFrom()) && !today.isAfter(d.explanationUntil());
    }

    public Explanation file(long sheetId, Long version, long criterionId, String text, String fileName, byte[] file) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        var actor = actors.current();
        if (!actor.actsFor(sheet.getUnitId())) throw new AccessDeniedException("not this unit's sheet");
        ConcurrentEditException.check(sheet.getVersion(), version);
        var basis = scoring.basis(sheet);
        if (!open(basis.campaign())) throw new BusinessRuleException("explanation.windowClosed", basis.campaign().deadlines().explanationFrom(),
                basis.campaign().deadlines().explanationUntil());
        if (sheet.entry(criterionId).isEmpty()) throw new BusinessRuleException("scoreSheet.criterion.unknown");
        if (explanations.findByScoreSheetIdOrderById(sheetId).stream().anyMatch(x -> x.getCriterionId() == criterionId)) {
            throw new BusinessRuleException("explanation.duplicate", basis.criterion(criterionId).getCode());
        }
        var before = sheet.getStatus();
        if (before == ScoreSheetStatus.REVIEWED) sheet.contest();
        else if (before != ScoreSheetStatus.IN_EXPLANATION) throw new BusinessRuleException("scoreSheet.transition", before.label(), ScoreSheetStatus.IN_EXPLANATION.label());
        Long evidenceId = file == null || file.length == 0 ? null : evidence.addForExplanation(sheet, criterionId, fileName, file).getId();
        var x = explanations.save(new Explanation(sheetId, criterionId, text, evidenceId, actor.username(), Instant.now(clock)));
        var code = basis.criterion(criterionId).getCode();
        audit.record("SCORE_EXPLANATION_FILED", "score_sheet", sheetId, "Giải trình tiêu chí " + code, Map.of("status", before.name()),
                Map.of("status", sheet.getStatus().name(), "criterion", code, "text", x.getText()));
        return x;
    }

    /** Accepts with a new score, or rejects; a note is required. The last decision makes the sheet FINAL. */
    public Explanation decide(long sheetId, long explanationId, Long version, boolean accept, BigDecimal score, String note) {
        var sheet = changes.load(sheetId).orElseThrow(() -> new NotFoundException("scoreSheet", sheetId));
        var actor = actors.current();
        if (!actor.isOffice() && !access.isSupervisor(actor, access.context(sheet).cluster())) throw new AccessDeniedException("may not decide");
        var x = explanations.findById(explanationId).filter(e -> e.getScoreSheetId() == sheetId)
                .orElseThrow(() -> new NotFoundException("explanation", explanationId));
        ConcurrentEditException.check(x.getVersion(), version);
        var basis = scoring.basis(sheet);
        var c = basis.criterion(x.getCriterionId());
        if (accept && score != null && score.abs().compareTo(c.getMaxPoints()) > 0) {
            throw new BusinessRuleException("scoreSheet.value.invalid", c.getCode(), new org.springframework.context.support.DefaultMessageSourceResolvable(
                    new String[] {"score.value.aboveMax"}, new Object[] {c.getMaxPoints()}));
        }
        var entry = sheet.entry(x.getCriterionId()).orElseThrow();
        var oldFinal = entry.getFinalScore();
        x.decide(accept, score, note, actor.username(), Instant.now(clock));
        sheet.decide(x.getCriterionId(), accept ? score : oldFinal, x.getDecisionNote());
        var before = sheet.getStatus();
        boolean last = explanations.findByScoreSheetIdOrderById(sheetId).stream().noneMatch(Explanation::pending);
        if (last) sheet.finalise();
        var t = totals.inCluster(basis.tree(), sheet).total();
        sheet.recordTotals(sheet.getSelfTotal(), sheet.getReviewTotal(), t.fin());
        var oldValue = new LinkedHashMap<String, Object>();
        oldValue.put("finalScore", oldFinal == null ? null : oldFinal.toPlainString());
        oldValue.put("status", before.name());
        var newValue = new LinkedHashMap<String, Object>();
        newValue.put("decision", x.getStatus().name());
        newValue.put("finalScore", accept ? score.toPlainString() : oldFinal == null ? null : oldFinal.toPlainString());
        newValue.put("note", x.getDecisionNote());
        newValue.put("status", sheet.getStatus().name());
        audit.record("SCORE_EXPLANATION_DECIDED", "score_sheet", sheetId, "Quyết định giải trình tiêu chí " + c.getCode(), oldValue, newValue);
        return x;
    }

    /**
     * Chốt điểm: after the window, every reviewed sheet nobody contested becomes FINAL. Each sheet moves by a
     * conditional update, so that two nodes (or the office and the scheduled step) never finalise one twice: when both
     * have read a sheet as REVIEWED, the second update waits on the first's row lock and then re-reads the row (read
     * committed, on PostgreSQL and H2 alike), finds it FINAL and changes nothing, so it writes no audit entry either.
     */
    public int closeScores(Campaign campaign) {
        var until = campaign.deadlines().explanationUntil();
        if (until == null || !LocalDate.now(clock).isAfter(until)) throw new BusinessRuleException("explanation.windowNotClosed", until);
        int done = 0;
        var ids = jdbc.queryForList("select id from score_sheet where campaign_id = ? and status = 'REVIEWED' order by id", Long.class, campaign.getId());
        for (var id : ids) {
            int changed = jdbc.update("update score_sheet set status = 'FINAL', status_reason = ?, version = version + 1 where id = ? and status = 'REVIEWED'",
                    "Hết thời hạn giải trình", id);
            if (changed == 1) {
                done++;
                audit.record("SCORE_SHEET_FINALISED", "score_sheet", id, "Chốt điểm: hết thời hạn giải trình, không giải trình",
                        Map.of("status", "REVIEWED"), Map.of("status", "FINAL", "reason", "Hết thời hạn giải trình"));
            }
        }
        return done;
    }
}
