package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a login request brings besides username and password: where it came from, a TOTP code, and whether the
 * password was already accepted in this session a moment ago (the second step of a two-step login).
 */
record LoginDetails(String ip, String code, PendingSecondFactor pending) implements Serializable {

    static final String PENDING = LoginDetails.class.getName() + ".pending";

    /** The password was right; the account still owes its TOTP code. Kept in the session for a few minutes. */
    record PendingSecondFactor(String username, Instant since) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    static LoginDetails from(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        return new LoginDetails(request.getRemoteAddr(), request.getParameter("code"),
                pending instanceof PendingSecondFactor p ? p : null);
    }

    /** True when this request is the second step for {@code username}, begun at most {@code within} ago. */
    boolean completesSecondFactor(String username, Instant now, java.time.Duration within) {
        return pending != null && pending.username().equals(username) && code != null
                && pending.since().plus(within).isAfter(now);
    }
}
