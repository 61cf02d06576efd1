package vn.vusta.thidua.campaign.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vusta.thidua.campaign.Campaign;
import vn.vusta.thidua.campaign.Campaigns;
import vn.vusta.thidua.campaign.Deadlines;
import vn.vusta.thidua.cluster.ClusterView;
import vn.vusta.thidua.common.Messages;
import vn.vusta.thidua.common.NotFoundException;
import vn.vusta.thidua.identity.Actor;

/**
 * The progress of a campaign as of today (the Clock): per cluster and member unit, who has registered, confirmed the
 * covenant, submitted, been reviewed, explained, and what is late. A fixed number of queries for any number of units:
 * the campaign, its clusters with members (cluster module), registrations, score sheets, covenant confirmations.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {
    static final int CLUSTERS_PER_PAGE = 20;
    private final Campaigns campaigns;
    private final CampaignRoster roster;
    private final ProgressReads reads;
    private final ObjectProvider<CovenantConfirmations> covenant;
    private final Messages messages;
    private final Clock clock;

    ProgressQueries(Campaigns campaigns, CampaignRoster roster, ProgressReads reads, ObjectProvider<CovenantConfirmations> covenant,
                    Messages messages, Clock clock) {
        this.campaigns = campaigns;
        this.roster = roster;
        this.reads = reads;
        this.covenant = covenant;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the actor sees anything of this campaign's progress (a campaign that does not exist: nobody). */
    public boolean mayView(Actor actor, long campaignId) {
        return campaigns.findById(campaignId).map(c -> scope(actor, c, roster.clustersOf(c)).any()).orElse(false);
    }

    ProgressScope scope(Actor actor, Campaign c, List<ClusterView> clusters) { return ProgressScope.of(actor, c, clusters); }

    /** The dashboard for the actor: page {@code page} (from 1) of its visible clusters, totals over all it sees. */
    public ProgressView view(Actor actor, long campaignId, int page) {
        var campaign = campaigns.findById(campaignId).orElseThrow(() -> new NotFoundException("campaign", campaignId));
        var clusters = roster.clustersOf(campaign);
        var scope = scope(actor, campaign, clusters);
        var today = LocalDate.now(clock);
        var rows = rows(campaign, clusters, scope, today);
        var all = rows.stream().flatMap(r -> r.units().stream()).toList();
        int pages = Math.max(1, (rows.size() + CLUSTERS_PER_PAGE - 1) / CLUSTERS_PER_PAGE);
        int current = Math.min(Math.max(page, 1), pages);
        var shown = rows.subList((current - 1) * CLUSTERS_PER_PAGE, Math.min(rows.size(), current * CLUSTERS_PER_PAGE));
        return new ProgressView(campaign, today, covenant.getIfAvailable() != null, ProgressView.Counts.of(all),
                deadlines(campaign.deadlines(), today), shown, current, pages, rows.size(),
                ProgressChart.of(shown, this::describe), scope.all());
    }

    /** Every visible cluster with its visible member rows (a cluster the actor sees nothing of is left out). */
    List<ProgressView.ClusterRow> rows(Campaign campaign, List<ClusterView> clusters, ProgressScope scope, LocalDate today) {
        var registrations = reads.registrations(campaign.getId());
        var sheets = reads.sheets(campaign.getId());
        var cov = covenant.getIfAvailable();
        var covenants = new java.util.HashMap<Long, CovenantConfirmations.Covenant>();
        if (cov != null) cov.of(campaign.getId()).forEach(k -> covenants.put(k.clusterId(), k));
        var deadlines = campaign.deadlines();
        var out = new ArrayList<ProgressView.ClusterRow>();
        for (var c : clusters) {
            var units = new ArrayList<ProgressView.UnitRow>();
            for (var m : c.members()) {
                long id = m.unit().id();
                if (!scope.sees(c.id(), id)) continue;
                var reg = registrations.get(id);
                var sheet = sheets.get(id);
                boolean registered = reg != null && reg.submitted();
                var stage = Stage.of(registered, sheet == null ? null : sheet.status());
                var late = EnumSet.noneOf(Overdue.class);
                for (var o : Overdue.values()) if (o.lateOn(today, deadlines, registered, stage)) late.add(o);
                var step = CovenantStep.of(cov != null, covenants.get(c.id()), id);
                units.add(new ProgressView.UnitRow(m.unit(), m.carrier(), registered, reg == null ? null : reg.submittedAt(),
                        step, step == CovenantStep.CONFIRMED ? covenants.get(c.id()).parties().get(id) : null, sheet == null ? null : sheet.status(), stage, late));
            }
            if (!units.isEmpty()) out.add(new ProgressView.ClusterRow(c, scope.seesCluster(c.id()), units, ProgressView.Counts.of(units)));
        }
        return out;
    }

    private static List<ProgressView.DeadlineRow> deadlines(Deadlines d, LocalDate today) {
        return d.inOrder().stream().filter(n -> n.date() != null)
                .map(n -> new ProgressView.DeadlineRow(n.key(), n.date(), ChronoUnit.DAYS.between(today, n.date()))).toList();
    }

    /** The text alternative of a cluster's bar: its name, then the units at each stage. */
    private String describe(ProgressView.ClusterRow row) {
        var parts = java.util.Arrays.stream(Stage.values()).filter(s -> row.counts().stage(s) > 0)
                .map(s -> messages.get("progress.stage." + s.name()) + ": " + row.counts().stage(s))
                .collect(Collectors.joining("; "));
        return messages.get("progress.chart.bar", row.cluster().name(), row.counts().units(), parts);
    }
}
