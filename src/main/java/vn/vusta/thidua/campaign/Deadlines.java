package vn.vusta.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.vusta.thidua.common.BusinessRuleException;

/**
 * The deadlines of a campaign, in the order the year runs: registration, 6-month and 9-month reports, year-end
 * self-assessment, review, the explanation window (from, until) and publication. Any may be unset while the
 * campaign is prepared; those that are set must follow each other.
 */
public record Deadlines(LocalDate registration, LocalDate sixMonth, LocalDate nineMonth, LocalDate selfAssessment,
                        LocalDate review, LocalDate explanationFrom, LocalDate explanationUntil, LocalDate publication) {

    /** The deadlines in calendar order, each with the message key naming it. */
    public List<Named> inOrder() {
        var all = new ArrayList<Named>();
        all.add(new Named("registration", registration));
        all.add(new Named("sixMonth", sixMonth));
        all.add(new Named("nineMonth", nineMonth));
        all.add(new Named("selfAssessment", selfAssessment));
        all.add(new Named("review", review));
        all.add(new Named("explanationFrom", explanationFrom));
        all.add(new Named("explanationUntil", explanationUntil));
        all.add(new Named("publication", publication));
        return all;
    }

    public record Named(String key, LocalDate date) {}

    /** Throws when a set deadline comes before an earlier stage's, naming both. */
    public void checkOrder() {
        Named previous = null;
        for (var d : inOrder()) {
            if (d.date() == null) continue;
            if (previous != null && d.date().isBefore(previous.date())) {
                throw new BusinessRuleException("campaign.deadline.order", label(d), label(previous));
            }
            previous = d;
        }
    }

    private static DefaultMessageSourceResolvable label(Named d) {
        return new DefaultMessageSourceResolvable("campaign.deadline." + d.key());
    }

    /** True when every deadline is set (a campaign opens only then). */
    public boolean complete() { return inOrder().stream().allMatch(d -> d.date() != null); }
}
