package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The firewall's loop must refuse and allow exactly what Spring Security's regular expressions did. */
class FirewallCharactersTests {

    // the expressions of StrictHttpFirewall (spring-security-web 7.1) for header names and header values
    static final Pattern NAME = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    static final Pattern VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void agreesWithSpringSecuritysExpressionsOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = "a" + new String(Character.toChars(c)) + "b";
            assertThat(SecurityConfiguration.printable(text, false)).as("U+%04X in a name", c)
                    .isEqualTo(NAME.matcher(text).matches());
            assertThat(SecurityConfiguration.printable(text, true)).as("U+%04X in a value", c)
                    .isEqualTo(VALUE.matcher(text).matches());
        }
    }

    @Test
    void refusesHeaderInjectionAndAllowsChinese() {
        assertThat(SecurityConfiguration.printable("a\r\nSet-Cookie: x", true)).isFalse();
        assertThat(SecurityConfiguration.printable("中国老科协 2026", false)).isTrue();
        assertThat(SecurityConfiguration.printable("a\tb", true)).isTrue();
        assertThat(SecurityConfiguration.printable("a\tb", false)).isFalse();
    }
}
