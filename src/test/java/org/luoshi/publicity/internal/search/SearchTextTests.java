package org.luoshi.publicity.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void punctuationOnlyIsTypedButHasNoWordToSearch() {
        SearchText text = SearchText.of("，。！？……");
        assertThat(text.typed()).isTrue();
        assertThat(text.hasWords()).isFalse();
        assertThat(SearchText.of(null).typed()).isFalse();
        assertThat(SearchText.of("   ").typed()).isFalse();
    }

    @Test
    void aVeryLongQueryIsCutAndSaysSo() {
        SearchText text = SearchText.of("乡村振兴".repeat(100));
        assertThat(text.cut()).isTrue();
        assertThat(text.text().codePointCount(0, text.text().length())).isEqualTo(SearchText.MAX_LENGTH);
        assertThat(SearchText.of("老科协 创新").cut()).isFalse();
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreDropped() {
        SearchText text = SearchText.of("老科协\u0000\ud800创新\u200b");
        assertThat(text.text()).doesNotContain("\u0000", "\ud800", "\u200b");
        assertThat(text.tsquery()).isEqualTo("('老' <-> '科协') & '创新'");
    }

    @Test
    void theCutNeverSplitsACharacterOutsideTheBmp() {
        SearchText text = SearchText.of("𠀀".repeat(SearchText.MAX_LENGTH + 5));
        assertThat(text.text().codePointCount(0, text.text().length())).isEqualTo(SearchText.MAX_LENGTH);
    }
}
