package vn.vusta.thidua.campaign.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * When a deadline calls for a reminder: in the window "N days before" for the smallest configured N not below the
 * days left (7 and 1 by default: from 7 days before, then again from 1 day before), or once it has passed ("LATE").
 * A run that missed a window (the application was down) sends the next one only, never a stale one.
 */
record ReminderWindow(String name, long daysLeft) {
    static final String LATE = "LATE";

    static Optional<ReminderWindow> of(LocalDate today, LocalDate due, List<Integer> daysBefore) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) return Optional.of(new ReminderWindow(LATE, left));
        return daysBefore.stream().filter(n -> left <= n).min(Integer::compare).map(n -> new ReminderWindow("D" + n, left));
    }

    boolean late() { return LATE.equals(name); }
}
