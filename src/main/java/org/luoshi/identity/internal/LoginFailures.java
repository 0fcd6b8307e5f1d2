package org.luoshi.identity.internal;

import java.time.Instant;

/** How many logins failed in a row for a username, and until when it is locked. */
record LoginFailures(int count, Instant lockedUntil) {

    static final LoginFailures NONE = new LoginFailures(0, null);

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more failure; a lock that has run out starts the count afresh. */
    LoginFailures afterFailure(Instant now, LockoutProperties policy) {
        int next = lockedUntil != null && !lockedAt(now) ? 1 : count + 1;
        return new LoginFailures(next, next >= policy.maxAttempts() ? now.plus(policy.duration()) : null);
    }
}
