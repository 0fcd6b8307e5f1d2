package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.luoshi.plan.EvidenceKind;

/** A node of the plan's item tree; {@code children} is filled when the tree is assembled. */
public record PlanItem(long id, long planId, Long parentId, String numbering, String citation, String title,
        String body, int sortOrder, boolean actionable, LocalDate dueOn, List<EvidenceKind> evidenceKinds,
        Integer targetQuantity, String targetUnit, List<PlanItem> children) {

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

    /** The label away from the tree, where （一） alone would be ambiguous: 三（一）做好统筹部署. */
    public String citedLabel() {
        return citation + title;
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

    /**
     * The items as the document prints them, each parent before its children. Sort order alone is not that: an item
     * added later under an earlier heading gets the plan's highest sort order.
     */
    public static List<PlanItem> documentOrder(List<PlanItem> flat) {
        List<PlanItem> ordered = new ArrayList<>();
        appendDepthFirst(tree(flat), ordered);
        return ordered;
    }

    private static void appendDepthFirst(List<PlanItem> items, List<PlanItem> into) {
        for (PlanItem item : items) {
            into.add(item);
            appendDepthFirst(item.children(), into);
        }
    }

    private PlanItem withChildren(List<PlanItem> list) {
        return new PlanItem(id, planId, parentId, numbering, citation, title, body, sortOrder, actionable, dueOn,
                evidenceKinds, targetQuantity, targetUnit, list);
    }
}
