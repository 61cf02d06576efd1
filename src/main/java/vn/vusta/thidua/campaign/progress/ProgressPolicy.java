package vn.vusta.thidua.campaign.progress;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.ActorContext;

/**
 * Who sees a campaign's progress, for pages and API alike: the office, Presidium members and the campaign owner's
 * officer see all of it; a cluster head's officer its clusters; a member unit's officer its own row. Nobody else.
 */
@Component("progressPolicy")
public class ProgressPolicy {
    private final ActorContext actors;
    private final ProgressQueries progress;

    ProgressPolicy(ActorContext actors, ProgressQueries progress) {
        this.actors = actors;
        this.progress = progress;
    }

    public boolean mayView(long campaignId) {
        var actor = actors.current();
        return actor.isAuthenticated() && progress.mayView(actor, campaignId);
    }
}
