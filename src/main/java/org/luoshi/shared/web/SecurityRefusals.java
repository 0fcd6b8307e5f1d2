package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's refusals in the app's words. Applied to the security filter chain as a Customizer bean
 * (Spring Security applies every {@code Customizer<HttpSecurity>} bean), so SecurityConfiguration keeps its own
 * concerns:
 * <ul>
 * <li>a CSRF token that does not decode (a forged one, bytes that are no UTF-8) is a missing token, refused with
 * 403, not an exception and a 500;</li>
 * <li>a refused CSRF token says what to do: reload the page, or for the API log in or use a bearer token; an
 * anonymous API write gets 401, as any other anonymous API call;</li>
 * <li>the firewall's refusals (control characters in a header, an encoded slash) are a Chinese 400.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityRefusals {

    @Bean
    Customizer<HttpSecurity> chineseRefusals(Refusals refusals) {
        AccessDeniedHandler denials = (request, response, denied) -> denied(refusals, request, response, denied);
        return http -> http
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new ForgeryProofTokens()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denials));
    }

    @Bean
    RequestRejectedHandler chineseRejections(Refusals refusals) {
        return (request, response, rejected) -> rejected(refusals, request, response, rejected);
    }

    private static void denied(Refusals refusals, HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException denied) throws IOException {
        boolean api = Refusals.isApi(request);
        if (!(denied instanceof CsrfException)) {
            refusals.refuse(request, response, HttpStatus.FORBIDDEN, null, api ? "error.forbidden" : "error.page.403");
        } else if (api && anonymous()) {
            refusals.refuse(request, response, HttpStatus.UNAUTHORIZED, null, "error.detail.401");
        } else {
            refusals.refuse(request, response, HttpStatus.FORBIDDEN, null, api ? "error.csrf.api" : "error.csrf.page");
        }
    }

    private static void rejected(Refusals refusals, HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException rejected) throws IOException {
        refusals.refuse(request, response, HttpStatus.BAD_REQUEST, null, "error.request.rejected");
    }

    private static boolean anonymous() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
    }

    /** The default (BREACH-safe, XOR-masked) tokens; one that cannot be unmasked counts as no token at all. */
    static final class ForgeryProofTokens implements CsrfTokenRequestHandler {

        private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
            masked.handle(request, response, token);
        }

        @Override
        public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
            try {
                return masked.resolveCsrfTokenValue(request, token);
            } catch (IllegalArgumentException undecodable) {
                return null;
            }
        }
    }
}
