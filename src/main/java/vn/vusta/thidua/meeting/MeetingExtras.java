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
    private final ElectedLeadership elected;

    MeetingExtras(Minutes minutes, MeetingBallots ballots, ActorContext actors, ElectedLeadership elected) {
        this.elected = elected;
        this.minutes = minutes;
        this.ballots = ballots;
        this.actors = actors;
    }

    /** The minutes as the page shows them. */
    public record MinutesState(String body, boolean finalised, String finalisedBy, java.time.Instant finalisedAt, long version,
                               boolean edited, String previousBody, java.time.Instant previousUntil) {}

    /** Next year's head or deputy elected here: whether it is on the cluster's next year yet, and if not, why. */
    public record ElectionState(String unit, boolean deputy, int forYear, boolean recorded, String problem) {}

    void addTo(long id, MeetingQueries.View view, boolean manage, Model model) {
        model.addAttribute("minutes", minutes.findById(id).map(m -> new MinutesState(m.getBody(), m.isFinalised(), m.getFinalisedBy(),
                m.getFinalisedAt(), m.getVersion(), m.isEdited(), m.getPreviousBody(), m.getPreviousUntil())).orElse(null));
        var list = ballots.of(id);
        model.addAttribute("ballots", list);
        model.addAttribute("elections", elected.of(id).stream().map(e -> new ElectionState(list.stream()
                .filter(b -> b.id() == e.ballotId()).flatMap(b -> b.candidates().stream())
                .filter(c -> c.unitId() != null && c.unitId() == e.unitId()).map(c -> c.label()).findFirst().orElse("#" + e.unitId()),
                e.deputy(), e.forYear(), e.recorded(), e.problem())).toList());
        model.addAttribute("myUnitId", actors.current().unitId());
        model.addAttribute("presets", view.type() == MeetingType.YEAR_END_SUMMARY && view.cluster() != null);
        model.addAttribute("rulePresets", MeetingBallotPages.RulePreset.values());
    }
}
