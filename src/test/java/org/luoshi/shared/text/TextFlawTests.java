package org.luoshi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFlawTests {

    @Test
    void chineseTextEmojiAndLineBreaksAreText() {
        assertThat(TextFlaw.of("张三\t李四\r\n王五 😀 𠀀")).isNull();
        assertThat(TextFlaw.of(null)).isNull();
    }

    @Test
    void nulAndOtherControlCharactersAreRefused() {
        assertThat(TextFlaw.of("a\u0000b")).isEqualTo(TextFlaw.CONTROL_CHARACTER);
        assertThat(TextFlaw.of("a\u001Bb")).isEqualTo(TextFlaw.CONTROL_CHARACTER);
        assertThat(TextFlaw.of("a\u0085b")).isEqualTo(TextFlaw.CONTROL_CHARACTER);
    }

    @Test
    void directionOverridesThatDisguiseANameAreRefused() {
        assertThat(TextFlaw.of("报告\u202Egpj.exe")).isEqualTo(TextFlaw.BIDI_CONTROL);
        assertThat(TextFlaw.of("\u2066x\u2069")).isEqualTo(TextFlaw.BIDI_CONTROL);
    }

    @Test
    void halfASurrogatePairIsRefusedWhereverItStands() {
        assertThat(TextFlaw.of("王\uD800")).isEqualTo(TextFlaw.LONE_SURROGATE);
        assertThat(TextFlaw.of("\uDC00王")).isEqualTo(TextFlaw.LONE_SURROGATE);
        assertThat(TextFlaw.of("\uD800\uD800\uDC00")).isEqualTo(TextFlaw.LONE_SURROGATE);
    }
}
