package vn.vusta.thidua.campaign.progress;

import java.time.LocalDate;

import vn.vusta.thidua.campaign.Deadlines;

/**
 * What can be late, against which deadline, and who is late: a unit that has not registered or not submitted its
 * self-assessment, a head whose member's sheet waits for review, an explanation not yet decided.
 */
public enum Overdue {
    REGISTRATION, SELF_ASSESSMENT, REVIEW, EXPLANATION;

    public LocalDate due(Deadlines d) {
        return switch (this) {
            case REGISTRATION -> d.registration();
            case SELF_ASSESSMENT -> d.selfAssessment();
            case REVIEW -> d.review();
            case EXPLANATION -> d.explanationUntil();
        };
    }

    /** Whether a unit with this registration and stage still owes this step (late or not). */
    public boolean owedBy(boolean registered, Stage stage) {
        return switch (this) {
            case REGISTRATION -> !registered;
            case SELF_ASSESSMENT -> !stage.selfAssessmentIn();
            case REVIEW -> stage == Stage.SUBMITTED;
            case EXPLANATION -> stage == Stage.IN_EXPLANATION;
        };
    }

    /** Owed and past its deadline on {@code today} (the deadline day itself is still on time). */
    boolean lateOn(LocalDate today, Deadlines d, boolean registered, Stage stage) {
        var due = due(d);
        return due != null && today.isAfter(due) && owedBy(registered, stage);
    }
}
