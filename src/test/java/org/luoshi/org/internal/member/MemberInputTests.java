package org.luoshi.org.internal.member;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An edit sent back with the masked numbers it was shown keeps the stored numbers; anything typed is taken as typed. */
class MemberInputTests {

    static final String PHONE = "13912345678";
    static final String ID = "110105194912310021";

    @Test
    void theMaskedNumbersSentBackUnchangedKeepTheStoredOnes() {
        MemberInput kept = input(" 139****5678 ", "110105********0021").keepingMasked(PHONE, ID);
        assertThat(kept.phone()).isEqualTo(PHONE);
        assertThat(kept.idNumber()).isEqualTo(ID);
        assertThat(kept.name()).isEqualTo("张三");
    }

    @Test
    void aNewNumberOrAnEmptyFieldIsTakenAsTyped() {
        assertThat(input("13800001111", null).keepingMasked(PHONE, ID).phone()).isEqualTo("13800001111");
        assertThat(input("", null).keepingMasked(PHONE, ID).phone()).isEmpty();
        assertThat(input(null, null).keepingMasked(PHONE, ID).idNumber()).isNull();
    }

    @Test
    void aMaskThatIsNotTheStoredNumbersStaysAsTypedSoValidationRefusesIt() {
        assertThat(input("139****0000", null).keepingMasked(PHONE, ID).phone()).isEqualTo("139****0000");
        assertThat(input("139****5678", null).keepingMasked(null, null).phone()).isEqualTo("139****5678");
    }

    private static MemberInput input(String phone, String idNumber) {
        return new MemberInput("张三", null, null, phone, idNumber, null, null, null, null, null);
    }
}
