package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.WebProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Form login with shared sessions for pages (two steps when the account has TOTP), bearer tokens for the API;
 * the API answers 401 as problem+json instead of redirecting. Session timeout: spring.session.timeout (30 min
 * of inactivity), in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LockoutProperties.class)
class SecurityConfiguration {

    /** A year: browsers keep to HTTPS that long after a visit (docs/configuration.md, luoshi.web.https). */
    private static final long HSTS_SECONDS = 365L * 24 * 60 * 60;
    /** Nothing on our pages needs the camera, microphone, location, payment or USB. */
    private static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final WebProperties web;

    SecurityConfiguration(WebProperties web) {
        this.web = web;
    }

    static final RequestMatcher API = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");

    static final RequestMatcher BEARER = request -> {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith("Bearer ");
    };

    /**
     * The default firewall's character checks, by a loop instead of a regular expression: Spring MVC and our
     * filters read headers many times per request, and each read re-ran the expressions (7 % of the CPU of an API
     * request). Same rule: defined characters, no control characters, a tab allowed in header values.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(text -> printable(text, false));
        firewall.setAllowedHeaderValues(text -> printable(text, true));
        firewall.setAllowedParameterNames(text -> printable(text, false));
        return firewall;
    }

    static boolean printable(String text, boolean tabAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.isISOControl(c) && !(tabAllowed && c == '\t')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * No observation around each of the security filters: it doubled their cost on every request. Requests are
     * still measured as a whole (http.server.requests), and logins and authorizations are still observed.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Login failures of our own kinds (lock, wrong TOTP code) are published too, so the audit sees them. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return events;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts, PasswordEncoder encoder,
            LoginAttempts attempts, SecondFactor secondFactor, Clock clock, AuthenticationEventPublisher events,
            LoginOutcomes outcomes, ApiTokens tokens, ProblemResponses problems) throws Exception {
        exposure(http);
        sessionsOnlyWhenNeeded(http);
        http.headers(this::transportAndPrivacyHeaders);
        ProviderManager authentication = new ProviderManager(
                new LoginAuthenticationProvider(accounts, encoder, attempts, secondFactor, clock));
        authentication.setAuthenticationEventPublisher(events);
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/totp", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/error", "/me/elder-mode", "/actuator/health/**",
                                // 宣传门户: the public portal, its feeds and search, for visitors without an account
                                "/portal", "/portal/**")
                        .permitAll()
                        // 活动日历订阅: calendar apps cannot log in; the unguessable token in the address is the key
                        .requestMatchers(HttpMethod.GET, "/activities/feed/*").permitAll()
                        // 扫码签到: a member without an account checks in by name and phone suffix; the rotating
                        // code in the address (checked on every request) is what lets them in
                        .requestMatchers("/checkin/*", "/checkin/*/confirm", "/checkin/*/phone").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(LoginDetails::from)
                        .successHandler(outcomes)
                        .failureHandler(outcomes)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(new AndRequestMatcher(API, BEARER)))
                .addFilterBefore(new ApiTokenFilter(tokens, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeFilter(problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor((request, response, e) ->
                        problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "api.unauthenticated"), API)
                        // pages send anyone not logged in to the login form, whatever their Accept header says
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * What operators and integrators read: health (and its liveness and readiness groups) for anyone, since
     * orchestrators probe it; metrics, Prometheus and info only for system administrators; the API description
     * for anyone logged in, or for all when luoshi.web.api-docs-public is set. Registered before the general
     * rules, so these win.
     */
    private void exposure(HttpSecurity http) throws Exception {
        String[] apiDocs = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMIN.name());
            if (web.apiDocsPublic()) {
                requests.requestMatchers(apiDocs).permitAll();
            } else {
                requests.requestMatchers(apiDocs).authenticated();
            }
        });
    }

    /**
     * No session row for a visitor who has not logged in: the login page's CSRF token waits in a cookie, and the
     * page asked for before login is remembered in a cookie too (Spring Session would otherwise store a row for
     * each anonymous request).
     */
    private void sessionsOnlyWhenNeeded(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokens(web.https())))
                .requestCache(cache -> cache.requestCache(pagesAskedBeforeLogin(web)));
    }

    /** Where to go back to after logging in, kept in a cookie; {@link LoginOutcomes} reads the same. */
    static RequestCache pagesAskedBeforeLogin(WebProperties web) {
        CookieRequestCache cache = new CookieRequestCache();
        cache.setCookieCustomizer(cookie -> {
            cookie.setSecure(web.https());
            cookie.setAttribute("SameSite", "Lax");
        });
        return cache;
    }

    /**
     * The session cookie's Secure flag from luoshi.web.https, whatever the request says. (Spring Boot sets it from
     * server.servlet.session.cookie.secure only with its embedded server; this holds in every deployment.)
     */
    @Bean
    DefaultCookieSerializerCustomizer sessionCookie() {
        return cookie -> {
            cookie.setUseSecureCookie(web.https());
            cookie.setUseHttpOnlyCookie(true);
            cookie.setSameSite("Lax");
        };
    }

    /** HSTS follows luoshi.web.https (not X-Forwarded-Proto, which anyone can send); referrers stay on the site. */
    private void transportAndPrivacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
        if (web.https()) {
            headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(false));
        } else {
            headers.httpStrictTransportSecurity(HeadersConfigurer.HstsConfig::disable);
        }
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }
}
