package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.web.WebProperties;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the browser goes after a login attempt, and what the login page then says. Messages travel in the
 * session because the answer is a redirect (post/redirect/get).
 */
@Component
public class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    public static final String ERROR = LoginOutcomes.class.getName() + ".error";
    public static final String USERNAME = LoginOutcomes.class.getName() + ".username";
    static final String CHANGE_PASSWORD_URL = "/me/password";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final LockoutProperties lockout;
    private final Clock clock;

    LoginOutcomes(Messages messages, LockoutProperties lockout, Clock clock, WebProperties web) {
        this.messages = messages;
        this.lockout = lockout;
        this.clock = clock;
        setDefaultTargetUrl("/");
        setRequestCache(SecurityConfiguration.pagesAskedBeforeLogin(web));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        HttpSession session = request.getSession();
        session.removeAttribute(LoginDetails.PENDING);
        session.removeAttribute(ERROR);
        session.removeAttribute(USERNAME);
        if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.mustChangePassword()) {
            getRedirectStrategy().sendRedirect(request, response, CHANGE_PASSWORD_URL);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        HttpSession session = request.getSession();
        session.setAttribute(USERNAME, request.getParameter("username"));
        if (exception instanceof LoginExceptions.SecondFactorRequired required) {
            session.setAttribute(LoginDetails.PENDING,
                    new LoginDetails.PendingSecondFactor(required.username(), clock.instant()));
            session.removeAttribute(ERROR);
            response.sendRedirect(request.getContextPath() + "/login/totp");
            return;
        }
        if (exception instanceof LoginExceptions.WrongCode) {
            session.setAttribute(ERROR, messages.get("login.totp.wrong"));
            response.sendRedirect(request.getContextPath() + "/login/totp?error");
            return;
        }
        session.removeAttribute(LoginDetails.PENDING);
        session.setAttribute(ERROR, message(exception));
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    private String message(AuthenticationException exception) {
        if (exception instanceof LoginExceptions.AccountLocked locked) {
            return messages.get("login.locked", TIME.format(locked.until().atZone(clock.getZone())));
        }
        if (exception instanceof DisabledException) {
            return messages.get("login.disabled");
        }
        return failedMessage();
    }

    /**
     * A wrong username or password, with the lock-out rule as configured. The same words for every username, known
     * or not, and no count of attempts left: see docs/accounts.md (lock-out) for why.
     */
    public String failedMessage() {
        return messages.get("login.failed", lockout.maxAttempts(), DurationText.of(lockout.duration(), messages::get));
    }
}
