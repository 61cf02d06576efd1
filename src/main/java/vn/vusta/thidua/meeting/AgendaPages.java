package vn.vusta.thidua.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** The agenda (items, presenters, conclusions) and the attendance of a meeting. */
@Controller
class AgendaPages {
    private final MeetingService service;
    private final MeetingPage page;
    private final Messages messages;

    AgendaPages(MeetingService service, MeetingPage page, Messages messages) {
        this.service = service;
        this.page = page;
        this.messages = messages;
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda")
    String add(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String title,
               @RequestParam(required = false) String presenter, @RequestParam MultiValueMap<String, String> params, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "#agenda", "agenda-add", params, model, response, redirect, () -> {
            service.addAgendaItem(id, version, title, presenter);
            return messages.get("meeting.agenda.saved");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String edit(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String title, @RequestParam(required = false) String presenter,
                @RequestParam(required = false) String conclusion, @RequestParam MultiValueMap<String, String> params, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "#agenda", "agenda-" + itemId, params, model, response, redirect, () -> {
            service.editAgendaItem(id, version, itemId, title, presenter, conclusion);
            return messages.get("meeting.agenda.saved");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long version, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "#agenda", "agenda-remove", null, model, response, redirect, () -> {
            service.removeAgendaItem(id, version, itemId);
            return messages.get("meeting.agenda.saved");
        });
    }

    /** The attendance form: {@code present}, {@code name-<unitId>}, {@code position-<unitId>} for every invited unit listed. */
    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam Map<String, String> params,
                      @RequestParam MultiValueMap<String, String> typed, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "#attendance", "attendance", typed, model, response, redirect, () -> {
            var byUnit = new LinkedHashMap<Long, Meeting.Attendance>();
            for (var key : params.keySet()) {
                if (!key.startsWith("unit-")) continue;
                long unit = parse(key.substring(5));
                byUnit.put(unit, new Meeting.Attendance(params.containsKey("present-" + unit), params.get("name-" + unit), params.get("position-" + unit)));
            }
            service.recordAttendance(id, version, byUnit);
            return messages.get("meeting.attendance.saved");
        });
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("meeting.attendance.notInvited");
        }
    }

    /** Done: back to the meeting with the message. Refused: its page again with the reason (422, 409) and the typed input kept. */
    private String act(long id, String anchor, String form, MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
            return "redirect:/meetings/" + id + anchor;
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, form, params, model, response);
        }
    }
}
