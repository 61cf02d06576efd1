package vn.vusta.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.vusta.thidua.common.Forms;
import vn.vusta.thidua.common.Messages;
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
    private final Messages messages;

    MeetingPage(MeetingQueries queries, MeetingAuthority authority, MeetingExtras extras, ActorContext actors, UnitCatalog units, Clock clock,
                Messages messages) {
        this.messages = messages;
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
        if (!model.containsAttribute("typed")) model.addAttribute("typed", Typed.NONE);
        return "meeting/detail";
    }

    /**
     * The meeting's page again after an action on it was refused: the reason, 422 (409 when the page was stale), and
     * what the user had typed into the form named {@code form} (see {@link Typed}) kept in that form. Nothing was saved.
     */
    String refused(long id, RuntimeException e, String form, MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Forms.refused(e, response);
        model.addAttribute("error", messages.of(e));
        model.addAttribute("typed", new Typed(form, params == null ? new LinkedMultiValueMap<>() : params));
        return fill(id, model);
    }

    /**
     * What was typed into one form of the page ({@code form}: "attendance", "agenda-add", "agenda-<item>", "report-<item>",
     * "minutes", "ballot-preset", "ballot-custom") when it was refused; every other form shows the saved data.
     */
    public record Typed(String form, MultiValueMap<String, String> params) {
        static final Typed NONE = new Typed("", new LinkedMultiValueMap<>());

        /** True when {@code form} is the refused one: its fields show what was typed. */
        public boolean is(String form) { return this.form.equals(form); }

        /** The typed value of a field of the refused form, else the saved one. */
        public String value(String form, String name, String saved) {
            return is(form) ? params.getFirst(name) : saved;
        }

        /** Whether a checkbox (or one value of a multiple choice) was ticked in the refused form, else as saved. */
        public boolean checked(String form, String name, String value, boolean saved) {
            if (!is(form)) return saved;
            var values = params.get(name);
            return values != null && (value == null || values.contains(value));
        }
    }

    private List<MeetingPages.Choice> hosts(Long clusterId, List<MeetingQueries.Attendee> attendees) {
        if (clusterId == null) {
            return units.existingOn(LocalDate.now(clock), UnitType.VUSTA).stream().map(u -> new MeetingPages.Choice(u.id(), u.shortName())).toList();
        }
        return attendees.stream().map(a -> new MeetingPages.Choice(a.unitId(), a.name())).toList();
    }
}
