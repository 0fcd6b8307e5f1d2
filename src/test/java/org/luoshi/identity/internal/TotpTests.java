package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA1 seed "12345678901234567890") and RFC 4648 Base32 vectors. */
class TotpTests {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfc6238TestVectors(long epochSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(epochSeconds));
        assertThat(Totp.code(RFC_SECRET, step, 8)).isEqualTo(expected);
        assertThat(Totp.code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsOneStepEitherSideButNotTwo() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, -1)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, -1)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, -1)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, -1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now, -1)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "abcdef", now, -1)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648(String plain, String encoded) {
        assertThat(Base32.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase() + "=="), StandardCharsets.US_ASCII))
                .isEqualTo(plain);
    }
}
