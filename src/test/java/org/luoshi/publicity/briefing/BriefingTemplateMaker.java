package org.luoshi.publicity.briefing;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.luoshi.shared.office.WordText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes the default briefing template (src/main/resources/publicity/briefing-template.docx), run once by hand:
 * {@code java -cp target/test-classes:target/classes:<deps> org.luoshi.publicity.briefing.BriefingTemplateMaker}.
 * The layout is the customary one: red masthead, 第N期, 编印单位 and date over a red rule, 编者按, the items
 * region, and the 报/送/发 lines between black rules at the foot. Kept so the template can be made again.
 */
public final class BriefingTemplateMaker {

    static final String RED = "FF0000";
    static final String MASTHEAD_FONT = "方正小标宋简体";
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String NOTE_FONT = "楷体_GB2312";
    // A4 with the margins of GB/T 9704 (37, 35, 28, 26 mm), in twips
    static final int PAGE_WIDTH = 11906;
    static final int LEFT = 1588;
    static final int RIGHT = 1474;
    static final int TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT;

    private BriefingTemplateMaker() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/publicity/briefing-template.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            page(document);
            XWPFParagraph masthead = centred(document);
            XWPFRun title = WordText.run(masthead, "${简报名称}", MASTHEAD_FONT, 48, true);
            title.setColor(RED);
            title.setCharacterSpacing(120);
            masthead.setSpacingBefore(240);
            centred(document).setSpacingAfter(120);
            WordText.run(document.getParagraphs().get(1), "第${期号}期", BODY_FONT, 16, false);

            XWPFParagraph line = document.createParagraph();
            rightTab(line);
            WordText.run(line, "${编印单位}\t${日期}", BODY_FONT, 16, false);
            rule(line, Borders.THICK, RED, 24, true);
            line.setSpacingAfter(360);

            XWPFParagraph note = document.createParagraph();
            note.setIndentationFirstLine(640);
            note.setSpacingAfter(240);
            WordText.run(note, "编者按：${编者按}", NOTE_FONT, 16, false);

            XWPFParagraph itemTitle = centred(document);
            itemTitle.setSpacingBefore(360);
            itemTitle.setSpacingAfter(240);
            WordText.run(itemTitle, "${稿件标题}", TITLE_FONT, 22, true);
            XWPFParagraph body = document.createParagraph();
            body.setIndentationFirstLine(640);
            body.setSpacingBetween(1.5);
            WordText.run(body, "${稿件正文}", BODY_FONT, 16, false);
            XWPFParagraph source = document.createParagraph();
            source.setAlignment(ParagraphAlignment.RIGHT);
            WordText.run(source, "（来源：${稿件来源}）", BODY_FONT, 16, false);

            XWPFParagraph top = document.createParagraph();
            top.setSpacingBefore(720);
            rule(top, Borders.SINGLE, "000000", 8, true);
            for (String name : new String[] {"报", "送", "发"}) {
                XWPFParagraph distribution = document.createParagraph();
                distribution.setIndentationLeft(320);
                WordText.run(distribution, name + "：${" + name + "}", BODY_FONT, 14, false);
            }
            XWPFParagraph printed = document.createParagraph();
            rightTab(printed);
            rule(printed, Borders.SINGLE, "000000", 8, false);
            rule(printed, Borders.SINGLE, "000000", 8, true);
            printed.setIndentationLeft(320);
            WordText.run(printed, "${编印单位}\t${日期}印发", BODY_FONT, 14, false);
            document.write(out);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
    }

    private static XWPFParagraph centred(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private static void rightTab(XWPFParagraph paragraph) {
        CTTabStop tab = (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr())
                .addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
    }

    /** A rule under (or over) the paragraph, in a colour and width (eighths of a point). */
    private static void rule(XWPFParagraph paragraph, Borders style, String colour, int eighths, boolean below) {
        if (below) {
            paragraph.setBorderBottom(style);
        } else {
            paragraph.setBorderTop(style);
        }
        CTBorder border = below ? paragraph.getCTP().getPPr().getPBdr().getBottom()
                : paragraph.getCTP().getPPr().getPBdr().getTop();
        border.setColor(colour);
        border.setSz(BigInteger.valueOf(eighths));
    }
}
