package vn.vusta.thidua.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the fail-closed check: a handler of the application without an authorisation rule is refused. */
@Configuration(proxyBeanMethods = false)
class AuthorizationConfig implements WebMvcConfigurer {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AuthorizationRulesRequired());
    }
}
