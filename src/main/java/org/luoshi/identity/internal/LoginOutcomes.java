package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.web.WebProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Where the browser goes after a login attempt, and what the login page then says (post/redirect/get). The second
 * step's messages travel in its session; a failed password creates none.
 */
@Component
public class LoginOutcomes extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler {

    public static final String ERROR = LoginOutcomes.class.getName() + ".error";
    public static final String USERNAME = LoginOutcomes.class.getName() + ".username";
    public static final String LAST_USERNAME = "LUOSHI_LAST_USERNAME";
    private static final Duration LAST_USERNAME_AGE = Duration.ofMinutes(5);
    static final String CHANGE_PASSWORD_URL = "/me/password";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final LockoutProperties lockout;
    private final Clock clock;
    private final WebProperties web;

    LoginOutcomes(Messages messages, LockoutProperties lockout, Clock clock, WebProperties web) {
        this.web = web;
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
        if (exception instanceof LoginExceptions.SecondFactorRequired required) {
            HttpSession session = request.getSession();
            session.setAttribute(USERNAME, request.getParameter("username"));
            session.setAttribute(LoginDetails.PENDING,
                    new LoginDetails.PendingSecondFactor(required.username(), clock.instant()));
            session.removeAttribute(ERROR);
            response.sendRedirect(request.getContextPath() + "/login/totp");
            return;
        }
        if (exception instanceof LoginExceptions.WrongCode) {
            request.getSession().setAttribute(ERROR, messages.get("login.totp.wrong"));
            response.sendRedirect(request.getContextPath() + "/login/totp?error");
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(LoginDetails.PENDING);
        }
        // a failed password makes no session: a row per attempt would let anyone fill the session table. The
        // outcome travels in the address, the username typed in a short-lived cookie of the login page's own
        response.addHeader(HttpHeaders.SET_COOKIE, lastUsername(request.getParameter("username"), LAST_USERNAME_AGE));
        response.sendRedirect(request.getContextPath() + "/login?" + outcome(exception));
    }

    private static String outcome(AuthenticationException exception) {
        if (exception instanceof LoginExceptions.AccountLocked locked) {
            return "error=locked&until=" + locked.until().getEpochSecond();
        }
        return exception instanceof DisabledException ? "error=disabled" : "error";
    }

    /** What the login page says after {@code /login?error=…}: the same words for every username, known or not. */
    public String message(String error, Long lockedUntil) {
        if ("locked".equals(error) && lockedUntil != null) {
            return messages.get("login.locked",
                    TIME.format(Instant.ofEpochSecond(lockedUntil).atZone(clock.getZone())));
        }
        return "disabled".equals(error) ? messages.get("login.disabled") : failedMessage();
    }

    /** The cookie that keeps (or, with age 0, forgets) the username typed in a failed attempt. */
    public String lastUsername(String username, Duration age) {
        return ResponseCookie.from(LAST_USERNAME, username == null ? "" : URLEncoder.encode(username,
                        StandardCharsets.UTF_8))
                .path("/login").httpOnly(true).secure(web.https()).sameSite("Lax").maxAge(age).build().toString();
    }

    /**
     * A wrong username or password, with the lock-out rule as configured. The same words for every username, known
     * or not, and no count of attempts left: see docs/accounts.md (lock-out) for why.
     */
    public String failedMessage() {
        return messages.get("login.failed", lockout.maxAttempts(), DurationText.of(lockout.duration(), messages::get));
    }
}
