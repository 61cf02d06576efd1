package vn.vusta.thidua.identity;

import java.util.Arrays;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a page shows or hides by the signed-in account's roles ({@code th:if="${@signedIn.has('OFFICE')}"}): the
 * authorities of the request's authentication, as {@code sec:authorize="hasRole('OFFICE')"} reads them, without parsing
 * a Spring Security expression on every use (fifteen in the menu of every page were a twentieth of a page's CPU).
 * Showing a link is never what authorises: every request is checked again by its controller's policy.
 */
@Component("signedIn")
public class SignedInRoles {
    /** Signed in (not the anonymous visitor). */
    public boolean isAuthenticated() {
        var auth = authentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** Signed in and holding {@code role} (a {@link Role} name). */
    public boolean has(String role) {
        if (!isAuthenticated()) return false;
        String authority = Role.valueOf(role).authority();
        for (GrantedAuthority a : authentication().getAuthorities()) if (authority.equals(a.getAuthority())) return true;
        return false;
    }

    /** Signed in and holding at least one of {@code roles}. */
    public boolean hasAny(String... roles) { return Arrays.stream(roles).anyMatch(this::has); }

    private static Authentication authentication() { return SecurityContextHolder.getContext().getAuthentication(); }
}
