package vn.vusta.thidua.common;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;

/**
 * RFC 9457 problem details of the API: the status, a title and a Vietnamese {@code detail} the user can act on; for
 * invalid input also {@code errors}, one per field (the JSON property, its label and the rule).
 */
public final class Problems {
    private Problems() {}

    public record FieldProblem(String field, String label, String message) {}

    public static ResponseEntity<ProblemDetail> of(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(detail(status, detail));
    }

    static ProblemDetail detail(HttpStatus status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    static ResponseEntity<ProblemDetail> invalid(Messages messages, List<FieldError> errors) {
        var fields = errors.stream()
                .map(e -> new FieldProblem(e.getField(), messages.fieldLabel(e.getField()), messages.resolve(e))).toList();
        String list = String.join("; ", fields.stream().map(f -> f.label() + ": " + f.message()).toList());
        var problem = detail(HttpStatus.BAD_REQUEST, messages.get("error.invalidFields", list));
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }
}
