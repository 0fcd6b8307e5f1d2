package org.luoshi.e2e;

import java.util.concurrent.atomic.AtomicInteger;

/** Citizen ID numbers for test members, valid per GB 11643 (region, birth date, sequence, ISO 7064 check digit). */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    // a different sequence on each run, so a rerun against the same database is not a duplicate
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

    private IdNumbers() {
    }

    /** A valid number for someone born on {@code yyyymmdd} in the region {@code regionCode}. */
    static String valid(String regionCode, String yyyymmdd) {
        return valid(regionCode, yyyymmdd, SEQUENCE.get() % 2 == 1);
    }

    /** The same, for a man or a woman: the sequence's last digit is odd for men and even for women (GB 11643). */
    static String valid(String regionCode, String yyyymmdd, boolean male) {
        int sequence = SEQUENCE.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
        String body = regionCode + yyyymmdd + String.format("%03d", sequence);
        return body + checkDigit(body);
    }

    /** The same number with a wrong last digit, as a typing slip would give. */
    static String withWrongCheckDigit(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
