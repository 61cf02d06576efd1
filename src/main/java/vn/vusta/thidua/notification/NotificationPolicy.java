package vn.vusta.thidua.notification;

import org.springframework.stereotype.Component;
import vn.vusta.thidua.identity.ActorContext;

/** Notices are their recipient's alone: every account reads its own and marks its own as read, nobody else's. */
@Component("notificationPolicy")
public class NotificationPolicy {
    private final ActorContext actors;
    private final NotificationQueries notifications;

    NotificationPolicy(ActorContext actors, NotificationQueries notifications) {
        this.actors = actors;
        this.notifications = notifications;
    }

    /** Any signed-in account, for its own notices. */
    public boolean mayReadOwn() { return actors.current().isAuthenticated(); }

    /** The recipient of this notice. */
    public boolean mayMark(long id) {
        var actor = actors.current();
        return actor.isAuthenticated() && notifications.belongsTo(id, actor.username());
    }
}
