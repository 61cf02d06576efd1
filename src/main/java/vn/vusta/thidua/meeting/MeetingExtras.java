package vn.vusta.thidua.meeting;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vusta.thidua.identity.ActorContext;

/** The parts of a meeting's page beyond its own data: the minutes' state and the meeting's secret ballots. */
@Component
class MeetingExtras {
    private final Minutes minutes;
    private final MeetingBallots ballots;
    private final ActorContext actors;

    MeetingExtras(Minutes minutes, MeetingBallots ballots, ActorContext actors) {
        this.minutes = minutes;
        this.ballots = ballots;
        this.actors = actors;
    }

    /** The minutes as the page shows them. */
    public record MinutesState(String body, boolean finalised, String finalisedBy, java.time.Instant finalisedAt, long version) {}

    void addTo(long id, MeetingQueries.View view, boolean manage, Model model) {
        model.addAttribute("minutes", minutes.findById(id).map(m -> new MinutesState(m.getBody(), m.isFinalised(), m.getFinalisedBy(),
                m.getFinalisedAt(), m.getVersion())).orElse(null));
        model.addAttribute("ballots", ballots.of(id));
        model.addAttribute("myUnitId", actors.current().unitId());
        model.addAttribute("presets", view.type() == MeetingType.YEAR_END_SUMMARY && view.cluster() != null);
        model.addAttribute("rulePresets", MeetingBallotPages.RulePreset.values());
    }
}
