package org.luoshi.publicity.internal.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The Word document, read back with XWPF: the customary layout from the shipped template, and an own template. */
class BriefingDocumentTests {

    static Briefing briefing() {
        Briefing b = new Briefing(5, 10, "/1/10/", 0);
        b.restore(2026, 3, "工作简报", "浙江省老科协办公室", LocalDate.of(2026, 12, 7), "本期编发两篇。\n请各地学习借鉴。",
                "中国老科协", "", "各市、县老科协", BriefingStatus.DRAFT, null, null, null, List.of(
                        new Briefing.Item(1, 11L, "西湖区创新服务乡村振兴", "<p>第一段。</p><p>第二段<strong>加粗</strong>。</p>",
                                "西湖区老科协"),
                        new Briefing.Item(2, 12L, "杭州宣讲二十大精神", "<ul><li>要点一</li><li>要点二</li></ul>", "")));
        return b;
    }

    static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void theShippedTemplatePrintsTheCustomaryLayout() throws Exception {
        BriefingDocument printer = new BriefingDocument(new BriefingProperties(
                new ClassPathResource("publicity/briefing-template.docx")));
        try (XWPFDocument doc = read(printer.render(briefing()))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();
            // red masthead, large and centred
            XWPFParagraph masthead = ps.get(0);
            assertThat(masthead.getText()).isEqualTo("工作简报");
            assertThat(masthead.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(masthead.getRuns().get(0).getColor()).isEqualTo("FF0000");
            assertThat(masthead.getRuns().get(0).getFontSizeAsDouble()).isGreaterThanOrEqualTo(36.0);
            assertThat(texts.get(1)).isEqualTo("第3期");
            // 编印单位 and the date on one line, over a red rule
            assertThat(texts.get(2)).isEqualTo("浙江省老科协办公室\t2026年12月7日");
            assertThat(ps.get(2).getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue()).isEqualTo("FF0000");
            assertThat(texts.get(3)).isEqualTo("编者按：本期编发两篇。\n请各地学习借鉴。");
            // the items in order: title bold and centred, its paragraphs, the source where there is one
            int first = texts.indexOf("西湖区创新服务乡村振兴");
            int second = texts.indexOf("杭州宣讲二十大精神");
            assertThat(first).isPositive().isLessThan(second);
            assertThat(ps.get(first).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(ps.get(first).getRuns().get(0).isBold()).isTrue();
            assertThat(texts.subList(first + 1, second)).containsExactly("第一段。", "第二段加粗。", "（来源：西湖区老科协）");
            assertThat(texts.subList(second + 1, second + 3)).containsExactly("要点一", "要点二");
            // the foot: 报 and 发, no empty 送 line, and the printing line
            assertThat(texts).contains("报：中国老科协", "发：各市、县老科协", "浙江省老科协办公室\t2026年12月7日印发")
                    .noneMatch(t -> t.startsWith("送："));
            assertThat(texts.indexOf("报：中国老科协")).isGreaterThan(second);
            assertThat(String.join("\n", texts)).doesNotContain("${");
        }
    }

    @Test
    void anAssociationsOwnTemplateIsFilledEvenWherePlaceholdersAreSplitAcrossRunsOrSitInATable() throws Exception {
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph head = doc.createParagraph();
            head.createRun().setText("${简报");
            head.createRun().setText("名称}（${年度}年第${期号}期）");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).getParagraphs().get(0).createRun().setText("${编印单位}");
            table.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("${日期}");
            doc.createParagraph().createRun().setText("【${稿件标题}】");
            doc.createParagraph().createRun().setText("${稿件正文}");
            doc.createParagraph().createRun().setText("——${稿件来源}");
            doc.createParagraph().createRun().setText("送：${送}");
            doc.write(own);
        }
        BriefingDocument printer = new BriefingDocument(new BriefingProperties(new ByteArrayResource(own.toByteArray())));
        try (XWPFDocument doc = read(printer.render(briefing()))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo("工作简报（2026年第3期）");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getText()).isEqualTo("浙江省老科协办公室");
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("2026年12月7日");
            assertThat(texts).containsSubsequence("【西湖区创新服务乡村振兴】", "第一段。", "——西湖区老科协",
                    "【杭州宣讲二十大精神】", "要点一").noneMatch(t -> t.startsWith("送："));
        }
    }

    @Test
    void aTemplateWithoutAnItemsRegionIsRefusedInChinese() {
        BriefingDocument printer = new BriefingDocument(new BriefingProperties(
                new ByteArrayResource("not a docx".getBytes())));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> printer.render(briefing()))
                .isInstanceOf(org.luoshi.shared.error.BusinessException.class)
                .extracting(e -> ((org.luoshi.shared.error.BusinessException) e).messageKey())
                .isEqualTo("publicity.briefing.template.broken");
    }
}
