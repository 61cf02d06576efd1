package vn.vusta.thidua.common;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.Validator;

/**
 * Bean Validation of an API request body <em>after</em> the caller was authorised. {@code @Valid @RequestBody}
 * validates while Spring resolves the arguments, before {@code @PreAuthorize} runs, so an account without the right
 * learnt the body's rules (400) instead of being refused (403). API writes therefore take the body without
 * {@code @Valid} and call {@link #validate} first thing; the broken rules answer 400 exactly as before
 * ({@link BindException}, problem details by field). {@code ApiBodiesValidatedAfterAuthorisationTests} keeps it so.
 */
@Component
public class RequestBodies {
    private final Validator validator;

    RequestBodies(@Qualifier("mvcValidator") Validator mvcValidator) { this.validator = mvcValidator; }

    /** Throws {@link BindException} (answered 400 with every broken rule) when the body breaks a constraint. */
    public <T> T validate(T body) throws BindException {
        if (body == null) return null;
        var result = new BeanPropertyBindingResult(body, "request");
        validator.validate(body, result);
        if (result.hasErrors()) throw new BindException(result);
        return body;
    }
}
