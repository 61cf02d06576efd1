package vn.vusta.thidua.common;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e) { return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden")); }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParam(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badParameter", e.getName()));
    }

    @ExceptionHandler(BindException.class)
    ModelAndView badForm(BindException e) {
        var field = e.getFieldErrors().stream().findFirst().map(f -> f.getField()).orElse("?");
        return page(HttpStatus.BAD_REQUEST, messages.get("error.badField", field));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView rule(BusinessRuleException e) { return page(HttpStatus.BAD_REQUEST, messages.of(e)); }

    private static ModelAndView page(HttpStatus status, String message) {
        var mav = new ModelAndView("error");
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("problem", message);
        return mav;
    }
}
