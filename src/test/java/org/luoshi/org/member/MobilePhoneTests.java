package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.org.internal.member.InvalidValue;
import org.luoshi.org.internal.member.MobilePhone;

/** Mobile numbers as people write them become eleven bare digits. */
class MobilePhoneTests {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "138-1234-5678", "+86 138 1234 5678", "8613812345678",
            "+86-13812345678", "008613812345678", "(+86) 13812345678", "１３８１２３４５６７８", " 13812345678 "})
    void acceptsTheUsualWaysOfWritingOneNumber(String written) {
        assertThat(MobilePhone.normalise(written)).isEqualTo("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "010-12345678", "1381234567a", "+1 13812345678"})
    void refusesWhatIsNotAMainlandMobileNumber(String written) {
        assertThatThrownBy(() -> MobilePhone.normalise(written)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.messageKey()).isEqualTo("member.phone.format"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u3000"})
    void nothingTypedIsNoPhone(String written) {
        assertThat(MobilePhone.normalise(written)).isNull();
    }
}
