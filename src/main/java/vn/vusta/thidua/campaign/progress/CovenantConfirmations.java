package vn.vusta.thidua.campaign.progress;

import java.time.Instant;
import java.util.Map;

/**
 * HOOK for the covenant (giao ước): when a bean of this type exists, the dashboard shows which member units confirmed
 * their cluster's covenant and when. Until the covenant's tables exist there is none, and the column says "not tracked".
 * An implementation answers for a whole campaign in one query.
 */
public interface CovenantConfirmations {
    /** Unit id → when that unit confirmed its cluster's covenant, for every unit that has. */
    Map<Long, Instant> confirmedIn(long campaignId);
}
