package org.luoshi.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * One node of a plan's item tree (一、 (一) 1.); an actionable item says what each unit must deliver by when:
 * its due date, the evidence it asks for and an optional quantified target.
 */
public record ItemDraft(Long parentId, String numbering, String title, String body, boolean actionable,
        LocalDate dueOn, List<EvidenceKind> evidenceKinds, Integer targetQuantity, String targetUnit) {

    public ItemDraft {
        // a JSON [null] is kept as it came, so the rule can name the field instead of failing on it
        evidenceKinds = evidenceKinds == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(evidenceKinds));
    }
}
