package org.luoshi.activity.internal.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.internal.checkin.CheckinCodes.Verdict;

class CheckinCodesTests {

    private static final Instant SLOT_START = Instant.ofEpochSecond(1_796_000_010L / 30 * 30);

    private final CheckinCodes codes = new CheckinCodes(hmac("server secret"), Duration.ofSeconds(30),
            Duration.ofSeconds(10));

    @Test
    void theCodeOnTheScreenNowIsValid() {
        Instant now = SLOT_START.plusSeconds(12);
        assertThat(codes.verify(7, codes.codeAt(7, now), now)).isEqualTo(Verdict.VALID);
    }

    @Test
    void theCodeJustReplacedIsStillTakenDuringTheGracePeriod() {
        String previous = codes.codeAt(7, SLOT_START.minusSeconds(1));
        assertThat(codes.verify(7, previous, SLOT_START.plusSeconds(9))).isEqualTo(Verdict.VALID);
        assertThat(codes.verify(7, previous, SLOT_START.plusSeconds(10))).isEqualTo(Verdict.VALID);
    }

    @Test
    void aPhotoOfAnOlderCodeIsStale() {
        String previous = codes.codeAt(7, SLOT_START.minusSeconds(1));
        assertThat(codes.verify(7, previous, SLOT_START.plusSeconds(11))).isEqualTo(Verdict.STALE);
        String hourOld = codes.codeAt(7, SLOT_START.minusSeconds(3600));
        assertThat(codes.verify(7, hourOld, SLOT_START)).isEqualTo(Verdict.STALE);
    }

    @Test
    void aCodeOfAnotherActivityDoesNotOpenThisOne() {
        Instant now = SLOT_START.plusSeconds(3);
        assertThat(codes.verify(8, codes.codeAt(7, now), now)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aMadeUpOrAlteredCodeIsForged() {
        Instant now = SLOT_START.plusSeconds(3);
        String real = codes.codeAt(7, now);
        long slot = codes.slot(now);
        String mac = real.substring(real.indexOf('.') + 1);
        assertThat(codes.verify(7, (slot + 1) + "." + mac, now)).as("a later slot with this slot's mac")
                .isEqualTo(Verdict.FORGED);
        assertThat(codes.verify(7, slot + ".AAAAAAAAAAAAAAAA", now)).isEqualTo(Verdict.FORGED);
        assertThat(codes.verify(7, "", now)).isEqualTo(Verdict.FORGED);
        assertThat(codes.verify(7, null, now)).isEqualTo(Verdict.FORGED);
        assertThat(codes.verify(7, "../../etc/passwd", now)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aCodeMadeWithAnotherSecretIsForged() {
        Instant now = SLOT_START.plusSeconds(3);
        CheckinCodes elsewhere = new CheckinCodes(hmac("another server"), Duration.ofSeconds(30),
                Duration.ofSeconds(10));
        assertThat(codes.verify(7, elsewhere.codeAt(7, now), now)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void aCodeFromTheFutureIsForgedEvenWithTheRightMac() {
        Instant later = SLOT_START.plusSeconds(65);
        assertThat(codes.verify(7, codes.codeAt(7, later), SLOT_START)).isEqualTo(Verdict.FORGED);
    }

    @Test
    void theScreenKnowsHowLongTheCodeStays() {
        assertThat(codes.remaining(SLOT_START.plusSeconds(12))).isEqualTo(Duration.ofSeconds(18));
    }

    static Function<String, byte[]> hmac(String key) {
        return text -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
