package vn.vusta.thidua.campaign.assessment;

import java.math.BigDecimal;

/** What is entered for one criterion: the value (null: not filled; zero is a value) and a comment. */
public record EntryInput(long criterionId, BigDecimal value, String comment) {
    public EntryInput {
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
