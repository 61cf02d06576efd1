package vn.vusta.thidua.campaign;

/**
 * A campaign is prepared (DRAFT), opened to its units (OPEN), its results published (PUBLISHED), then archived
 * (CLOSED). Published results never change.
 */
public enum CampaignStatus {
    DRAFT, OPEN, PUBLISHED, CLOSED;

    public boolean acceptsWork() { return this == OPEN; }
}
