package vn.vusta.thidua.identity;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session outlives changes to its account: on every request the account is read again. Disabled or deleted
 * accounts, and demo accounts once the demo switch is off, lose their session at once; a changed role takes effect
 * on the next request. A login lock does not end sessions (it guards against guessing, and must not let anyone
 * throw a user out).
 */
class AccountStillValid extends OncePerRequestFilter {
    private final SignedInAccounts accounts;

    AccountStillValid(SignedInAccounts accounts) { this.accounts = accounts; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            var account = accounts.usable(auth.getName());
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) session.invalidate();
            } else {
                var actor = account.get();
                ActorContext.remember(auth.getName(), actor);
                var held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
                if (!held.equals(actor.roles().stream().map(Role::authority).collect(Collectors.toSet()))) {
                    var authorities = actor.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
                    var fresh = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, authorities);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(fresh);
                    SecurityContextHolder.setContext(context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
