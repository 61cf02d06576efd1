package vn.vusta.thidua.meeting;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** The minutes: generate from the data, edit the text, restore the previous text, finalise; download as PDF or DOCX. */
@Controller
class MinutesPages {
    private final MinutesService service;
    private final MeetingPage page;
    private final Messages messages;

    MinutesPages(MinutesService service, MeetingPage page, Messages messages) {
        this.service = service;
        this.page = page;
        this.messages = messages;
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/minutes/generate")
    String generate(@PathVariable long id, @RequestParam(required = false) Long version,
                    @RequestParam(defaultValue = "false") boolean replaceEdits, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(id, "generate", null, model, response, redirect, () -> {
            service.generate(id, version, replaceEdits);
            return messages.get("meeting.minutes.generated");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/minutes")
    String edit(@PathVariable long id, @RequestParam(required = false) Long version, @RequestParam(required = false) String body,
                @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, "minutes", params, model, response, redirect, () -> {
            service.edit(id, version, body);
            return messages.get("meeting.minutes.saved");
        });
    }

    /**
     * Puts back the text kept from before (the current one is kept in its place, so this can be undone). Refused (no
     * previous text, finalised, a stale page): the meeting's page again with the reason, 422 or 409, nothing changed.
     */
    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/minutes/restore")
    String restore(@PathVariable long id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return act(id, "restore", null, model, response, redirect, () -> {
            service.restorePrevious(id, version);
            return messages.get("meeting.minutes.restored");
        });
    }

    @PreAuthorize("@meetingPolicy.mayManage(#id)")
    @PostMapping("/meetings/{id}/minutes/finalise")
    String finalise(@PathVariable long id, @RequestParam(required = false) Long version, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        return act(id, "finalise", null, model, response, redirect, () -> {
            service.finalise(id, version);
            return messages.get("meeting.minutes.finalised");
        });
    }

    @PreAuthorize("@meetingPolicy.mayReadMinutes(#id)")
    @GetMapping("/meetings/{id}/minutes.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return file(service.pdf(id), MediaType.APPLICATION_PDF, "bien-ban-hoi-nghi-" + id + ".pdf");
    }

    @PreAuthorize("@meetingPolicy.mayReadMinutes(#id)")
    @GetMapping("/meetings/{id}/minutes.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        return file(service.docx(id), MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                "bien-ban-hoi-nghi-" + id + ".docx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(bytes);
    }

    /** Done: back to the minutes with the message. Refused: the meeting's page again with the reason (422, 409), the typed text kept. */
    private String act(long id, String form, MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("success", action.get());
            return "redirect:/meetings/" + id + "#minutes";
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            return page.refused(id, e, form, params, model, response);
        }
    }
}
