package org.luoshi.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per username and locks it after too many. Usernames without an account are counted
 * in login_failure the same way, so "locked" never tells a guesser which usernames exist.
 */
@Component
class LoginAttempts {

    /** Rows for unknown usernames are dropped a day after their last failure. */
    private static final Duration FORGET_UNKNOWN_AFTER = Duration.ofDays(1);

    private static final int MAX_USERNAME = 100;

    private final JdbcClient jdbc;
    private final LockoutProperties policy;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, LockoutProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** The end of the lock on this username, when it is locked now. */
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return Optional.of(current(key(username))).filter(failures -> failures.lockedAt(now))
                .map(LoginFailures::lockedUntil);
    }

    /** Counts one failure; returns the end of the lock when this failure locked the username. */
    @Transactional
    Optional<Instant> failed(String attempted) {
        String username = key(attempted);
        Instant now = clock.instant();
        LoginFailures next = current(username).afterFailure(now, policy);
        int updated = jdbc.sql("update account set failed_attempts = ?, locked_until = ? where username = ?")
                .param(next.count()).param(timestamp(next.lockedUntil())).param(username).update();
        if (updated == 0) {
            rememberUnknown(username, next, now);
        }
        return Optional.ofNullable(next.lockedUntil());
    }

    @Transactional
    void succeeded(long accountId) {
        jdbc.sql("update account set failed_attempts = 0, locked_until = null, last_login_at = ? where id = ?")
                .param(timestamp(clock.instant())).param(accountId).update();
    }

    private LoginFailures current(String username) {
        return jdbc.sql("""
                select failed_attempts, locked_until from account where username = :u
                union all
                select failed_attempts, locked_until from login_failure where username = :u
                """).param("u", username)
                .query((rs, i) -> new LoginFailures(rs.getInt(1), instant(rs.getTimestamp(2))))
                .list().stream().findFirst().orElse(LoginFailures.NONE);
    }

    private void rememberUnknown(String username, LoginFailures next, Instant now) {
        jdbc.sql("delete from login_failure where last_failed_at < ?")
                .param(timestamp(now.minus(FORGET_UNKNOWN_AFTER))).update();
        jdbc.sql("""
                insert into login_failure (username, failed_attempts, locked_until, last_failed_at)
                values (:u, :count, :until, :now)
                on conflict (username) do update
                   set failed_attempts = :count, locked_until = :until, last_failed_at = :now
                """).param("u", username).param("count", next.count()).param("until", timestamp(next.lockedUntil()))
                .param("now", timestamp(now)).update();
    }

    /** Whatever was typed, cut to the column: no account name is that long anyway. */
    private static String key(String username) {
        return username.length() > MAX_USERNAME ? username.substring(0, MAX_USERNAME) : username;
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
