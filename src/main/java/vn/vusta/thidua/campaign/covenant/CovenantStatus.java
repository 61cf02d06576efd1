package vn.vusta.thidua.campaign.covenant;

import java.util.Map;
import java.util.Set;

/**
 * The covenant's one state machine: the head prepares it (DRAFT), compiles it for confirmation (COMPILED), and once
 * every party has confirmed it is signed (SIGNED). Reopening (audited, with a reason) clears the confirmations and
 * goes back to DRAFT.
 */
public enum CovenantStatus {
    DRAFT, COMPILED, SIGNED;

    private static final Map<CovenantStatus, Set<CovenantStatus>> NEXT = Map.of(
            DRAFT, Set.of(COMPILED),
            COMPILED, Set.of(SIGNED, DRAFT),
            SIGNED, Set.of(DRAFT));

    public boolean mayBecome(CovenantStatus next) { return NEXT.get(this).contains(next); }
}
