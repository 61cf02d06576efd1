package vn.vusta.thidua.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container's error dispatch shows (unknown URL, a refusal by the security filters, a failure
 * outside any handler): a Vietnamese page for browsers, an RFC 9457 problem detail for everyone else.
 */
@Controller
@RequestMapping("/error")
@PreAuthorize("permitAll()")
class ErrorPages implements ErrorController {
    private final Messages messages;

    ErrorPages(Messages messages) { this.messages = messages; }

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        var status = status(request);
        return PageErrors.page(status, message(status, request));
    }

    @RequestMapping
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        var status = status(request);
        return Problems.of(status, message(status, request));
    }

    private String message(HttpStatus status, HttpServletRequest request) {
        return switch (status) {
            case NOT_FOUND -> messages.get("error.notFoundPage");
            case FORBIDDEN -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? messages.get("error.csrf") : messages.get("error.forbidden");
            case UNAUTHORIZED -> messages.get("error.unauthorized");
            case METHOD_NOT_ALLOWED -> messages.get("error.methodNotAllowed");
            case UNSUPPORTED_MEDIA_TYPE -> messages.get("error.unsupportedMediaType");
            case NOT_ACCEPTABLE -> messages.get("error.notAcceptable");
            case PAYLOAD_TOO_LARGE -> messages.get("error.tooLarge");
            case BAD_REQUEST -> messages.get("error.badRequest");
            default -> messages.get("error.unexpected");
        };
    }

    /** The status of the failed request; a direct visit of /error is "not found". */
    private static HttpStatus status(HttpServletRequest request) {
        var code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) return HttpStatus.NOT_FOUND;
        var status = HttpStatus.resolve(value);
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
