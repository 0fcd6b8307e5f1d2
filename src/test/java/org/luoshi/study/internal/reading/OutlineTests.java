package org.luoshi.study.internal.reading;

import org.luoshi.shared.text.RichText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The importer, on .docx files this test writes with POI as Word would, and on pasted text. */
class OutlineTests {

    @Test
    void aWordDocumentWithTwoHeadingLevelsBecomesChaptersAndSections() throws IOException {
        byte[] docx = docx(new String[][] {
                {"", "党的二十大报告"}, {"1", "一、过去五年的工作和新时代十年的伟大变革"}, {"", "引言段落。"},
                {"2", "（一）过去五年"}, {"", "第一段。"}, {"", "第二段。"},
                {"2", "（二）十年变革"}, {"", "第三段。"},
                {"1", "二、开辟马克思主义中国化时代化新境界"}, {"2", "（一）新境界"}, {"", "第四段。"}});

        List<SectionDraft> sections = DocxOutline.read("报告.docx", docx, "导语");

        assertThat(sections).extracting(SectionDraft::heading).containsExactly("导语",
                "一、过去五年的工作和新时代十年的伟大变革", "（一）过去五年", "（二）十年变革", "（一）新境界");
        assertThat(sections.get(2).chapter()).isEqualTo("一、过去五年的工作和新时代十年的伟大变革");
        assertThat(sections.get(2).paragraphs()).containsExactly("第一段。", "第二段。");
        assertThat(sections.get(4).chapter()).isEqualTo("二、开辟马克思主义中国化时代化新境界");
        assertThat(sections.get(1).paragraphs()).containsExactly("引言段落。");
    }

    @Test
    void aWordDocumentWithOneHeadingLevelBecomesSections() throws IOException {
        byte[] docx = docx(new String[][] {{"1", "总纲"}, {"", "中国共产党是中国工人阶级的先锋队。"},
                {"1", "第一章 党员"}, {"", "第一条 年满十八岁的中国工人。"}});

        List<SectionDraft> sections = DocxOutline.read("党章.docx", docx, "导语");

        assertThat(sections).extracting(SectionDraft::heading).containsExactly("总纲", "第一章 党员");
        assertThat(sections).extracting(SectionDraft::chapter).containsOnlyNulls();
        assertThat(sections.get(0).charCount()).isEqualTo("中国共产党是中国工人阶级的先锋队。".length());
    }

    @Test
    void aWordDocumentWithoutHeadingsIsRefusedNamingTheFileAndTheFix() throws IOException {
        byte[] docx = docx(new String[][] {{"", "第一章 总则"}, {"", "正文。"}});

        assertThatThrownBy(() -> DocxOutline.read("讲话.docx", docx, "导语")).isInstanceOfSatisfying(
                BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.messageKey()).isEqualTo("study.reading.import.noHeadings");
                    assertThat(e.args()).containsExactly("讲话.docx");
                });
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefused() {
        assertThatThrownBy(() -> DocxOutline.read("讲话.docx", "不是 Word".getBytes(), "导语"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("study.reading.import.notDocx"));
    }

    @Test
    void pastedTextIsSplitByItsHeadingLines() {
        List<SectionDraft> sections = PastedOutline.read("""
                中国共产党章程
                第一章 党员
                第一条 年满十八岁的中国工人、农民。
                第二条 中国共产党党员是中国工人阶级的有共产主义觉悟的先锋战士。
                第二章 党的组织制度
                一、民主集中制
                党是根据自己的纲领和章程组织起来的统一整体。
                """, "导语");

        assertThat(sections).extracting(SectionDraft::heading).containsExactly("导语",
                "第一条 年满十八岁的中国工人、农民。", "第二条 中国共产党党员是中国工人阶级的有共产主义觉悟的先锋战士。",
                "一、民主集中制");
        assertThat(sections.get(1).chapter()).isEqualTo("第一章 党员");
        assertThat(sections.get(3).chapter()).isEqualTo("第二章 党的组织制度");
        assertThat(sections.get(3).paragraphs()).containsExactly("党是根据自己的纲领和章程组织起来的统一整体。");
    }

    @Test
    void pastedTextWithoutHeadingsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> PastedOutline.read("只有一段正文。\n又一段。", "导语"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void aLongLineThatHappensToBeginWithANumberIsAParagraph() {
        assertThat(PastedOutline.line("一、" + "很长的一段正文".repeat(20)).kind()).isEqualTo(OutlineBuilder.Kind.TEXT);
    }

    @Test
    void sectionBodiesAreEscapedParagraphs() {
        assertThat(RichText.paragraphs(List.of("<script>alert(1)</script>正文", "第二段")))
                .doesNotContain("<script>").contains("<p>").contains("第二段");
    }

    /** Rows of {style level ("" for body text, "1", "2" for 标题 1, 标题 2), text}, styled as Word styles them. */
    private static byte[] docx(String[][] rows) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = document.createStyles();
            for (String level : List.of("1", "2")) {
                CTStyle style = CTStyle.Factory.newInstance();
                style.setStyleId("Heading" + level);
                style.setType(STStyleType.PARAGRAPH);
                style.addNewName().setVal("heading " + level);
                style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(Integer.parseInt(level) - 1));
                styles.addStyle(new XWPFStyle(style));
            }
            for (String[] row : rows) {
                var paragraph = document.createParagraph();
                if (!row[0].isEmpty()) {
                    paragraph.setStyle("Heading" + row[0]);
                }
                paragraph.createRun().setText(row[1]);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
