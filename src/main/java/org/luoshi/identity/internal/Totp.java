package org.luoshi.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238): HMAC-SHA1, 6 digits, 30-second steps, accepting one step either
 * side so that a phone clock a little off still works. What every authenticator app (微信小程序、手机令牌) speaks.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long PERIOD_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** RFC 4226 dynamic truncation of HMAC-SHA1(secret, step). */
    static String code(byte[] secret, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    /**
     * The time step whose code equals {@code code}, within one step of {@code at} and later than
     * {@code lastUsedStep} (a code is good once), or empty.
     */
    static OptionalLong matchingStep(byte[] secret, String code, Instant at, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = step(at);
        for (long candidate = now - 1; candidate <= now + 1; candidate++) {
            if (candidate > lastUsedStep && MessageDigest.isEqual(code(secret, candidate).getBytes(),
                    code.getBytes())) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
