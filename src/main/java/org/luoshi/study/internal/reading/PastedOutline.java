package org.luoshi.study.internal.reading;

import java.util.List;
import java.util.regex.Pattern;
import org.luoshi.shared.error.BusinessException;

/**
 * Reads pasted text by the headings its lines begin with (the rule the form shows):
 * <ul>
 * <li>a line beginning 第…章, 第…编 or 第…部分 is a chapter;</li>
 * <li>a line beginning 第…节, 第…条 or 一、二、… is a section;</li>
 * <li>every other line is a paragraph of the section above it.</li>
 * </ul>
 * With chapters only, each chapter is a section. Text with no heading at all is refused.
 */
final class PastedOutline {

    static final int MAX_CHARS = 500_000;

    private static final String NUMBER = "[一二三四五六七八九十百千零〇两0-9]+";
    private static final Pattern CHAPTER = Pattern.compile("^第" + NUMBER + "(章|编|部分)(\\s|$|[　:：、.．]).*");
    private static final Pattern SECTION = Pattern.compile("^(第" + NUMBER + "(节|条)(\\s|$|[　:：、.．])|"
            + "[一二三四五六七八九十]{1,3}、).*");
    /** A section heading is short; a long line that happens to start 一、 is a paragraph of a list. */
    private static final int MAX_HEADING_LINE = 60;

    private PastedOutline() {
    }

    static List<SectionDraft> read(String text, String preamble) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", "study.reading.paste.required");
        }
        if (text.length() > MAX_CHARS) {
            throw BusinessException.invalid("text", "study.reading.paste.tooLong", MAX_CHARS);
        }
        List<OutlineBuilder.Line> lines = text.lines().map(String::strip).map(PastedOutline::line).toList();
        if (lines.stream().allMatch(l -> l.kind() == OutlineBuilder.Kind.TEXT)) {
            throw BusinessException.invalid("text", "study.reading.paste.noHeadings");
        }
        return OutlineBuilder.build(lines, preamble);
    }

    static OutlineBuilder.Line line(String line) {
        if (line.length() <= MAX_HEADING_LINE) {
            if (CHAPTER.matcher(line).matches()) {
                return new OutlineBuilder.Line(OutlineBuilder.Kind.UPPER, line);
            }
            if (SECTION.matcher(line).matches()) {
                return new OutlineBuilder.Line(OutlineBuilder.Kind.LOWER, line);
            }
        }
        return new OutlineBuilder.Line(OutlineBuilder.Kind.TEXT, line);
    }
}
