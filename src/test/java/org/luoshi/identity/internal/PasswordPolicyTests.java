package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;

class PasswordPolicyTests {

    @Test
    void acceptsTenCharactersOfTwoClasses() {
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "laokexie2026", "newPassword"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "落实工作-扎实推进-见效", "newPassword"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        assertRefused("abc-12345", "password.tooShort");
    }

    @Test
    void refusesPasswordContainingTheUsernameWhateverTheCase() {
        assertRefused("ZhangSan-2026!", "password.containsUsername");
    }

    @Test
    void refusesOneCharacterClassOnly() {
        assertRefused("abcdefghijkl", "password.tooSimple");
        assertRefused("123456789012", "password.tooSimple");
        assertRefused("!!!!----####", "password.tooSimple");
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        assertRefused("a1".repeat(37), "password.tooLong");
    }

    @Test
    void namesTheFieldToCorrect() {
        assertThatThrownBy(() -> PasswordPolicy.check("u", "short", "newPassword"))
                .isInstanceOfSatisfying(BusinessException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.field()).isEqualTo("newPassword"));
    }

    private static void assertRefused(String password, String key) {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", password, "newPassword"))
                .isInstanceOfSatisfying(BusinessException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.messageKey()).isEqualTo(key));
    }
}
