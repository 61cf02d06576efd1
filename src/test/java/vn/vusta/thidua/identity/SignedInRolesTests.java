package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The menu's role checks read the request's authorities as {@code sec:authorize} did. */
class SignedInRolesTests {
    private final SignedInRoles roles = new SignedInRoles();

    @AfterEach
    void clear() { SecurityContextHolder.clearContext(); }

    private static void signIn(String... roles) {
        var authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("u", null, authorities));
    }

    @Test
    void nobodySignedInHoldsNothing() {
        assertThat(roles.isAuthenticated()).isFalse();
        assertThat(roles.has("OFFICE")).isFalse();
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(roles.isAuthenticated()).isFalse();
        assertThat(roles.hasAny("OFFICE", "UNIT_OFFICER")).isFalse();
    }

    @Test
    void rolesAreTheAuthentications() {
        signIn("UNIT_OFFICER");
        assertThat(roles.isAuthenticated()).isTrue();
        assertThat(roles.has("UNIT_OFFICER")).isTrue();
        assertThat(roles.has("OFFICE")).isFalse();
        assertThat(roles.hasAny("OFFICE", "UNIT_OFFICER")).isTrue();
        assertThat(roles.hasAny("OFFICE", "SYSTEM_ADMIN")).isFalse();
        signIn("OFFICE", "SYSTEM_ADMIN");
        assertThat(roles.has("OFFICE") && roles.has("SYSTEM_ADMIN")).isTrue();
    }

    @Test
    void aMistypedRoleInATemplateFailsLoudly() {
        signIn("OFFICE");
        assertThatThrownBy(() -> roles.has("OFICE")).isInstanceOf(IllegalArgumentException.class);
    }
}
