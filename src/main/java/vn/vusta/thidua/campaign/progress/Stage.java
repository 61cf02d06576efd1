package vn.vusta.thidua.campaign.progress;

import vn.vusta.thidua.campaign.assessment.ScoreSheetStatus;

/**
 * How far a member unit has come in a campaign, furthest step first reached: the dashboard's columns and the chart's
 * segments, in the order the year runs. A returned sheet counts as not yet submitted (the unit has work to do).
 */
public enum Stage {
    NOT_REGISTERED, REGISTERED, SUBMITTED, REVIEWED, IN_EXPLANATION, FINAL;

    /** The stage of a unit from its registration (submitted or not) and its score sheet's status (null: none yet). */
    static Stage of(boolean registered, ScoreSheetStatus sheet) {
        if (sheet != null) {
            switch (sheet) {
                case SUBMITTED: return SUBMITTED;
                case REVIEWED: return REVIEWED;
                case IN_EXPLANATION: return IN_EXPLANATION;
                case FINAL, PUBLISHED: return FINAL;
                default: break;
            }
        }
        return registered ? REGISTERED : NOT_REGISTERED;
    }

    /** Whether the unit's self-assessment is in (submitted, or further). */
    boolean selfAssessmentIn() { return ordinal() >= SUBMITTED.ordinal(); }

    boolean reviewed() { return ordinal() >= REVIEWED.ordinal(); }

    /** The chart's fill for this stage: each passes 3:1 against white (WCAG 1.4.11), text never sits on it. */
    public String colour() {
        return switch (this) {
            case NOT_REGISTERED -> "#b02a37";
            case REGISTERED -> "#946200";
            case SUBMITTED -> "#0b5ed7";
            case REVIEWED -> "#6f42c1";
            case IN_EXPLANATION -> "#ad4e00";
            case FINAL -> "#146c43";
        };
    }
}
