package org.luoshi.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookTitleTests {

    @Test
    void aCoveringNoticeIsCitedByThePlanItIssues() {
        assertThat(BookTitle.cite("关于印发《学习宣传贯彻工作方案》的通知")).isEqualTo("学习宣传贯彻工作方案");
        assertThat(BookTitle.cite("关于转发《老科协工作要点》的通知")).isEqualTo("老科协工作要点");
    }

    @Test
    void marksInsideOtherTitlesBecomeTheInnerForm() {
        assertThat(BookTitle.cite("落实《条例》和《意见》的方案")).isEqualTo("落实〈条例〉和〈意见〉的方案");
    }

    @Test
    void aPlainTitleIsCitedAsItIs() {
        assertThat(BookTitle.cite(" 学习宣传贯彻工作方案 ")).isEqualTo("学习宣传贯彻工作方案");
    }
}
