package vn.vusta.thidua.identity;

import java.time.Clock;
import java.io.IOException;
import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session outlives changes to its account: on every request the account is read again. Disabled, locked or
 * deleted accounts lose their session at once; a changed role takes effect on the next request.
 */
class AccountStillValid extends OncePerRequestFilter {
    private final Accounts accounts;
    private final Clock clock;

    AccountStillValid(Accounts accounts, Clock clock) { this.clock = clock; this.accounts = accounts; }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            var account = accounts.findByUsername(auth.getName()).filter(Account::isEnabled).filter(a -> !a.isLocked(Instant.now(clock)));
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) session.invalidate();
            } else {
                ActorContext.remember(auth.getName(), account.get().toActor());
                var authorities = AccountUserDetails.authorities(account.get());
                var held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
                if (!held.equals(authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()))) {
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
