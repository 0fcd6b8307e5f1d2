package org.luoshi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on /api/** and /actuator/** as the token's account, for this request only
 * (no session). A token that is unknown, revoked, expired or whose account is disabled gets 401 at once, so a
 * client never mistakes it for anonymous access. Tokens skip TOTP: a token is itself a second secret.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ProblemResponses problems;

    ApiTokenFilter(ApiTokens tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Operators' endpoints: a Prometheus server scrapes with a system administrator's token. */
    private static final RequestMatcher ACTUATOR = request -> request.getRequestURI()
            .startsWith(request.getContextPath() + "/actuator/");

    /** Whether the current request acts by a token rather than by a person in a login session. */
    static boolean viaToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication;
    }

    /** A request authenticated by a personal access token: no session, and no password typed. */
    static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {

        @java.io.Serial
        private static final long serialVersionUID = 1L;

        TokenAuthentication(AccountPrincipal principal) {
            super(principal, null, principal.getAuthorities());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !(SecurityConfiguration.API.matches(request) || ACTUATOR.matches(request))
                || !SecurityConfiguration.BEARER.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader("Authorization").substring("Bearer ".length()).trim();
        ApiTokens.Check check = tokens.check(presented);
        if (check.principal() == null) {
            problems.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "token.refused." + check.refusal().name().toLowerCase(Locale.ROOT));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TokenAuthentication(check.principal()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
