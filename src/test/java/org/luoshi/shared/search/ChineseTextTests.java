package org.luoshi.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTextTests {

    @Test
    void segmentsChineseIntoWordsNotCharacters() {
        assertThat(ChineseText.terms("老科协 创新")).contains("创新").doesNotContain("创", "新");
        assertThat(ChineseText.terms("典型 乡村振兴")).containsExactly("典型", "乡村", "振兴");
    }

    @Test
    void theWordsOfOnePartStandSideBySideAndThePartsAreAllRequired() {
        assertThat(ChineseText.tsquery("老科协 创新")).isEqualTo("('老' <-> '科协') & '创新'");
        assertThat(ChineseText.tsquery("乡村振兴")).isEqualTo("('乡村' <-> '振兴')");
    }

    @Test
    void aQueryOfPunctuationOnlySearchesNothing() {
        assertThat(ChineseText.tsquery("，。！  ")).isEmpty();
        assertThat(ChineseText.tsquery(null)).isEmpty();
    }

    @Test
    void titleWordsComeFirstWeightedAAndTheBodyFollowsAtItsPositions() {
        assertThat(ChineseText.tsvector("乡村振兴", "创新 乡村")).isEqualTo("'乡村':1A,5 '振兴':2A '创新':4");
    }

    @Test
    void wordsAcrossPunctuationOrALineBreakAreNoPhrase() {
        // 二十 ends a sentence and 大 starts the next: 二十大 must not match across the full stop
        assertThat(ChineseText.tsvector("", "二十。大")).isEqualTo("'二':1 '十':2 '大':4 '二十':1");
        assertThat(ChineseText.tsvector("", "二十\n大")).isEqualTo("'二':1 '十':2 '大':4 '二十':1");
    }

    @Test
    void aNameCutIntoSingleCharactersIsAlsoIndexedAndAskedForJoined() {
        // smartcn does not know 二十大 and cuts it 二 十 大: the query asks for one rare term, not three common ones
        assertThat(ChineseText.tsvector("", "二十大宣讲"))
                .isEqualTo("'二':1 '十':2 '大':3 '宣讲':4 '二十':1 '二十大':1 '十大':2");
        assertThat(ChineseText.tsquery("二十大 宣讲")).isEqualTo("'二十大' & '宣讲'");
        assertThat(ChineseText.tsquery("学习二十大精神")).isEqualTo("('学习' <-> '二十大' <3> '精神')");
        // 大宣 is asked for joined; 最大宣传 has no such run (宣传 is one word)
        assertThat(ChineseText.tsquery("大宣")).isEqualTo("'大宣'");
        assertThat(ChineseText.tsvector("", "最大宣传")).doesNotContain("大宣");
    }

    @Test
    void aLongPartAsksForAllItsWordsAndARepeatedPartCountsOnce() {
        assertThat(ChineseText.phrases("老科协 老科协 创新")).containsExactly(List.of("老", "科协"), List.of("创新"));
        assertThat(ChineseText.tsquery("中国老科协积极推进科技创新")).isEqualTo(
                "'中国' & '老' & '科协' & '积极' & '推进' & '科技' & '创新'");
    }

    @Test
    void hostileTextBecomesQuotedWordsOnly() {
        assertThat(ChineseText.tsquery("a' | b & !c:* <-> (d)")).isEqualTo("'a' & 'b' & 'c' & 'd'");
        assertThat(ChineseText.tsquery("it's")).doesNotContain("|");
    }
}
