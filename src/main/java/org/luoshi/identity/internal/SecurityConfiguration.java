package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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
        ProviderManager authentication = new ProviderManager(
                new LoginAuthenticationProvider(accounts, encoder, attempts, secondFactor, clock));
        authentication.setAuthenticationEventPublisher(events);
        http.authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/totp", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/error", "/me/elder-mode", "/actuator/health/**", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
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
}
