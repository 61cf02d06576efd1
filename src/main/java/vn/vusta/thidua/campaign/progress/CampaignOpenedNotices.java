package vn.vusta.thidua.campaign.progress;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.vusta.thidua.campaign.CampaignOpened;
import vn.vusta.thidua.campaign.Campaigns;

/**
 * When a campaign opens, the officers of its member units are told, with the registration deadline. Once per account
 * and campaign: a redelivered event (the publication registry retries after a crash) sends nothing twice.
 */
@Component
class CampaignOpenedNotices {
    private final Campaigns campaigns;
    private final CampaignRoster roster;
    private final ProgressNotices notices;

    CampaignOpenedNotices(Campaigns campaigns, CampaignRoster roster, ProgressNotices notices) {
        this.campaigns = campaigns;
        this.roster = roster;
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(CampaignOpened event) {
        var c = campaigns.findById(event.campaignId()).orElse(null);
        if (c == null) return;
        var units = roster.clustersOf(c).stream().flatMap(v -> v.members().stream())
                .map(m -> m.carrier() != null ? m.carrier().id() : m.unit().id()).distinct().toList();
        notices.send(c, notices.officersOf(units), "CAMPAIGN_OPENED",
                List.of(c.getName(), ProgressNotices.date(c.deadlines().registration())), "campaign:" + c.getId() + ":OPENED",
                "Thông báo mở đợt thi đua");
    }
}
