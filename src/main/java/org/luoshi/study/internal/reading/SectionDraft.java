package org.luoshi.study.internal.reading;

import java.util.List;

/** A section as an import found it: the chapter it stands in (or none), its heading and its paragraphs. */
public record SectionDraft(String chapter, String heading, List<String> paragraphs) {

    public SectionDraft {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Characters to read, without white space: what the dwell time is measured by. */
    public int charCount() {
        int count = 0;
        for (String paragraph : paragraphs) {
            count += (int) paragraph.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        }
        return count;
    }
}
