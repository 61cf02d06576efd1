package vn.vusta.thidua.common;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages: a Vietnamese page with the reason, and the right status code. */
@Order(2)
@ControllerAdvice
class PageErrors {
    private final Messages messages;

    PageErrors(Messages messages) { this.messages = messages; }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) { return page(HttpStatus.NOT_FOUND, messages.of(e)); }

    /** Refused by a policy; an anonymous visitor is sent to the login page by the security filters instead. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) throw e;
        return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParam(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) return page(HttpStatus.NOT_FOUND, messages.get("error.notFoundPage"));
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badParameter", messages.fieldLabel(e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParam(MissingServletRequestParameterException e) {
        return page(HttpStatus.BAD_REQUEST, messages.get("error.missingParameter", messages.fieldLabel(e.getParameterName())));
    }

    /** A form field that could not even be converted (a date typed wrongly) when the handler has no BindingResult. */
    @ExceptionHandler(BindException.class)
    ModelAndView badForm(BindException e) {
        var label = e.getFieldErrors().stream().findFirst().map(f -> messages.fieldLabel(f.getField())).orElse(messages.get("field.unknown"));
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badField", label));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView rule(BusinessRuleException e) { return page(HttpStatus.BAD_REQUEST, messages.of(e)); }

    /** A race past the application's checks (a duplicate) or a value longer than its column: the rule, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView constraint(DataIntegrityViolationException e) {
        return page(ConstraintRules.isDuplicate(e) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, messages.of(e));
    }

    static ModelAndView page(HttpStatus status, String message) {
        var mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("problem", message);
        return mav;
    }
}
