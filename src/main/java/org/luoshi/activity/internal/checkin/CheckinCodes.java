package org.luoshi.activity.internal.checkin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * 签到二维码: the code on the venue's screen for one activity and one time slot ({@code rotation} long), written as
 * {@code slot.mac} where mac is a keyed hash of (activity, slot) under the server's secret. Nothing is stored per
 * slot: any node recomputes and compares. A photo of the screen sent around stops working once its slot and the
 * grace after it have passed; a code for another activity, an altered slot or a made-up mac never verifies.
 */
public final class CheckinCodes {

    /** What a scanned code turned out to be. */
    public enum Verdict { VALID, STALE, FORGED }

    private static final Pattern SHAPE = Pattern.compile("\\d{1,12}\\.[A-Za-z0-9_-]{16}");
    private static final int MAC_BYTES = 12;

    private final Function<String, byte[]> mac;
    private final long rotationMillis;
    private final long graceMillis;

    /** @param mac the server's keyed hash (HMAC-SHA256 under a key every node shares) */
    public CheckinCodes(Function<String, byte[]> mac, Duration rotation, Duration grace) {
        this.mac = mac;
        this.rotationMillis = rotation.toMillis();
        this.graceMillis = grace.toMillis();
    }

    public long slot(Instant at) {
        return Math.floorDiv(at.toEpochMilli(), rotationMillis);
    }

    /** The code the screen shows at this moment. */
    public String codeAt(long activityId, Instant at) {
        long slot = slot(at);
        return slot + "." + mac(activityId, slot);
    }

    /** How long the current code stays on the screen. */
    public Duration remaining(Instant at) {
        return Duration.ofMillis(rotationMillis - Math.floorMod(at.toEpochMilli(), rotationMillis));
    }

    public Duration rotation() {
        return Duration.ofMillis(rotationMillis);
    }

    public Verdict verify(long activityId, String code, Instant at) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            return Verdict.FORGED;
        }
        int dot = code.indexOf('.');
        long slot = Long.parseLong(code.substring(0, dot));
        byte[] given = code.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(activityId, slot).getBytes(StandardCharsets.US_ASCII);
        long current = slot(at);
        if (!MessageDigest.isEqual(given, expected) || slot > current) {
            return Verdict.FORGED;
        }
        if (slot == current) {
            return Verdict.VALID;
        }
        long sinceReplaced = at.toEpochMilli() - (slot + 1) * rotationMillis;
        return sinceReplaced <= graceMillis ? Verdict.VALID : Verdict.STALE;
    }

    private String mac(long activityId, long slot) {
        byte[] full = mac.apply("activity.checkin|" + activityId + "|" + slot);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, MAC_BYTES));
    }
}
