package vn.vusta.thidua.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's view of the audit trail, with a verification of the chain. */
@Controller
@PreAuthorize("hasRole('OFFICE')")
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) { this.log = log; }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                Model model) {
        model.addAttribute("entries", log.latest(200, entityType, entityId));
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        return "audit/list";
    }

    @PostMapping("/admin/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", log.verify());
        return list(null, null, model);
    }
}
