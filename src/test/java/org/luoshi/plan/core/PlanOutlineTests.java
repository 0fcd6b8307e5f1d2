package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.internal.DocNumber;
import org.luoshi.plan.internal.PlanOutline;
import org.luoshi.shared.error.BusinessException;

class PlanOutlineTests {

    @Test
    void numberedParagraphsBecomeLevelsAndTheRestBodyText() {
        PlanOutline.Outline outline = PlanOutline.parse(List.of("通知标题", "", "前言一段。", "一、指导思想", "正文。",
                "(一)做好统筹部署", "1．专题学习", "二、组织实施"));
        assertThat(outline.title()).isEqualTo("通知标题");
        assertThat(outline.preamble()).containsExactly("前言一段。");
        assertThat(outline.headings()).extracting(PlanOutline.Heading::level).containsExactly(1, 2, 3, 1);
        assertThat(outline.headings()).extracting(PlanOutline.Heading::numbering)
                .containsExactly("一、", "（一）", "1.", "二、");
        assertThat(outline.headings()).extracting(PlanOutline.Heading::parent).containsExactly(null, 0, 1, null);
        assertThat(outline.headings().get(0).body()).containsExactly("正文。");
    }

    @Test
    void yearOfTheDocNumberIsReadFromItsBrackets() {
        assertThat(DocNumber.yearOf("中老科协发〔2022〕15号")).isEqualTo(2022);
        assertThat(DocNumber.yearOf("中老科协发[2023]1号")).isEqualTo(2023);
        assertThat(DocNumber.yearOf(" ")).isNull();
        assertThatThrownBy(() -> DocNumber.yearOf("中老科协发15号")).isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("field", "docNumber");
    }
}
