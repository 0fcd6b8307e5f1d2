package org.luoshi.study.internal.reading;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of marked lines (chapter heading, section heading, paragraph) into sections. Two heading levels: the
 * upper one is the chapter, the lower one the section; one level only: each heading is a section. Text before the
 * first heading is a section of its own under {@code preamble}; a heading with no text under it is kept (a chapter
 * heading followed directly by its first section is not).
 */
final class OutlineBuilder {

    static final int MAX_HEADING = 200;

    enum Kind { UPPER, LOWER, TEXT }

    record Line(Kind kind, String text) {
    }

    private OutlineBuilder() {
    }

    static List<SectionDraft> build(List<Line> lines, String preamble) {
        boolean twoLevels = lines.stream().anyMatch(l -> l.kind() == Kind.UPPER)
                && lines.stream().anyMatch(l -> l.kind() == Kind.LOWER);
        List<SectionDraft> sections = new ArrayList<>();
        String chapter = null;
        String heading = null;
        List<String> paragraphs = new ArrayList<>();
        boolean open = false;
        for (Line line : lines) {
            // the original's own characters, full-width brackets and all (原原本本): only white space is folded
            String text = line.text() == null ? "" : line.text().strip().replaceAll("[\\s\u3000]+", " ");
            if (text.isEmpty()) {
                continue;
            }
            if (line.kind() == Kind.TEXT) {
                if (!open) {
                    heading = preamble;
                    open = true;
                }
                paragraphs.add(line.text().strip());
                continue;
            }
            if (open && !(twoLevels && line.kind() == Kind.LOWER && heading != null && heading.equals(chapter)
                    && paragraphs.isEmpty())) {
                sections.add(new SectionDraft(chapter, heading, paragraphs));
            }
            paragraphs = new ArrayList<>();
            text = clip(text);
            if (twoLevels && line.kind() == Kind.UPPER) {
                chapter = text;
            }
            heading = text;
            open = true;
        }
        if (open) {
            sections.add(new SectionDraft(chapter, heading, paragraphs));
        }
        return sections;
    }

    private static String clip(String text) {
        return text.length() > MAX_HEADING ? text.substring(0, MAX_HEADING) : text;
    }
}
