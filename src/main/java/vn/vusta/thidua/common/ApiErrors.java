package vn.vusta.thidua.common;

import java.util.ArrayList;

import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the API as RFC 9457 problem details with a Vietnamese {@code detail}, never a stack trace. */
@Order(1)
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {
    private final Messages messages;

    ApiErrors(Messages messages) { this.messages = messages; }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) { return Problems.of(HttpStatus.NOT_FOUND, messages.of(e)); }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException e) { return Problems.of(HttpStatus.CONFLICT, messages.of(e)); }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> rule(BusinessRuleException e) { return Problems.of(HttpStatus.BAD_REQUEST, messages.of(e)); }

    /** A race past the application's checks (a duplicate) or a value longer than its column: the rule, not a 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException e) {
        return Problems.of(ConstraintRules.isDuplicate(e) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, messages.of(e));
    }

    /** Refused by a policy. An anonymous caller is asked to authenticate (401) by the security filters instead. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken) throw e;
        return Problems.of(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParam(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return Problems.of(HttpStatus.NOT_FOUND, messages.get("error.notFoundPage"));
        }
        return Problems.of(HttpStatus.BAD_REQUEST, messages.get("error.badParameter", messages.fieldLabel(e.getName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, messages.get("error.missingParameter", messages.fieldLabel(e.getParameterName())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, messages.get("error.unreadableBody"));
    }

    /** Bean Validation of a request body or parameters ({@code @Valid}): every broken rule, by field. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e) { return Problems.invalid(messages, e.getFieldErrors()); }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalid(HandlerMethodValidationException e) {
        var errors = new ArrayList<FieldError>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(new FieldError("request",
                r.getMethodParameter().getParameterName() == null ? "value" : r.getMethodParameter().getParameterName(),
                null, false, err.getCodes(), err.getArguments(), err.getDefaultMessage()))));
        return Problems.invalid(messages, errors);
    }
}
