package vn.vusta.thidua.common;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese first; {@code ?lang=en} switches to English and is remembered in a cookie. */
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
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
