package vn.vusta.thidua.campaign.ranking;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's scores in a cluster as the ranking reads them: the totals of the self-assessment, the review and the
 * final score, the final subtotal of every top-level group (in the sheet's order) and the final penalty points
 * (a positive number). A sheet not reviewed yet has no final total and no rank.
 */
public record Standing(long unitId, BigDecimal self, BigDecimal review, BigDecimal fin, List<BigDecimal> groups, BigDecimal penalties) {
    public Standing {
        groups = groups == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(groups));
    }

    public boolean ranked() { return fin != null; }
}
