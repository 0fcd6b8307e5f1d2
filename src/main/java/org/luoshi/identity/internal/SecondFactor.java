package org.luoshi.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 两步验证: an optional TOTP second factor. Enabling takes two steps (a secret is shown, then a code from the app
 * confirms it was entered correctly); the secret is kept encrypted like other personal data.
 */
@Service
public class SecondFactor {

    /** What the user scans with the authenticator app, or types into it, or lets it read from the otpauth:// link. */
    public record Setup(String secret, String uri) {

        /** The otpauth:// link as a QR code in inline SVG, for the page only (never a URL of its own). */
        public String qrCode() {
            return QrCodeSvg.of(uri);
        }
    }

    private static final String ISSUER = "Luoshi";
    private static final int SECRET_BYTES = 20;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Clock clock;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    SecondFactor(JdbcClient jdbc, PersonalDataCipher cipher, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
        this.audit = audit;
    }

    /** Starts (or restarts) enrolment with a fresh secret; the factor is off until a code confirms it. */
    @Transactional
    public Setup start(Actor actor) {
        if (enabled(actor.accountId())) {
            throw BusinessException.conflict("totp.alreadyEnabled");
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        jdbc.sql("update account set totp_secret_enc = ?, totp_last_step = null where id = ?")
                .param(cipher.encrypt(Base32.encode(secret))).param(actor.accountId()).update();
        return setup(actor.username(), Base32.encode(secret));
    }

    /** The secret of an enrolment started but not yet confirmed. */
    public Optional<Setup> pending(Actor actor) {
        return jdbc.sql("select totp_secret_enc from account where id = ? and not totp_enabled and totp_secret_enc is not null")
                .param(actor.accountId()).query(byte[].class).optional()
                .map(cipher::decrypt).map(secret -> setup(actor.username(), secret));
    }

    @Transactional
    public void confirm(Actor actor, String code) {
        if (pending(actor).isEmpty()) {
            throw BusinessException.conflict("totp.notStarted");
        }
        if (!accept(actor.accountId(), code)) {
            throw BusinessException.invalid("code", "totp.wrongCode");
        }
        jdbc.sql("update account set totp_enabled = true, version = version + 1 where id = ?")
                .param(actor.accountId()).update();
        audit.record("TOTP_ENABLED", AccountChanges.ENTITY, actor.accountId(), actor.unitPath(), actor.username(),
                Map.of("totpEnabled", false), Map.of("totpEnabled", true));
    }

    /** Turns the factor off; the caller has checked the password. */
    @Transactional
    public void disable(Actor actor) {
        jdbc.sql("""
                update account set totp_enabled = false, totp_secret_enc = null, totp_last_step = null,
                       version = version + 1
                 where id = ?""").param(actor.accountId()).update();
        audit.record("TOTP_DISABLED", AccountChanges.ENTITY, actor.accountId(), actor.unitPath(), actor.username(),
                Map.of("totpEnabled", true), Map.of("totpEnabled", false));
    }

    public boolean enabled(long accountId) {
        return jdbc.sql("select totp_enabled from account where id = ?").param(accountId).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Checks a code at login or enrolment; a code accepted once is refused afterwards (replay). */
    @Transactional
    boolean accept(long accountId, String code) {
        record Stored(byte[] secret, long lastStep) {
        }
        Optional<Stored> stored = jdbc.sql("""
                select totp_secret_enc, coalesce(totp_last_step, -1) from account
                 where id = ? and totp_secret_enc is not null for update""").param(accountId)
                .query((rs, i) -> new Stored(rs.getBytes(1), rs.getLong(2))).optional();
        if (stored.isEmpty()) {
            return false;
        }
        byte[] secret = Base32.decode(cipher.decrypt(stored.get().secret()));
        OptionalLong step = Totp.matchingStep(secret, code == null ? null : code.trim(), clock.instant(),
                stored.get().lastStep());
        step.ifPresent(s -> jdbc.sql("update account set totp_last_step = ? where id = ?").param(s)
                .param(accountId).update());
        return step.isPresent();
    }

    private static Setup setup(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return new Setup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS);
    }
}
