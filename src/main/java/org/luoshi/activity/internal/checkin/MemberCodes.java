package org.luoshi.activity.internal.checkin;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 会员签到码: each member's own code, which staff scan at the door. It is 20 random characters of an alphabet without
 * look-alikes (about 100 bits: not guessable, short enough to type from a printed card when a camera fails), not the
 * member id. It is made the first time it is shown; renewing it makes the old one (a lost card) useless.
 */
@Component
public class MemberCodes {

    /** What the QR code says: a prefix that tells it from other codes, then the token. */
    public static final String PREFIX = "LSM:";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final Pattern TOKEN = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The member's token, made now if they have none. */
    public String tokenOf(long memberId) {
        jdbc.sql("""
                insert into activity_member_code (member_id, token, created_at) values (?, ?, ?)
                on conflict (member_id) do nothing
                """).params(memberId, newToken(), Timestamp.from(clock.instant())).update();
        return jdbc.sql("select token from activity_member_code where member_id = ?").param(memberId)
                .query(String.class).single();
    }

    String renew(long memberId) {
        String token = newToken();
        jdbc.sql("""
                insert into activity_member_code (member_id, token, created_at) values (?, ?, ?)
                on conflict (member_id) do update set token = excluded.token, created_at = excluded.created_at
                """).params(memberId, token, Timestamp.from(clock.instant())).update();
        return token;
    }

    /** The member a scanned or typed code names: with or without the prefix, in any case, spaces ignored. */
    Optional<Long> memberOf(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String token = scanned.strip().toUpperCase().replace(" ", "").replace("-", "");
        if (token.startsWith(PREFIX)) {
            token = token.substring(PREFIX.length());
        }
        if (!TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("select member_id from activity_member_code where token = ?").param(token)
                .query(Long.class).optional();
    }

    private static String newToken() {
        StringBuilder token = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }
}
