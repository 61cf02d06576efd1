package vn.vusta.thidua.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An API write that is not open to everyone must refuse an unauthorised caller (403) before it tells them the body's
 * rules (400): {@code @Valid @RequestBody} runs before {@code @PreAuthorize}, so such endpoints validate through
 * {@link RequestBodies} inside the method instead.
 */
class ApiBodiesValidatedAfterAuthorisationTests {

    @Test
    void noGuardedApiWriteValidatesItsBodyBeforeAuthorisation() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var offenders = new ArrayList<String>();
        int guardedBodies = 0;
        for (var candidate : scanner.findCandidateComponents("vn.vusta.thidua")) {
            var type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                var rule = method.getAnnotation(PreAuthorize.class);
                if (rule == null || rule.value().replace(" ", "").equals("permitAll()")) continue;
                for (Parameter parameter : method.getParameters()) {
                    if (!parameter.isAnnotationPresent(RequestBody.class)) continue;
                    guardedBodies++;
                    if (parameter.isAnnotationPresent(Valid.class) || parameter.isAnnotationPresent(Validated.class)) {
                        offenders.add(type.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
        assertThat(guardedBodies).as("guarded API writes with a body found by the scan").isGreaterThan(3);
        assertThat(offenders).as("validate with RequestBodies after @PreAuthorize, not with @Valid @RequestBody").isEqualTo(List.of());
    }
}
