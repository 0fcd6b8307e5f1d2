package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.shared.error.BusinessException;
import org.springframework.context.MessageSourceResolvable;

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

    @ParameterizedTest
    @ValueSource(strings = {"Password123", "qwertyuiop1", "1234567890a", "aaaaaaaaa1", "Password2026!",
            "iloveyou123", "abc123abc123"})
    void refusesCommonLeakedAndPatternedPasswords(String password) {
        assertRefused(password, "password.weak");
    }

    @Test
    void saysWhyInTheWordsOfOurBundle() {
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "Password123", "newPassword"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    MessageSourceResolvable reason = (MessageSourceResolvable) e.args()[0];
                    org.assertj.core.api.Assertions.assertThat(reason.getCodes()[0])
                            .isEqualTo("password.weak.dictionary.warning.passwords.veryCommon");
                });
        assertThatThrownBy(() -> PasswordPolicy.check("zhangsan", "qwertyuiop1", "newPassword"))
                .isInstanceOfSatisfying(BusinessException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(((MessageSourceResolvable) e.args()[0]).getCodes()[0])
                        .isEqualTo("password.weak.dictionary.warning.passwords.similar"));
    }

    @Test
    void everyWarningZxcvbnCanGiveHasChineseWords() throws Exception {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/i18n/identity.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (java.lang.reflect.Field constant : com.nulabinc.zxcvbn.Feedback.class.getFields()) {
            String key = (String) constant.get(null);
            if (key.contains(".warning.")) {
                org.assertj.core.api.Assertions.assertThat(bundle.getProperty(
                        "password.weak." + key.replaceFirst("^feedback\\.", ""))).as(key).isNotBlank();
            }
        }
    }

    @Test
    void acceptsTheExampleTheMessageGives() {
        assertThatCode(() -> PasswordPolicy.check("zhangsan", "银杏-晨练-书法-1962", "newPassword"))
                .doesNotThrowAnyException();
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
