package org.luoshi.study.internal.reading;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.text.TextNormalizer;

/** The checked title and source of a material, each refused with the field named and the fix. */
final class MaterialText {

    static final int MAX_TITLE = 200;
    static final int MAX_SOURCE = 200;

    private MaterialText() {
    }

    static String title(String raw) {
        String title = TextNormalizer.clean(raw);
        if (title == null) {
            throw BusinessException.invalid("title", "study.reading.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw BusinessException.invalid("title", "study.reading.title.tooLong", MAX_TITLE);
        }
        return title;
    }

    static String source(String raw) {
        String source = TextNormalizer.clean(raw);
        if (source != null && source.length() > MAX_SOURCE) {
            throw BusinessException.invalid("source", "study.reading.source.tooLong", MAX_SOURCE);
        }
        return source;
    }
}
