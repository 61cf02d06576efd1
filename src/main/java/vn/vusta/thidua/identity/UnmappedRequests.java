package vn.vusta.thidua.identity;

import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Matches requests whose path no controller maps (whatever the method). Such a request may pass the filter chain
 * unauthenticated, so that an unknown URL answers 404 to everyone instead of sending anonymous users to the login
 * page; a path a controller does map keeps its rule (and still asks an anonymous user to log in).
 */
final class UnmappedRequests implements RequestMatcher {
    private final ApplicationContext context;
    private volatile List<PathPattern> patterns;

    UnmappedRequests(ApplicationContext context) { this.context = context; }

    @Override
    public boolean matches(HttpServletRequest request) {
        var path = RequestPath.parse(request.getRequestURI(), request.getContextPath()).pathWithinApplication();
        return patterns().stream().noneMatch(p -> p.matches(path));
    }

    private List<PathPattern> patterns() {
        var result = patterns;
        if (result == null) {
            result = context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                    .flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .map(RequestMappingInfo::getPathPatternsCondition).filter(Objects::nonNull)
                    .flatMap(c -> c.getPatterns().stream()).distinct().toList();
            patterns = result;
        }
        return result;
    }
}
