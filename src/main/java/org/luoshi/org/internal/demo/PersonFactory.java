package org.luoshi.org.internal.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Makes up people who look real: Chinese names, mainland mobile numbers, valid and unique ID numbers. */
final class PersonFactory {

    // mobile prefixes that the three carriers really issue
    private static final int[] MOBILE_PREFIXES = {130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153,
        155, 156, 157, 158, 159, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 199};
    private static final double SINGLE_CHARACTER_GIVEN_NAMES = 0.3;

    private final Vocabulary vocabulary;
    private final Random random;
    private final Set<String> issuedMobiles = new HashSet<>();
    private final Set<String> issuedIdNumbers = new HashSet<>();

    PersonFactory(Vocabulary vocabulary, Random random) {
        this.vocabulary = vocabulary;
        this.random = random;
    }

    String name(boolean male) {
        String characters = vocabulary.givenCharacters.get(male);
        String first = String.valueOf(characters.charAt(random.nextInt(characters.length())));
        if (random.nextDouble() < SINGLE_CHARACTER_GIVEN_NAMES) {
            return vocabulary.surnames.pick(random) + first;
        }
        String second;
        do {
            second = String.valueOf(characters.charAt(random.nextInt(characters.length())));
        } while (second.equals(first));
        return vocabulary.surnames.pick(random) + first + second;
    }

    String mobile() {
        String mobile;
        do {
            mobile = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
        } while (!issuedMobiles.add(mobile));
        return mobile;
    }

    String idNumber(String regionCode, LocalDate birthDate, boolean male) {
        String idNumber;
        do {
            idNumber = ResidentIdNumber.of(regionCode, birthDate, 1 + random.nextInt(999), male);
        } while (!issuedIdNumbers.add(idNumber));
        return idNumber;
    }

    Random random() {
        return random;
    }
}
