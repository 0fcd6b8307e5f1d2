package org.luoshi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What survives of a plan body pasted from Word, typed without JavaScript, or sent with hostile markup. */
class RichTextTests {

    private static final String FROM_WORD = """
            <p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312;font-size:16pt'>\
            为深入学习宣传贯彻<b><span lang=EN-US>党的精神</span></b>，制定本方案。</span></p>
            <p class=MsoListParagraph style='margin-left:18pt;mso-list:l0 level1 lfo1'><span \
            style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span>组织集中学习</p>
            <p class=MsoListParagraph style='margin-left:18pt;mso-list:l0 level1 lfo1'><span \
            style='mso-list:Ignore'>2.<span>&nbsp;</span></span>开展宣讲活动</p>
            <p class=MsoNormal><o:p>&nbsp;</o:p></p>
            <table><tr><td>表格</td></tr></table><img src="x" onerror="alert(1)"><script>alert(1)</script>
            """;

    @Test
    void pastingFromWordKeepsParagraphsBoldAndListsAndDropsTheRest() {
        String clean = RichText.sanitise(FROM_WORD).replaceAll("\\s+", "");
        assertThat(clean).contains("<p>为深入学习宣传贯彻<strong>党的精神</strong>，制定本方案。</p>")
                .contains("<ol><li>组织集中学习</li><li>开展宣讲活动</li></ol>")
                .doesNotContain("style", "class", "span", "font", "1.", "script", "onerror", "<img", "<table",
                        "alert");
    }

    @Test
    void bulletsPastedFromWordBecomeAnUnorderedList() {
        String clean = RichText.sanitise("<p style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>·</span>"
                + "一项</p>").replaceAll("\\s+", "");
        assertThat(clean).isEqualTo("<ul><li>一项</li></ul>");
    }

    @Test
    void plainTextFromTheFormWithoutJavaScriptKeepsItsLinesAsParagraphs() {
        assertThat(RichText.sanitise("第一段\n\n第二段 & 结尾\n")).isEqualTo("<p>第一段</p>\n<p>第二段 &amp; 结尾</p>\n");
    }

    @Test
    void looseTextBecomesAParagraphAndEmptyParagraphsGo() {
        String clean = RichText.sanitise("<ol><li>一条</li></ol><table><tr><td>表格里的字</td></tr></table>"
                + "<b>加粗</b>接着<p></p><p> </p>").replaceAll("\\s+", "");
        assertThat(clean).isEqualTo("<ol><li>一条</li></ol><p>表格里的字<strong>加粗</strong>接着</p>");
    }

    @Test
    void plainTextKeepsEachParagraphAndListItemOnItsOwnLine() {
        assertThat(RichText.plain("<p>一、<strong>学习</strong> &amp; 宣传</p><ul><li>甲</li><li>乙</li></ul>"))
                .isEqualTo("一、学习 & 宣传\n甲\n乙");
        assertThat(RichText.plain(null)).isEmpty();
    }
}
