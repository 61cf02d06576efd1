package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/** Fails closed at run time: a handler of the application that states no rule is refused to everyone. */
class AuthorizationRulesRequiredTests {
    static class Handlers {
        @PreAuthorize("permitAll()")
        public String ruled() { return "ok"; }

        public String forgotten() { return "leak"; }
    }

    @PreAuthorize("isAuthenticated()")
    static class RuledClass {
        public String inherited() { return "ok"; }
    }

    final AuthorizationRulesRequired check = new AuthorizationRulesRequired();

    boolean pass(Object bean, String method) throws Exception {
        return check.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new HandlerMethod(bean, bean.getClass().getMethod(method)));
    }

    @Test
    void aHandlerWithoutARuleIsRefused() {
        assertThatThrownBy(() -> pass(new Handlers(), "forgotten")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("forgotten");
    }

    @Test
    void aRuleOnTheMethodOrTheClassLetsTheRequestOnToThatRule() throws Exception {
        assertThat(pass(new Handlers(), "ruled")).isTrue();
        assertThat(pass(new RuledClass(), "inherited")).isTrue();
    }
}
