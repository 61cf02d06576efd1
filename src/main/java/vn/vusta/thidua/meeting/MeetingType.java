package vn.vusta.thidua.meeting;

/** The kinds of meeting in a cluster's year (domain.md §5), and VUSTA's national briefing with all unions. */
public enum MeetingType {
    COVENANT_SIGNING, SIX_MONTH_REVIEW, NINE_MONTH_BRIEFING, YEAR_END_SUMMARY, EXTRAORDINARY,
    /** VUSTA's briefing with all provincial unions: it belongs to no cluster. */
    NATIONAL_BRIEFING;

    public boolean clusterMeeting() { return this != NATIONAL_BRIEFING; }

    /** The 6- and 9-month meetings collect each union's report on an agenda item. */
    boolean collectsReports() { return this == SIX_MONTH_REVIEW || this == NINE_MONTH_BRIEFING; }
}
