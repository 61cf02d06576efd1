package vn.vusta.thidua.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's view of the audit trail: a filtered, paged table, verification of the chain and checkpoints. */
@Controller
@PreAuthorize("@auditPolicy.mayRead()")
class AuditController {
    private final AuditLog log;
    private final AuditVerifier verifier;
    private final AuditCheckpoints checkpoints;
    private final java.time.Clock clock;

    AuditController(AuditLog log, AuditVerifier verifier, AuditCheckpoints checkpoints, java.time.Clock clock) {
        this.log = log;
        this.clock = clock;
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, Model model) {
        model.addAttribute("result", log.search(filter));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("pending", filter.pageNumber() == 0 ? log.pending(50) : java.util.List.of());
        return "audit/list";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        var all = new AuditFilter(null, null, null, null, null, null, 0);
        model.addAttribute("filter", all);
        return list(all, model);
    }

    @PostMapping("/admin/audit/checkpoint")
    String checkpoint(RedirectAttributes redirect) {
        try {
            var written = checkpoints.write();
            redirect.addFlashAttribute("checkpoint", written.map(Checkpoint::seq).orElse(null));
            redirect.addFlashAttribute("checkpointDone", true);
        } catch (IllegalStateException broken) {
            redirect.addFlashAttribute("checkpointRefused", true);
        }
        return "redirect:/admin/audit";
    }
}
