package vn.vusta.thidua.campaign.assessment;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The one state machine of a unit's score sheet, all allowed transitions in this place:
 * <pre>
 * DRAFT ──submit──► SUBMITTED ──review──► REVIEWED ──contest──► IN_EXPLANATION ──decide──► FINAL ──publish──► PUBLISHED
 *   ▲                  │                     │                                              ▲
 *   └──── RETURNED ◄───┘ return (reason)     └──────────── finalise (window closed, nothing contested)
 *         │ resubmit ─► SUBMITTED
 * </pre>
 * The unit edits only in DRAFT and RETURNED; the reviewer scores only in SUBMITTED; nothing changes once PUBLISHED.
 */
public enum ScoreSheetStatus {
    DRAFT, SUBMITTED, RETURNED, REVIEWED, IN_EXPLANATION, FINAL, PUBLISHED;

    private static final Map<ScoreSheetStatus, Set<ScoreSheetStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(RETURNED, REVIEWED),
            RETURNED, EnumSet.of(SUBMITTED),
            REVIEWED, EnumSet.of(IN_EXPLANATION, FINAL),
            IN_EXPLANATION, EnumSet.of(FINAL),
            FINAL, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.noneOf(ScoreSheetStatus.class));

    public boolean mayBecome(ScoreSheetStatus next) { return ALLOWED.get(this).contains(next); }

    /** Throws with a readable reason ("a sheet in state X cannot become Y") when the transition is not allowed. */
    public void checkTransition(ScoreSheetStatus next) {
        if (!mayBecome(next)) throw new BusinessRuleException("scoreSheet.transition", label(), next.label());
    }

    /** The status's name for messages, resolved from the bundle ({@code scoreSheet.status.X}). */
    public MessageSourceResolvable label() { return new DefaultMessageSourceResolvable("scoreSheet.status." + name()); }

    public boolean editableByUnit() { return this == DRAFT || this == RETURNED; }
}
