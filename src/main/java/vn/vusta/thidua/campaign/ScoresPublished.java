package vn.vusta.thidua.campaign;

/** A campaign's results were published: its league tables are public and its scoring sheet is locked. */
public record ScoresPublished(long campaignId, int year) {}
