package org.luoshi.shared.office;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** Writing Chinese text into a Word document (POI XWPF), the same way in every report the application writes. */
public final class WordText {

    private WordText() {
    }

    /** A run in a Chinese font: Word picks the East Asian font for CJK text, so that one is set explicitly. */
    public static XWPFRun run(XWPFParagraph paragraph, String text, String font, int points, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(points);
        run.setFontFamily(font);
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setEastAsia(font);
        fonts.setAscii(font);
        fonts.setHAnsi(font);
        return run;
    }

    /** A full-width table whose first row holds the headers in bold. */
    public static XWPFTable table(XWPFDocument document, List<String> headers, String font, int points) {
        XWPFTable table = document.createTable(1, headers.size());
        table.setWidth("100%");
        for (int c = 0; c < headers.size(); c++) {
            cell(table.getRow(0), c, headers.get(c), font, points, true);
        }
        return table;
    }

    /** One more row of plain cells. */
    public static XWPFTableRow row(XWPFTable table, List<?> values, String font, int points) {
        XWPFTableRow row = table.createRow();
        for (int c = 0; c < values.size(); c++) {
            cell(row, c, String.valueOf(values.get(c)), font, points, false);
        }
        return row;
    }

    public static void cell(XWPFTableRow row, int column, String text, String font, int points, boolean bold) {
        XWPFParagraph paragraph = row.getCell(column).getParagraphs().get(0);
        run(paragraph, text, font, points, bold);
    }
}
