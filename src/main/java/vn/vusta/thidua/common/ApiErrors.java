package vn.vusta.thidua.common;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** JSON errors of the API: status and a Vietnamese message, never a stack trace. */
@org.springframework.core.annotation.Order(1)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiErrors {
    private final Messages messages;

    ApiErrors(Messages messages) { this.messages = messages; }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) { return body(HttpStatus.NOT_FOUND, messages.of(e)); }

    @ExceptionHandler({ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<Map<String, Object>> conflict(RuntimeException e) { return body(HttpStatus.CONFLICT, messages.of(e)); }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Map<String, Object>> rule(BusinessRuleException e) { return body(HttpStatus.BAD_REQUEST, messages.of(e)); }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> badParam(MethodArgumentTypeMismatchException e) {
        return body(HttpStatus.BAD_REQUEST, messages.get("error.badParameter", e.getName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return body(HttpStatus.BAD_REQUEST, messages.get("error.unreadableBody"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        var first = e.getBindingResult().getFieldErrors().stream().findFirst();
        String text = first.map(f -> messages.get("error.invalidField", f.getField(), f.getDefaultMessage()))
                .orElse(messages.get("error.invalidInput"));
        return body(HttpStatus.BAD_REQUEST, text);
    }

    private static ResponseEntity<Map<String, Object>> body(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("status", status.value(), "message", message));
    }
}
