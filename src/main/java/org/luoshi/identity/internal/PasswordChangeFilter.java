package org.luoshi.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Someone logged in with a temporary password (set by an administrator) may do nothing but choose their own:
 * pages lead to the change-password page, API calls answer 403.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    private static final List<String> ALLOWED = List.of(LoginOutcomes.CHANGE_PASSWORD_URL, "/logout", "/login",
            "/me/elder-mode", "/css/", "/js/", "/img/", "/webjars/", "/error", "/favicon.ico");

    private final ProblemResponses problems;

    PasswordChangeFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.mustChangePassword();
        if (!mustChange || ALLOWED.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
        } else if (SecurityConfiguration.API.matches(request)) {
            problems.write(response, HttpServletResponse.SC_FORBIDDEN, "password.mustChange");
        } else {
            response.sendRedirect(request.getContextPath() + LoginOutcomes.CHANGE_PASSWORD_URL);
        }
    }
}
