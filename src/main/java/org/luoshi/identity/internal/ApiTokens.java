package org.luoshi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.TextNormalizer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 个人访问令牌: API clients (new-media accounts, data exchange) act as the account that made the token, with the
 * same unit and roles. Only the SHA-256 of a token is stored; its first characters are kept to tell tokens apart.
 * <p>
 * Only a person makes tokens: from a login session, typing the password again with each new token. A token cannot
 * make tokens, so a stolen token cannot outlive its own revocation through children, and tokens have no parents
 * to track. A new password (chosen or reset) and disabling the account revoke every token: re-enabling the account
 * does not bring them back.
 */
@Service
public class ApiTokens {

    /** A token as listed: never the token itself. */
    public record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, Instant revokedAt, boolean active) {
    }

    /** A new token and, this once only, its secret. */
    public record Issued(TokenView token, String secret) {
    }

    /** Why a presented token was refused; each has its own Chinese message. */
    enum Refusal {
        UNKNOWN, REVOKED, EXPIRED, ACCOUNT_DISABLED
    }

    /** The outcome of presenting a token: the account it acts for, or why not. */
    record Check(AccountPrincipal principal, Refusal refusal) {
    }

    static final String PREFIX = "ls_";
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_CHARS = 10;
    private static final int MAX_NAME = 60;
    /** last_used_at is written at most this often, so a busy client does not turn every call into a write. */
    private static final Duration USE_GRANULARITY = Duration.ofMinutes(1);
    private static final String COLUMNS = """
            select id, name, prefix, created_at, expires_at, last_used_at, revoked_at,
                   revoked_at is null and (expires_at is null or expires_at > :now) as active
              from api_token
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccountDetailsService accounts;
    private final PasswordEncoder encoder;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Clock clock, AuditTrail audit, AccountDetailsService accounts,
            PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    public List<TokenView> list(long accountId) {
        return jdbc.sql(COLUMNS + " where account_id = :account order by revoked_at nulls first, created_at desc")
                .param("account", accountId).param("now", LoginAttempts.timestamp(clock.instant()))
                .query(VIEW).list();
    }

    /**
     * Creates a token for the actor, who has just typed the account's {@code password} in a login session;
     * {@code expiresOn} is the last day it works (null: until revoked).
     */
    @Transactional
    public Issued create(Actor actor, String password, String rawName, LocalDate expiresOn) {
        if (ApiTokenFilter.viaToken()) {
            throw BusinessException.forbidden("token.create.viaToken");
        }
        String hash = accounts.find(actor.accountId()).map(AccountPrincipal::getPassword).orElse(null);
        if (password == null || password.isEmpty() || hash == null || !encoder.matches(password, hash)) {
            throw BusinessException.invalid("password", "token.create.password");
        }
        String name = TextNormalizer.clean(rawName);
        if (name == null) {
            throw BusinessException.invalid("name", "token.name.required");
        }
        if (name.length() > MAX_NAME) {
            throw BusinessException.invalid("name", "token.name.tooLong", MAX_NAME);
        }
        LocalDate today = LocalDate.now(clock);
        if (expiresOn != null && expiresOn.isBefore(today)) {
            throw BusinessException.invalid("expiresOn", "token.expiresOn.past");
        }
        Instant expiresAt = expiresOn == null ? null
                : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        String secret = newSecret();
        long id = jdbc.sql("""
                insert into api_token (account_id, name, token_hash, prefix, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """).param(actor.accountId()).param(name).param(hash(secret))
                .param(secret.substring(0, SHOWN_CHARS)).param(LoginAttempts.timestamp(clock.instant()))
                .param(LoginAttempts.timestamp(expiresAt)).query(Long.class).single();
        TokenView token = find(actor.accountId(), id).orElseThrow();
        audit.record("TOKEN_CREATED", "API_TOKEN", id, actor.unitPath(), name, null, describe(token));
        return new Issued(token, secret);
    }

    @Transactional
    public TokenView revoke(Actor actor, long tokenId) {
        TokenView before = find(actor.accountId(), tokenId)
                .orElseThrow(() -> BusinessException.notFound("token.notFound"));
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .param(LoginAttempts.timestamp(clock.instant())).param(tokenId).update();
        TokenView after = find(actor.accountId(), tokenId).orElseThrow();
        audit.record("TOKEN_REVOKED", "API_TOKEN", tokenId, actor.unitPath(), before.name(), describe(before),
                describe(after));
        return after;
    }

    /** Revokes every token of the account still in force (new password, account disabled); returns how many. */
    @Transactional
    public int revokeAll(long accountId, String unitPath) {
        List<TokenView> active = list(accountId).stream().filter(token -> token.revokedAt() == null).toList();
        jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .param(LoginAttempts.timestamp(clock.instant())).param(accountId).update();
        for (TokenView before : active) {
            TokenView after = find(accountId, before.id()).orElseThrow();
            audit.record("TOKEN_REVOKED", "API_TOKEN", before.id(), unitPath, before.name(), describe(before),
                    describe(after));
        }
        return active.size();
    }

    /** Looks a presented token up by its hash; notes when it was used. */
    @Transactional
    Check check(String presented) {
        record Stored(long id, long accountId, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        }
        Instant now = clock.instant();
        Optional<Stored> stored = jdbc.sql("""
                select id, account_id, expires_at, revoked_at, last_used_at from api_token where token_hash = ?
                """).param(hash(presented)).query((rs, i) -> new Stored(rs.getLong(1), rs.getLong(2),
                LoginAttempts.instant(rs.getTimestamp(3)), LoginAttempts.instant(rs.getTimestamp(4)),
                LoginAttempts.instant(rs.getTimestamp(5)))).optional();
        if (stored.isEmpty()) {
            return new Check(null, Refusal.UNKNOWN);
        }
        if (stored.get().revokedAt() != null) {
            return new Check(null, Refusal.REVOKED);
        }
        if (stored.get().expiresAt() != null && !stored.get().expiresAt().isAfter(now)) {
            return new Check(null, Refusal.EXPIRED);
        }
        Optional<AccountPrincipal> principal = accounts.find(stored.get().accountId()).filter(
                AccountPrincipal::isEnabled);
        if (principal.isEmpty()) {
            return new Check(null, Refusal.ACCOUNT_DISABLED);
        }
        Instant stale = now.minus(USE_GRANULARITY);
        // the use was noted less than USE_GRANULARITY ago: not even a statement (the where clause guards races)
        if (stored.get().lastUsedAt() == null || stored.get().lastUsedAt().isBefore(stale)) {
            jdbc.sql("""
                    update api_token set last_used_at = :now
                     where id = :id and (last_used_at is null or last_used_at < :stale)
                    """).param("now", LoginAttempts.timestamp(now)).param("id", stored.get().id())
                    .param("stale", LoginAttempts.timestamp(stale)).update();
        }
        return new Check(principal.get(), null);
    }

    private Optional<TokenView> find(long accountId, long tokenId) {
        return jdbc.sql(COLUMNS + " where id = :id and account_id = :account").param("id", tokenId)
                .param("account", accountId).param("now", LoginAttempts.timestamp(clock.instant()))
                .query(VIEW).optional();
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> describe(TokenView token) {
        java.util.LinkedHashMap<String, Object> state = new java.util.LinkedHashMap<>();
        state.put("name", token.name());
        state.put("prefix", token.prefix());
        state.put("expiresAt", token.expiresAt());
        state.put("revokedAt", token.revokedAt());
        return state;
    }

    private static final RowMapper<TokenView> VIEW = (rs, i) -> new TokenView(rs.getLong("id"),
            rs.getString("name"), rs.getString("prefix"), LoginAttempts.instant(rs.getTimestamp("created_at")),
            LoginAttempts.instant(rs.getTimestamp("expires_at")), LoginAttempts.instant(rs.getTimestamp("last_used_at")),
            LoginAttempts.instant(rs.getTimestamp("revoked_at")), rs.getBoolean("active"));
}
