package vn.vusta.thidua.common;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;

/**
 * Bean Validation of page forms ({@code @Valid @ModelAttribute("form") X form, BindingResult result}): a form that
 * broke a constraint is shown again with 400 and the rule next to each field; a value that could not even be
 * converted (a mistyped date) leaves no form to show, so it gets the error page naming the field.
 */
public final class Forms {
    private Forms() {}

    /**
     * True when the form must be shown again (the response status is then 400, and the errors are in the model for
     * {@code th:errors}). A value that failed conversion leaves the binding result without its target; the errors
     * are then carried over to the form as it was bound, so that they still show next to their fields.
     */
    public static boolean invalid(Object form, BindingResult result, Model model, HttpServletResponse response) throws BindException {
        if (!result.hasErrors()) return false;
        if (form == null) throw new BindException(result);
        BindingResult shown = result;
        if (result.getTarget() != form) {
            shown = new BeanPropertyBindingResult(form, result.getObjectName());
            shown.addAllErrors(result);
        }
        model.addAttribute(result.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + result.getObjectName(), shown);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return true;
    }

    /**
     * Sets the status of a form shown again because it was refused after validation: 409 when someone else saved the
     * record since the form was opened (a stale version), else 422 (a business rule). Bean Validation stays 400.
     */
    public static void refused(RuntimeException e, HttpServletResponse response) {
        boolean conflict = e instanceof ConcurrentEditException
                || e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException
                || e instanceof BusinessRuleException b && "error.concurrentEdit".equals(b.messageKey());
        response.setStatus(conflict ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
    }

    /** The broken rules as one sentence, for forms that answer with a redirect and a flash message. */
    public static String summary(Messages messages, BindingResult result) {
        var list = String.join("; ", result.getFieldErrors().stream()
                .map(e -> messages.fieldLabel(e.getField()) + ": " + messages.resolve(e)).toList());
        return messages.get("error.invalidFields", list);
    }
}
