package vn.vusta.thidua.notification;


import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.vusta.thidua.identity.ActorContext;

/**
 * The signed-in account's notices ({@code /notifications}), marking them read, and the header's unread count
 * ({@code /notifications/badge}, fetched by htmx after the page loads so that no page pays a query for it).
 * Marking read is not audited: it changes only what the recipient has seen, no business data and nobody else's view.
 */
@Controller
class NotificationPages {
    private final NotificationQueries notifications;
    private final ActorContext actors;

    NotificationPages(NotificationQueries notifications, ActorContext actors) {
        this.notifications = notifications;
        this.actors = actors;
    }

    @PreAuthorize("@notificationPolicy.mayReadOwn()")
    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "1") int page, Model model) {
        var me = actors.current().username();
        model.addAttribute("result", notifications.page(me, page, notifications.unread(me), LocaleContextHolder.getLocale()));
        return "notification/list";
    }

    @PreAuthorize("@notificationPolicy.mayReadOwn()")
    @GetMapping("/notifications/badge")
    String badge(Model model) {
        model.addAttribute("unread", notifications.unread(actors.current().username()));
        return "notification/badge :: badge";
    }

    @PreAuthorize("@notificationPolicy.mayMark(#id)")
    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable long id) {
        notifications.markRead(id, actors.current().username());
        return "redirect:/notifications";
    }

    @PreAuthorize("@notificationPolicy.mayReadOwn()")
    @PostMapping("/notifications/read-all")
    String markAllRead() {
        notifications.markAllRead(actors.current().username());
        return "redirect:/notifications";
    }
}
