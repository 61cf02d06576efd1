package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vusta.thidua.identity.ActorContext;
import vn.vusta.thidua.organization.UnitCatalog;
import vn.vusta.thidua.organization.UnitType;

/** The model of one meeting's page, for showing it and for showing it again with the reason an action was refused. */
@Component
class MeetingPage {
    private final MeetingQueries queries;
    private final MeetingAuthority authority;
    private final MeetingExtras extras;
    private final ActorContext actors;
    private final UnitCatalog units;
    private final Clock clock;

    MeetingPage(MeetingQueries queries, MeetingAuthority authority, MeetingExtras extras, ActorContext actors, UnitCatalog units, Clock clock) {
        this.queries = queries;
        this.authority = authority;
        this.extras = extras;
        this.actors = actors;
        this.units = units;
        this.clock = clock;
    }

    String fill(long id, Model model) {
        var view = queries.view(id);
        var actor = actors.current();
        var entity = queries.entity(id);
        boolean manage = authority.mayManage(actor, entity);
        model.addAttribute("m", view);
        model.addAttribute("manage", manage);
        model.addAttribute("mayUpload", authority.mayUploadAny(actor, entity));
        model.addAttribute("myUnitId", actor.unitId());
        model.addAttribute("past", authority.isPast(view.year()));
        if (manage && !model.containsAttribute("form")) model.addAttribute("form", MeetingForm.of(view));
        if (manage) model.addAttribute("hosts", hosts(view.cluster() == null ? null : view.cluster().id(), view.attendees()));
        extras.addTo(id, view, manage, model);
        return "meeting/detail";
    }

    private List<MeetingPages.Choice> hosts(Long clusterId, List<MeetingQueries.Attendee> attendees) {
        if (clusterId == null) {
            return units.existingOn(LocalDate.now(clock), UnitType.VUSTA).stream().map(u -> new MeetingPages.Choice(u.id(), u.shortName())).toList();
        }
        return attendees.stream().map(a -> new MeetingPages.Choice(a.unitId(), a.name())).toList();
    }
}
