package vn.vusta.thidua.audit;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read and verify the audit trail: the VUSTA office. The audit module sits below identity (identity writes
 * audit entries), so this policy reads the roles from the authentication, which the identity module refreshes from
 * the database on every request.
 */
@Component("auditPolicy")
public class AuditPolicy {
    static final String OFFICE = "ROLE_OFFICE";

    public boolean mayRead() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream().anyMatch(a -> OFFICE.equals(a.getAuthority()));
    }
}
