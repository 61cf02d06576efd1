package vn.vusta.thidua.campaign;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cluster.ClusterLevel;
import vn.vusta.thidua.cluster.ClusterSchemeUsage;

/** Once a year's first VUSTA campaign is opened, that year's saved regrouping can no longer be reopened. */
@Component
class CampaignSchemeUsage implements ClusterSchemeUsage {
    private final Campaigns campaigns;

    CampaignSchemeUsage(Campaigns campaigns) { this.campaigns = campaigns; }

    @Override
    public boolean usesSchemeOf(int year) { return campaigns.anyOpenedFor(year, ClusterLevel.VUSTA); }
}
