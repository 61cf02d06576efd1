package vn.vusta.thidua.common;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese first; {@code ?lang=en} switches to English and is remembered in a cookie.
 * <p>
 * Static files are served from explicit paths only ({@code spring.web.resources.add-mappings=false} drops Spring
 * Boot's catch-all {@code /**} handler): with the catch-all, every link a page renders ({@code @{/units/5}}) went
 * through the resource URL encoding filter and was looked up as a file in four classpath folders of the packaged jar,
 * which cost most of a page's CPU time. The resource chain caches what it resolves (webjar versions included).
 */
@Configuration
class WebConfig implements WebMvcConfigurer {
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    WebConfig() {
        // outside a web request (jobs, events, tests) messages are Vietnamese too, whatever the server's locale
        org.springframework.context.i18n.LocaleContextHolder.setDefaultLocale(VIETNAMESE);
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").resourceChain(true);
        // version-less webjar paths (/webjars/bootstrap/css/...) resolve through the webjars locator in the chain
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/").resourceChain(true);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new RefusedFormStatus());
    }
}
