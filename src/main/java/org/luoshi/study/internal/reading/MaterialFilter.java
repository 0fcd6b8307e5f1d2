package org.luoshi.study.internal.reading;

import org.luoshi.shared.text.TextNormalizer;

/** The materials list's filters: words of the title, and the status. */
public record MaterialFilter(String q, Material.Status status) {

    public MaterialFilter {
        q = TextNormalizer.clean(q);
    }

    /** The title words as a LIKE pattern's literal part. */
    String likeQ() {
        return q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
