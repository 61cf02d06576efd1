package vn.vusta.thidua.meeting;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vusta.thidua.common.BusinessRuleException;
import vn.vusta.thidua.common.Messages;

/** A union's report on an agenda item: upload (or write), and download as an attachment, never inline. */
@Controller
class ReportPages {
    private final Reports reports;
    private final MeetingPage page;
    private final Messages messages;

    ReportPages(Reports reports, MeetingPage page, Messages messages) {
        this.reports = reports;
        this.page = page;
        this.messages = messages;
    }

    @PreAuthorize("@meetingPolicy.mayUpload(#id)")
    @PostMapping("/meetings/{id}/agenda/{itemId}/reports")
    String add(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long unitId,
               @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
               @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response, RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null || file.isEmpty() ? null : file.getBytes();
            reports.add(id, itemId, unitId, file == null ? null : file.getOriginalFilename(), content, text);
            redirect.addFlashAttribute("success", messages.get("meeting.report.saved"));
            return "redirect:/meetings/" + id + "#agenda";
        } catch (BusinessRuleException | ObjectOptimisticLockingFailureException e) {
            // the text and the unit are kept; a browser never refills a file field, so the file has to be chosen again
            return page.refused(id, e, "report-" + itemId, params, model, response);
        }
    }

    @PreAuthorize("@meetingPolicy.mayView(#id)")
    @GetMapping("/meetings/{id}/reports/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
        var d = reports.download(id, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(d.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(d.content());
    }
}
