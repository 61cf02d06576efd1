package vn.vusta.thidua.audit;

import java.util.LinkedHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits sign-ins: each interactive login (the login form) and each failed attempt, page or API. A failure names
 * the username tried and the reason, never the password. Stateless API calls authenticate on every request, so
 * their successes are not logged one by one.
 */
@Component
class AuditLoginListener {
    private final AuditTrail trail;
    private final TransactionTemplate tx;

    AuditLoginListener(AuditTrail trail, PlatformTransactionManager transactions) {
        this.trail = trail;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void onLogin(InteractiveAuthenticationSuccessEvent event) {
        var auth = event.getAuthentication();
        var details = new LinkedHashMap<String, Object>();
        if (auth.getDetails() instanceof WebAuthenticationDetails web) details.put("address", web.getRemoteAddress());
        tx.executeWithoutResult(s -> trail.recordAs(auth, "LOGIN_SUCCEEDED", "account", auth.getName(),
                "Đăng nhập: " + auth.getName(), null, details.isEmpty() ? null : details));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String tried = truncate(String.valueOf(event.getAuthentication().getName()), 60);
        var details = new LinkedHashMap<String, Object>();
        details.put("reason", event.getException().getClass().getSimpleName());
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web) {
            details.put("address", web.getRemoteAddress());
        }
        tx.executeWithoutResult(s -> trail.recordAs(null, "LOGIN_FAILED", "account", tried,
                "Đăng nhập không thành công: " + tried, null, details));
    }

    private static String truncate(String s, int max) { return s.length() <= max ? s : s.substring(0, max); }
}
