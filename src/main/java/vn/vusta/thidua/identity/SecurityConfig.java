package vn.vusta.thidua.identity;

import java.time.Clock;
import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Pages: form login with CSRF on every form. API: HTTP Basic, stateless (so a browser session never authorises
 * an API call, which is why CSRF is not needed there). Public: published cluster composition and units.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*", "/api/v1/clusters",
                        "/api/v1/clusters/*/head").permitAll()
                .requestMatchers("/api/v1/audit/**").hasRole("OFFICE")
                .anyRequest().authenticated())
            .httpBasic(withDefaults())
            .csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Accounts accounts, Clock clock) throws Exception {
        http.addFilterBefore(new AccountStillValid(accounts, clock), AuthorizationFilter.class)
            .authorizeHttpRequests(a -> a
                .requestMatchers("/", "/login", "/webjars/**", "/css/**", "/favicon.ico", "/error", "/actuator/health",
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.GET, "/units", "/units/*", "/clusters", "/clusters/*",
                        "/clusters/*/history", "/units/*/clusters").permitAll()
                .requestMatchers("/admin/accounts", "/admin/accounts/**").hasRole("SYSTEM_ADMIN")
                .requestMatchers("/admin/account-moves", "/admin/account-moves/**").hasAnyRole("OFFICE", "SYSTEM_ADMIN")
                .requestMatchers("/admin/**").hasRole("OFFICE")
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                .failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
                        + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
            .logout(l -> l.logoutSuccessUrl("/?logout"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() { return PasswordEncoderFactories.createDelegatingPasswordEncoder(); }
}
