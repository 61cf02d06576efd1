package vn.vusta.thidua.identity;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Fails closed: a handler of this application that states no authorisation rule ({@code @PreAuthorize} on the
 * method or its class, naming a policy, {@code permitAll()} or {@code isAuthenticated()}) is refused for everyone.
 * {@code ScopeMatrixIntegrationTests} fails the build for such a handler before it can ship.
 */
final class AuthorizationRulesRequired implements HandlerInterceptor {
    static final String APPLICATION_PACKAGE = "vn.vusta.thidua";
    private final Map<Method, Boolean> ruled = new ConcurrentHashMap<>();

    static boolean statesARule(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }

    static boolean ofThisApplication(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith(APPLICATION_PACKAGE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && ofThisApplication(method)
                && !ruled.computeIfAbsent(method.getMethod(), m -> statesARule(method))) {
            throw new AccessDeniedException("no authorisation rule on " + method.getShortLogMessage());
        }
        return true;
    }
}
