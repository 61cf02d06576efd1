package vn.vusta.thidua.meeting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
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
    private final Messages messages;

    AgendaPages(MeetingService service, Messages messages) {
        this.service = service;
        this.messages = messages;
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda")
    String add(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String title,
               @RequestParam(required = false) String presenter, RedirectAttributes redirect) {
        return act(id, redirect, "#agenda", () -> {
            service.addAgendaItem(id, version, title, presenter);
            return messages.get("meeting.agenda.saved");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda/{itemId}")
    String edit(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long version,
                @RequestParam(required = false) String title, @RequestParam(required = false) String presenter,
                @RequestParam(required = false) String conclusion, RedirectAttributes redirect) {
        return act(id, redirect, "#agenda", () -> {
            service.editAgendaItem(id, version, itemId, title, presenter, conclusion);
            return messages.get("meeting.agenda.saved");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/agenda/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, "#agenda", () -> {
            service.removeAgendaItem(id, version, itemId);
            return messages.get("meeting.agenda.saved");
        });
    }

    /** The attendance form: {@code present}, {@code name-<unitId>}, {@code position-<unitId>} for every invited unit listed. */
    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam Map<String, String> params,
                      RedirectAttributes redirect) {
        return act(id, redirect, "#attendance", () -> {
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

    private String act(long id, RedirectAttributes redirect, String anchor, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", messages.of(e));
        }
        return "redirect:/meetings/" + id + anchor;
    }
}
