package vn.vusta.thidua.meeting;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The parts of a meeting's page beyond its own data: the minutes' state (and the ballots, once wired). */
@Component
class MeetingExtras {
    private final Minutes minutes;

    MeetingExtras(Minutes minutes) { this.minutes = minutes; }

    void addTo(long id, MeetingQueries.View view, boolean manage, Model model) {
        var m = minutes.findById(id).orElse(null);
        model.addAttribute("minutes", m);
    }
}
