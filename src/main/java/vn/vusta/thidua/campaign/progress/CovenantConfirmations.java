package vn.vusta.thidua.campaign.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HOOK for the covenant (giao ước): when a bean of this type exists, the dashboard shows where each member unit stands
 * with its cluster's covenant: none yet, in preparation, confirmed (when), awaiting its confirmation, or not a party.
 * Until the covenant's tables exist there is none, and the column says "not tracked". An implementation answers for a
 * whole campaign in one query.
 */
public interface CovenantConfirmations {
    /** Every covenant of the campaign. */
    List<Covenant> of(long campaignId);

    /**
     * A cluster's covenant: whether the head has compiled it for confirmation (or it is signed; false while it is
     * prepared, also after a reopening), and its parties: the unit each answers for (the merged-away member a party
     * carries, else its own) → when it confirmed, or no value while it has not.
     */
    record Covenant(long clusterId, boolean compiled, Map<Long, Instant> parties) {}
}
