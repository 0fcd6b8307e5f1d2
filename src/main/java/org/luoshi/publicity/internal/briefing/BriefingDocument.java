package org.luoshi.publicity.internal.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.text.RichText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prints a briefing into its Word template (XWPF): every {@code ${名称}} in the template's paragraphs is filled, a
 * paragraph whose optional value is empty (编者按, 报, 送, 发) is left out, and the paragraphs from the one holding
 * {@code ${稿件标题}} to the one holding {@code ${稿件来源}} are printed once per item, with the formatting they have in
 * the template ({@code ${稿件正文}}'s paragraph once per paragraph of the item's text). An association restyles its
 * briefing in Word, not here.
 */
@Component
public class BriefingDocument {

    static final String ITEM_TITLE = "稿件标题";
    static final String ITEM_BODY = "稿件正文";
    static final String ITEM_SOURCE = "稿件来源";
    static final List<String> OPTIONAL = List.of("编者按", "报", "送", "发");
    public static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final Logger LOG = LoggerFactory.getLogger(BriefingDocument.class);

    private final BriefingProperties properties;

    BriefingDocument(BriefingProperties properties) {
        this.properties = properties;
    }

    public byte[] render(Briefing briefing) {
        try (InputStream in = properties.briefingTemplate().getInputStream();
                XWPFDocument document = new XWPFDocument(in)) {
            printItems(document, briefing.items());
            Map<String, String> values = values(briefing);
            for (XWPFParagraph paragraph : allParagraphs(document)) {
                fill(document, paragraph, values);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            LOG.warn("briefing template {} unusable", properties.briefingTemplate(), e);
            throw BusinessException.conflict("publicity.briefing.template.broken");
        }
    }

    static Map<String, String> values(Briefing b) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("简报名称", b.title());
        values.put("年度", String.valueOf(b.year()));
        values.put("期号", String.valueOf(b.number()));
        values.put("编印单位", b.issuerName());
        values.put("日期", CHINESE_DATE.format(b.issueDate()));
        values.put("编者按", b.editorNote());
        values.put("报", b.reportTo());
        values.put("送", b.sendTo());
        values.put("发", b.issueTo());
        return values;
    }

    private static String placeholder(String name) {
        return "${" + name + "}";
    }

    /** Prints the items region once per item, before it, then removes the region itself. */
    private static void printItems(XWPFDocument document, List<Briefing.Item> items) {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        int first = -1;
        int last = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).getText();
            if (first < 0 && text.contains(placeholder(ITEM_TITLE))) {
                first = i;
            }
            if (first >= 0 && text.contains(placeholder(ITEM_SOURCE))) {
                last = i;
                break;
            }
        }
        if (first < 0 || last < 0) {
            throw new IllegalStateException("the template has no items region (${稿件标题} … ${稿件来源})");
        }
        List<XWPFParagraph> region = new ArrayList<>(paragraphs.subList(first, last + 1));
        XWPFParagraph anchor = region.get(0);
        for (Briefing.Item item : items) {
            for (XWPFParagraph prototype : region) {
                String text = prototype.getText();
                if (text.contains(placeholder(ITEM_BODY))) {
                    RichText.plain(item.bodyHtml()).lines().forEach(line ->
                            copy(document, anchor, prototype, text.replace(placeholder(ITEM_BODY), line)));
                } else if (text.contains(placeholder(ITEM_SOURCE))) {
                    if (!item.sourceUnit().isBlank()) {
                        copy(document, anchor, prototype, text.replace(placeholder(ITEM_SOURCE), item.sourceUnit()));
                    }
                } else {
                    copy(document, anchor, prototype, text.replace(placeholder(ITEM_TITLE), item.title()));
                }
            }
        }
        region.forEach(p -> document.removeBodyElement(document.getPosOfParagraph(p)));
    }

    /** A new paragraph before {@code anchor}, formatted as {@code prototype} and its first run. */
    private static void copy(XWPFDocument document, XWPFParagraph anchor, XWPFParagraph prototype, String text) {
        XmlCursor cursor = anchor.getCTP().newCursor();
        try {
            XWPFParagraph paragraph = document.insertNewParagraph(cursor);
            if (prototype.getCTP().isSetPPr()) {
                paragraph.getCTP().setPPr((CTPPr) prototype.getCTP().getPPr().copy());
            }
            write(paragraph, text, runProperties(prototype));
        } finally {
            cursor.dispose();
        }
    }

    private static void fill(XWPFDocument document, XWPFParagraph paragraph, Map<String, String> values) {
        String text = paragraph.getText();
        if (!text.contains("${")) {
            return;
        }
        for (String name : OPTIONAL) {
            if (text.contains(placeholder(name)) && values.get(name).isBlank()) {
                int position = document.getPosOfParagraph(paragraph);
                if (position >= 0) {
                    document.removeBodyElement(position);
                    return;
                }
            }
        }
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(placeholder(value.getKey()), value.getValue());
        }
        CTRPr format = runProperties(paragraph);
        while (!paragraph.getRuns().isEmpty()) {
            paragraph.removeRun(0);
        }
        write(paragraph, filled, format);
    }

    private static CTRPr runProperties(XWPFParagraph paragraph) {
        return paragraph.getRuns().stream().filter(r -> r.getCTR().isSetRPr()).findFirst()
                .map(r -> (CTRPr) r.getCTR().getRPr().copy()).orElse(null);
    }

    /** The text in the given format; tabs and line breaks in it become Word's own, each in a run of its own. */
    private static void write(XWPFParagraph paragraph, String text, CTRPr format) {
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run(paragraph, format).addBreak();
            }
            String[] cells = lines[l].split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                if (c > 0) {
                    run(paragraph, format).addTab();
                }
                if (!cells[c].isEmpty()) {
                    run(paragraph, format).setText(cells[c]);
                }
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, CTRPr format) {
        XWPFRun run = paragraph.createRun();
        if (format != null) {
            run.getCTR().setRPr((CTRPr) format.copy());
        }
        return run;
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    all.addAll(cell.getParagraphs());
                }
            }
        }
        return all;
    }
}
