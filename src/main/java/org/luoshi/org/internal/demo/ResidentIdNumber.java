package org.luoshi.org.internal.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** 居民身份证号码 per GB 11643: region, birth date, sequence (odd for men), ISO 7064 MOD 11-2 check character. */
final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ResidentIdNumber() {
    }

    /** {@code sequence} 1–999; its parity must match the gender, which {@code male} enforces. */
    static String of(String regionCode, LocalDate birthDate, int sequence, boolean male) {
        int adjusted = sequence % 2 == (male ? 1 : 0) ? sequence : sequence - 1;
        if (adjusted <= 0) {
            adjusted += 2;
        }
        String body = regionCode + birthDate.format(BASIC_DATE) + String.format("%03d", adjusted);
        return body + checkCharacter(body);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
