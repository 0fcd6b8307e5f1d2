package org.luoshi.identity.internal;

import java.time.Instant;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/** The ways a login stops short of success, each answered differently by the login page. */
final class LoginExceptions {

    private LoginExceptions() {
    }

    /** Too many failures: the username is locked until {@link #until()}. */
    static final class AccountLocked extends LockedException {
        private final Instant until;

        AccountLocked(Instant until) {
            super("locked until " + until);
            this.until = until;
        }

        Instant until() {
            return until;
        }
    }

    /** Password accepted; the account has TOTP on and must now give a code. Not a failure. */
    static final class SecondFactorRequired extends AuthenticationException {
        private final String username;

        SecondFactorRequired(String username) {
            super("second factor required");
            this.username = username;
        }

        String username() {
            return username;
        }
    }

    /** The TOTP code was wrong or already used. */
    static final class WrongCode extends BadCredentialsException {
        WrongCode() {
            super("wrong TOTP code");
        }
    }
}
