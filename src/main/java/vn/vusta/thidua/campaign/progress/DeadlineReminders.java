package vn.vusta.thidua.campaign.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.CampaignStatus;

/**
 * Deadline reminders (issue 7, §6): every interval ({@code thidua.reminders.interval}), for each open campaign and
 * each deadline with work attached, tells whoever still has something to do, N days before
 * ({@code thidua.reminders.days-before}, 7 and 1) and once it has passed: the officers of units that have not
 * registered or not submitted their self-assessment, the head unit's officers while members' sheets wait for review,
 * the office for explanations to decide and, once a deadline has passed, a summary of who is late. "Today" is the
 * Clock's. Each notice goes once per recipient, deadline and window, even when two nodes run this at the same time.
 */
@Component
class DeadlineReminders {
    private final EntityManager em;
    private final CampaignRoster roster;
    private final ProgressQueries progress;
    private final ProgressNotices notices;
    private final Clock clock;
    private final List<Integer> daysBefore;
    private final boolean enabled;

    DeadlineReminders(EntityManager em, CampaignRoster roster, ProgressQueries progress, ProgressNotices notices, Clock clock,
                      @Value("${thidua.reminders.days-before:7,1}") String daysBefore,
                      @Value("${thidua.reminders.enabled:true}") boolean enabled) {
        this.em = em;
        this.roster = roster;
        this.progress = progress;
        this.notices = notices;
        this.clock = clock;
        this.daysBefore = java.util.Arrays.stream(daysBefore.split(",")).map(String::strip).map(Integer::valueOf).toList();
        this.enabled = enabled;
    }

    @Scheduled(initialDelayString = "${thidua.reminders.initial-delay:PT2M}", fixedDelayString = "${thidua.reminders.interval:PT1H}")
    void onSchedule() { if (enabled) run(); }

    /** One pass over every open campaign; the number of notices this pass delivered. */
    int run() {
        var today = LocalDate.now(clock);
        int delivered = 0;
        var open = em.createQuery("select c from Campaign c where c.status = :open order by c.id", Campaign.class)
                .setParameter("open", CampaignStatus.OPEN).getResultList();
        for (var c : open) delivered += remind(c, today);
        return delivered;
    }

    private int remind(Campaign c, LocalDate today) {
        List<ProgressView.ClusterRow> rows = null;
        int delivered = 0;
        for (var task : Overdue.values()) {
            var due = task.due(c.deadlines());
            var window = due == null ? null : ReminderWindow.of(today, due, daysBefore).orElse(null);
            if (window == null) continue;
            if (rows == null) rows = progress.rows(c, roster.clustersOf(c), new ProgressScope(true, Set.of(), Set.of()), today);
            delivered += remind(c, task, due, window, rows);
        }
        return delivered;
    }

    private int remind(Campaign c, Overdue task, LocalDate due, ReminderWindow window, List<ProgressView.ClusterRow> rows) {
        var owing = new ArrayList<Long>();
        var heads = new ArrayList<Long>();
        int count = 0;
        for (var cluster : rows) {
            boolean any = false;
            for (var u : cluster.units()) {
                if (!task.owedBy(u.registered(), u.stage())) continue;
                count++;
                any = true;
                owing.add(u.carrier() != null ? u.carrier().id() : u.unit().id());
            }
            var head = cluster.cluster().headMember();
            if (any && head != null) heads.add(head.carrier() != null ? head.carrier().id() : head.unit().id());
        }
        if (count == 0) return 0;
        var recipients = switch (task) {
            case REGISTRATION, SELF_ASSESSMENT -> notices.officersOf(owing);
            case REVIEW -> notices.officersOf(heads);
            case EXPLANATION -> notices.office();
        };
        String key = "campaign:" + c.getId() + ":" + task + ":" + due + ":" + window.name();
        String taskLabel = "#notification.task." + task;
        int delivered = window.late()
                ? notices.send(c, recipients, "DEADLINE_PASSED", List.of(taskLabel, c.getName(), ProgressNotices.date(due)), key, "Nhắc quá hạn")
                : notices.send(c, recipients, "DEADLINE_SOON", List.of(taskLabel, c.getName(), ProgressNotices.date(due),
                        String.valueOf(window.daysLeft())), key, "Nhắc sắp đến hạn");
        if (window.late()) {
            delivered += notices.send(c, notices.office(), "OVERDUE_SUMMARY", List.of(c.getName(), "#progress.overdue." + task,
                    String.valueOf(count), ProgressNotices.date(due)), "campaign:" + c.getId() + ":" + task + ":" + due + ":SUMMARY",
                    "Tổng hợp quá hạn");
        }
        return delivered;
    }
}
