package vn.vusta.thidua.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification of the audit chain for scripts (a JSON API, so its errors are problem details, not pages). Each call
 * is recorded in the trail.
 */
@Tag(name = "Nhật ký", description = "Nhật ký thay đổi và kiểm tra tính toàn vẹn")
@RestController
@PreAuthorize("@auditPolicy.mayRead()")
class AuditApi {
    private final AuditVerifier verifier;

    AuditApi(AuditVerifier verifier) { this.verifier = verifier; }

    @Operation(summary = "Kiểm tra chuỗi nhật ký (mọi chỗ hỏng, đối chiếu điểm neo có chữ ký)",
            security = @SecurityRequirement(name = "basic"))
    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify() { return verifier.verify(); }
}
