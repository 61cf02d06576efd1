package vn.vusta.thidua.identity;

import java.util.Map;
import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Pages: form login with CSRF on every form. API: HTTP Basic, stateless (so a browser session never authorises
 * an API call, which is why CSRF is not needed there). Public: published cluster composition and units.
 * <p>
 * URL rules here say only "public" or "signed in" (and CSRF, sessions, headers). Who may do what is stated once, by
 * the policy beans of each module ({@code unitPolicy}, {@code clusterPolicy}, {@code accountPolicy},
 * {@code auditPolicy}) in {@code @PreAuthorize} on every handler, page and API alike; a handler without a rule is
 * refused ({@link AuthorizationRulesRequired}). A path no controller maps is let through so that it answers 404.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {
    /** Scripts only from this site (no inline scripts or handlers); inline styles stay allowed for Bootstrap. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApplicationContext context) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, "/api/v1/units", "/api/v1/units/*", "/api/v1/clusters",
                        "/api/v1/clusters/*/head", "/api/v1/campaigns").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/campaigns/*/results").permitAll()
                // a ballot whose managers made its result public; the ballot policy decides
                .requestMatchers(HttpMethod.GET, "/api/v1/ballots/*", "/api/v1/ballots/*/box").permitAll()
                .requestMatchers(new UnmappedRequests(context)).permitAll()
                .anyRequest().authenticated())
            .httpBasic(withDefaults())
            .csrf(c -> c.disable())
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return hardened(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignedInAccounts accounts, ApplicationContext context) throws Exception {
        http.addFilterBefore(new AccountStillValid(accounts), AuthorizationFilter.class)
            .authorizeHttpRequests(a -> a
                .requestMatchers("/", "/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health",
                        "/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html").permitAll()
                .requestMatchers(HttpMethod.GET, "/units", "/units/*", "/clusters", "/clusters/*", "/units/*/clusters",
                        "/units/*/associations", "/campaigns", "/campaigns/*", "/clusters/*/meetings").permitAll()
                .requestMatchers(HttpMethod.GET, "/public/**").permitAll()
                // a ballot's result page: public once its managers publish it (the ballot policy decides)
                .requestMatchers(HttpMethod.GET, "/ballots/*/result").permitAll()
                .requestMatchers(new UnmappedRequests(context)).permitAll()
                .anyRequest().authenticated())
            .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                // one answer for a wrong password, an unknown, locked, disabled or demo account (no username enumeration)
                .failureUrl("/login?error"))
            .logout(l -> l.logoutSuccessUrl("/?logout"));
        return hardened(http).build();
    }

    /** Security headers on every answer of both chains. */
    private static HttpSecurity hardened(HttpSecurity http) throws Exception {
        return http.headers(h -> h
                .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")));
    }

    /**
     * No tracing or metrics backend reads Spring Security's observations, so its filters and authorisation checks are
     * not wrapped in them at all ({@code management.observations.enable.spring.security=false} only made them no-ops,
     * still paid on every filter of every request).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() { return SecurityObservationSettings.noObservations(); }

    /**
     * Argon2id for new hashes (no 72-byte limit, so long Vietnamese passphrases work); bcrypt hashes from before are
     * still accepted and replaced at the next login ({@link AccountUserDetails#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }
}
