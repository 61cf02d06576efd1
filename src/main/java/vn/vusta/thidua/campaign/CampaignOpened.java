package vn.vusta.thidua.campaign;

/** A campaign was opened to its units (published after commit; listeners create sheets, send notices). */
public record CampaignOpened(long campaignId, int year) {}
