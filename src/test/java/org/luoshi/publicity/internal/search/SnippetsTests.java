package org.luoshi.publicity.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.search.ChineseText;

class SnippetsTests {

    @Test
    void marksTheQueryWordsInTheTitle() {
        assertThat(Snippets.highlight("中国老科协推进科技创新", ChineseText.phrases("老科协 创新")))
                .isEqualTo("中国<mark>老科协</mark>推进科技<mark>创新</mark>");
    }

    @Test
    void marksAPhraseOnlyWhereItsWordsStandTogether() {
        // 大 of 最大 is not the 大 of 二十大
        assertThat(Snippets.highlight("以最大力度宣讲二十大精神", ChineseText.phrases("二十大 宣讲")))
                .isEqualTo("以最大力度<mark>宣讲</mark><mark>二十大</mark>精神");
    }

    @Test
    void theSnippetStandsAroundTheFirstMatchAndSaysItIsCut() {
        String body = "开头的话。".repeat(40) + "全省老科协积极服务乡村振兴。" + "结尾的话。".repeat(40);
        String snippet = Snippets.snippet(body, ChineseText.phrases("乡村振兴"));
        assertThat(snippet).startsWith("…").endsWith("…").contains("服务<mark>乡村振兴</mark>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "").length())
                .isLessThanOrEqualTo(Snippets.WIDTH + 2);
    }

    @Test
    void charactersOfAWordInAnotherSenseAreNotMarked() {
        // 科学家协会 holds 科 and 协 but not the word 科协
        assertThat(Snippets.snippet("老科学家协会召开会议", ChineseText.phrases("科协")))
                .isEqualTo("老科学家协会召开会议").doesNotContain("<mark>");
    }

    @Test
    void everythingButTheMarksIsEscaped() {
        String snippet = Snippets.snippet("<script>alert('老科协')</script> & 老科协 <b>创新</b>",
                ChineseText.phrases("老科协"));
        assertThat(snippet).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "&amp;")
                .contains("<mark>老科协</mark>");
    }

    @Test
    void withoutAMatchTheBeginningIsShown() {
        assertThat(Snippets.snippet("第一段。\n第二段。", ChineseText.phrases("乡村振兴"))).isEqualTo("第一段。 第二段。");
        assertThat(Snippets.snippet("", ChineseText.phrases("乡村振兴"))).isEmpty();
    }
}
