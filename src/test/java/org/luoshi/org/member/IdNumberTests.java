package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.luoshi.org.internal.member.Gender;
import org.luoshi.org.internal.member.IdNumber;
import org.luoshi.org.internal.member.InvalidValue;

/** 身份证号 per GB 11643-1999. */
class IdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** The example printed in GB 11643-1999 itself. */
    static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void acceptsTheStandardsOwnExample() {
        IdNumber id = IdNumber.parse(STANDARD_EXAMPLE, TODAY);
        assertThat(id.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.gender()).isEqualTo(Gender.F);
    }

    @Test
    void acceptsLowercaseXAndNormalisesItToUppercase() {
        assertThat(IdNumber.parse("11010519491231002x", TODAY).value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void acceptsFullWidthDigitsAndStraySpaces() {
        assertThat(IdNumber.parse(" １１０１０５ １９４９１２３１ ００２ｘ ", TODAY).value()).isEqualTo(STANDARD_EXAMPLE);
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertRefused("110105194912310021", "member.idNumber.checksum");
    }

    @Test
    void refusesWrongLengthsIncludingOldFifteenDigitNumbers() {
        assertRefused("110105491231002", "member.idNumber.length");
        assertRefused("11010519491231002X1", "member.idNumber.length");
    }

    @Test
    void refusesLettersOtherThanAFinalX() {
        assertRefused("1101051949123100AX", "member.idNumber.characters");
        assertRefused("11010519491231002Y", "member.idNumber.characters");
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        String body = "11010519490231002";
        assertRefused(body + IdNumber.checkChar(body), "member.idNumber.birthDate");
    }

    @Test
    void refusesAnUnknownRegion() {
        String body = "99010519491231002";
        assertRefused(body + IdNumber.checkChar(body), "member.idNumber.region");
    }

    @Test
    void nothingTypedIsNoIdNumber() {
        assertThat(IdNumber.parse("  ", TODAY)).isNull();
    }

    @Property
    void everyWellFormedNumberPasses(@ForAll("validIds") String id) {
        assertThat(IdNumber.parse(id, TODAY).value()).isEqualTo(id);
    }

    @Property
    void everySingleDigitChangeIsCaught(@ForAll("validIds") String id, @ForAll @IntRange(max = 16) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char changed = (char) ('0' + (id.charAt(position) - '0' + shift) % 10);
        String typo = id.substring(0, position) + changed + id.substring(position + 1);
        assertThatThrownBy(() -> IdNumber.parse(typo, TODAY)).isInstanceOf(InvalidValue.class);
    }

    @Provide
    Arbitrary<String> validIds() {
        Arbitrary<String> province = Arbitraries.of("11", "31", "32", "44", "51", "61", "65");
        Arbitrary<String> district = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<LocalDate> born = Arbitraries.integers().between(0, 30_000)
                .map(days -> LocalDate.of(1920, 1, 1).plusDays(days));
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, district, born, sequence).as((p, d, b, s) -> {
            String body = p + d + String.format("%04d%02d%02d", b.getYear(), b.getMonthValue(), b.getDayOfMonth())
                    + s;
            return body + IdNumber.checkChar(body);
        });
    }

    private static void assertRefused(String id, String key) {
        assertThatThrownBy(() -> IdNumber.parse(id, TODAY)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
