package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.luoshi.plan.EvidenceKind;

/** A node of the plan's item tree; {@code children} is filled when the tree is assembled. */
public record PlanItem(long id, long planId, Long parentId, String numbering, String title, String body,
        int sortOrder, boolean actionable, LocalDate dueOn, List<EvidenceKind> evidenceKinds, Integer targetQuantity,
        String targetUnit, List<PlanItem> children) {

    static List<EvidenceKind> kinds(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(EvidenceKind::valueOf).toList();
    }

    static String stored(List<EvidenceKind> kinds) {
        return String.join(",", kinds.stream().distinct().map(Enum::name).toList());
    }

    /** Numbering and title as the document prints them: （一）做好统筹部署. */
    public String label() {
        return numbering + title;
    }

    public boolean hasTarget() {
        return targetQuantity != null;
    }

    /** Arranges a flat list (ordered by sort order) into the tree of roots with their children. */
    public static List<PlanItem> tree(List<PlanItem> flat) {
        java.util.Map<Long, PlanItem> byId = new java.util.LinkedHashMap<>();
        flat.forEach(item -> byId.put(item.id(), item.withChildren(new ArrayList<>())));
        List<PlanItem> roots = new ArrayList<>();
        for (PlanItem item : byId.values()) {
            PlanItem parent = item.parentId() == null ? null : byId.get(item.parentId());
            (parent == null ? roots : parent.children()).add(item);
        }
        return roots;
    }

    private PlanItem withChildren(List<PlanItem> list) {
        return new PlanItem(id, planId, parentId, numbering, title, body, sortOrder, actionable, dueOn, evidenceKinds,
                targetQuantity, targetUnit, list);
    }
}
