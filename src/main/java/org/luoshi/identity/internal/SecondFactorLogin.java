package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpSession;

/** What the login pages may know of a two-step login under way. */
public final class SecondFactorLogin {

    private SecondFactorLogin() {
    }

    /** The username whose password was accepted in this session and who owes a TOTP code, or null. */
    public static String pendingUsername(HttpSession session) {
        Object pending = session == null ? null : session.getAttribute(LoginDetails.PENDING);
        return pending instanceof LoginDetails.PendingSecondFactor p ? p.username() : null;
    }
}
