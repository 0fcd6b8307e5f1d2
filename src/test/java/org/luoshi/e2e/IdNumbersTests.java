package org.luoshi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The test data must be right before a test can blame the import for rejecting it. */
class IdNumbersTests {

    @Test
    void checkDigitsMatchPublishedExamples() {
        assertThat(IdNumbers.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkDigit("44052418800101001")).isEqualTo('4');
    }

    @Test
    void generatedNumbersCarryRegionAndBirthDateAndAValidCheckDigit() {
        String id = IdNumbers.valid("330106", "19520314");

        assertThat(id).hasSize(18).startsWith("33010619520314");
        assertThat(id.charAt(17)).isEqualTo(IdNumbers.checkDigit(id.substring(0, 17)));
        assertThat(IdNumbers.withWrongCheckDigit(id).charAt(17)).isNotEqualTo(id.charAt(17));
    }

    @Test
    void theSequencesLastDigitTellsTheGenderAsTheImporterChecksIt() {
        for (int i = 0; i < 20; i++) {
            assertThat(IdNumbers.valid("330106", "19520314", true).charAt(16) % 2).isEqualTo(1);
            assertThat(IdNumbers.valid("330106", "19520314", false).charAt(16) % 2).isEqualTo(0);
        }
    }
}
