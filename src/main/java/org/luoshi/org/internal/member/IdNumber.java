package org.luoshi.org.internal.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;
import org.luoshi.shared.text.TextNormalizer;

/**
 * 公民身份号码 per GB 11643-1999: six digits of region, eight of birth date, three of sequence (odd for men),
 * and a check character computed with ISO 7064 MOD 11-2.
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** The first two digits of a GB/T 2260 region: provinces, plus 71 台湾, 81 香港, 82 澳门. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82");

    /** Cleans what was typed (full-width digits, spaces, a lowercase x) and checks it; throws {@link InvalidValue}. */
    public static IdNumber parse(String raw, LocalDate today) {
        String id = normalise(raw);
        if (id == null) {
            return null;
        }
        if (id.length() != 18) {
            throw new InvalidValue("member.idNumber.length", id.length());
        }
        if (!id.substring(0, 17).chars().allMatch(Character::isDigit) || !isCheckChar(id.charAt(17))) {
            throw new InvalidValue("member.idNumber.characters");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw new InvalidValue("member.idNumber.region", id.substring(0, 6));
        }
        LocalDate born = birthDateOf(id);
        if (born == null || born.isAfter(today) || born.getYear() < 1880) {
            throw new InvalidValue("member.idNumber.birthDate", id.substring(6, 14));
        }
        char expected = checkChar(id);
        if (id.charAt(17) != expected) {
            throw new InvalidValue("member.idNumber.checksum");
        }
        return new IdNumber(id);
    }

    /** Half-width, no spaces, uppercase X; null when nothing was typed. */
    public static String normalise(String raw) {
        String compact = TextNormalizer.compact(raw);
        return compact == null ? null : compact.replace('x', 'X');
    }

    /** The check character for the first 17 digits. */
    public static char checkChar(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The 17th digit is odd for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.M : Gender.F;
    }

    private static boolean isCheckChar(char c) {
        return Character.isDigit(c) || c == 'X';
    }

    private static LocalDate birthDateOf(String id) {
        try {
            return LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
