package org.luoshi.study.internal.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.luoshi.shared.error.BusinessException;

/**
 * Reads a .docx by its headings (Word's 标题 1, 标题 2 styles): the highest level used is the chapter, the next the
 * section; with one level only, each heading is a section. Deeper headings stay in the text. A document with no
 * heading styles is refused: the customer must apply them in Word first (the message says how).
 */
final class DocxOutline {

    /** English and Chinese Word name their built-in heading styles "heading 1" and "标题 1"; ids are "Heading1" or "1". */
    private static final Pattern HEADING = Pattern.compile("(?:heading|标题)\\s*([1-9])");

    private DocxOutline() {
    }

    static List<SectionDraft> read(String filename, byte[] content, String preamble) {
        List<Styled> paragraphs = paragraphs(filename, content);
        TreeSet<Integer> levels = new TreeSet<>();
        paragraphs.stream().filter(p -> p.level() > 0 && !p.text().isBlank()).forEach(p -> levels.add(p.level()));
        if (levels.isEmpty()) {
            throw BusinessException.invalid("file", "study.reading.import.noHeadings", name(filename));
        }
        int upper = levels.first();
        Integer lower = levels.higher(upper);
        List<OutlineBuilder.Line> lines = new ArrayList<>();
        for (Styled p : paragraphs) {
            OutlineBuilder.Kind kind;
            if (p.level() == upper) {
                kind = lower == null ? OutlineBuilder.Kind.LOWER : OutlineBuilder.Kind.UPPER;
            } else if (lower != null && p.level() == lower) {
                kind = OutlineBuilder.Kind.LOWER;
            } else {
                kind = OutlineBuilder.Kind.TEXT;
            }
            lines.add(new OutlineBuilder.Line(kind, p.text()));
        }
        return OutlineBuilder.build(lines, preamble);
    }

    private record Styled(int level, String text) {
    }

    private static List<Styled> paragraphs(String filename, byte[] content) {
        if (content == null || content.length == 0 || filename == null
                || !filename.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw BusinessException.invalid("file", "study.reading.import.notDocx", name(filename));
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            List<Styled> out = new ArrayList<>();
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                out.add(new Styled(level(document, paragraph), paragraph.getText()));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException business) {
                throw business;
            }
            throw BusinessException.invalid("file", "study.reading.import.notDocx", name(filename));
        }
    }

    private static int level(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        String name = style == null ? id : style.getName();
        Matcher matcher = HEADING.matcher((name == null ? id : name).toLowerCase(Locale.ROOT));
        if (matcher.find()) {
            return Integer.parseInt(matcher.group(1));
        }
        matcher = HEADING.matcher(id.toLowerCase(Locale.ROOT));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    private static String name(String filename) {
        return filename == null || filename.isBlank() ? "" : filename;
    }

}
