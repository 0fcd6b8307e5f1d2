package org.luoshi.org.member;

import java.util.concurrent.ThreadLocalRandom;
import org.luoshi.org.internal.member.IdNumber;

/** Valid, practically unique ID numbers for tests that share one database (the number is unique nationwide). */
final class TestIds {

    private TestIds() {
    }

    /** A valid 18-character ID number for someone born on 1 March of {@code year}; odd sequence for men. */
    static String born(int year, boolean man) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int district = random.nextInt(10_000);
        int sequence = random.nextInt(500) * 2 + (man ? 1 : 0);
        int day = 1 + random.nextInt(28);
        String body = String.format("11%04d%04d03%02d%03d", district, year, day, sequence);
        return body + IdNumber.checkChar(body);
    }

    static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
