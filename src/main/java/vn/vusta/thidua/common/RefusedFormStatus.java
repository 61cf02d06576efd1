package vn.vusta.thidua.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form sent back to the user with the reason it was refused (a business rule, a concurrent change: the page's
 * {@code error}) answers 422 instead of 200, so that the refusal is visible to scripts, proxies and logs as well
 * as to the reader. Bean Validation failures already answer 400 ({@link Forms#invalid}); redirects are untouched.
 */
class RefusedFormStatus implements HandlerInterceptor {
    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || !"POST".equals(request.getMethod()) || response.getStatus() != HttpStatus.OK.value()) return;
        String name = view.getViewName();
        if (name == null || name.startsWith("redirect:") || name.startsWith("forward:")) return;
        if (view.getModel().get("error") != null) response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
}
