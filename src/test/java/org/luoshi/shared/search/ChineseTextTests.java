package org.luoshi.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTests {

    @Test
    void segmentsChineseIntoWordsNotCharacters() {
        assertThat(ChineseText.terms("老科协 创新")).contains("创新").doesNotContain("创", "新");
        assertThat(ChineseText.terms("典型 乡村振兴")).containsExactly("典型", "乡村", "振兴");
    }

    @Test
    void theWordsOfOnePartStandSideBySideAndThePartsAreAllRequired() {
        assertThat(ChineseText.tsquery("二十大 宣讲")).isEqualTo("('二' <-> '十' <-> '大') & '宣讲'");
    }

    @Test
    void aQueryOfPunctuationOnlySearchesNothing() {
        assertThat(ChineseText.tsquery("，。！  ")).isEmpty();
        assertThat(ChineseText.tsquery(null)).isEmpty();
    }

    @Test
    void titleWordsComeFirstWeightedAAndTheBodyFollowsAtItsPositions() {
        assertThat(ChineseText.tsvector("乡村振兴", "创新 乡村")).isEqualTo("'乡村':1A,4 '振兴':2A '创新':3");
    }
}
