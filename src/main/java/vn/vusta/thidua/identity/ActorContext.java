package vn.vusta.thidua.identity;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The acting account, read fresh from the database on every call so that a changed role or unit, a disabled
 * account or a demo account after the demo switch is off takes effect at once. Every check fails closed: no account, no right.
 */
@Component
public class ActorContext {
    private final SignedInAccounts accounts;

    ActorContext(SignedInAccounts accounts) { this.accounts = accounts; }

    public Actor current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) return Actor.ANONYMOUS;
        var remembered = remembered(auth.getName());
        if (remembered != null) return remembered;
        var actor = accounts.usable(auth.getName()).orElse(Actor.ANONYMOUS);
        remember(auth.getName(), actor);
        return actor;
    }

    private static final String REQUEST_ATTRIBUTE = ActorContext.class.getName() + ".actor";

    private record Remembered(String username, Actor actor) {}

    /**
     * The account is read once per HTTP request (by {@link AccountStillValid} or the first call here) and kept for the
     * rest of that request only: the next request reads it fresh again.
     */
    static void remember(String username, Actor actor) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) request.setAttribute(REQUEST_ATTRIBUTE, new Remembered(username, actor), RequestAttributes.SCOPE_REQUEST);
    }

    private static Actor remembered(String username) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Remembered r
                && r.username().equals(username)) return r.actor();
        return null;
    }

    /** The VUSTA emulation office ({@link Role#OFFICE}). */
    public Actor requireOffice() { return require(Role.OFFICE); }

    private Actor require(Role role) {
        var actor = current();
        if (!actor.has(role)) throw new AccessDeniedException(role + " only");
        return actor;
    }
}
