package org.luoshi.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.internal.AssignmentView;
import org.luoshi.plan.internal.MeasureRepository;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.plan.internal.ReportRepository;

/** An assignment as the API returns it. */
record AssignmentJson(long id, long planId, String planTitle, long unitId, String unitName, long assignerUnitId,
        String assignerName, String status, Instant acknowledgedAt, String acknowledgedByName, String implStatus,
        String implComment, Instant completedAt, int version, List<PlanQueries.LineageStep> lineage,
        List<Item> items, AssignmentView.Actions actions) {

    /** One item: {@code evidenceRequired} is what a completing report must carry; {@code mayReport} now. */
    record Item(long itemId, String label, LocalDate dueOn, String status, int percent, Instant acceptedAt,
            boolean overdue, List<EvidenceKind> evidenceRequired, boolean mayReport,
            List<MeasureRepository.Measure> measures, List<ReportRepository.Report> reports) {
    }

    static AssignmentJson of(AssignmentView view) {
        var a = view.assignment();
        return new AssignmentJson(a.id(), a.planId(), view.plan().title(), a.unitId(), view.unitName(),
                a.assignerUnitId(), view.assignerName(), a.status().name(), a.acknowledgedAt(),
                a.acknowledgedByName(), a.implStatus().name(), a.implComment(), a.completedAt(), a.version(),
                view.lineage(), view.items().stream().map(i -> new Item(i.item().id(), i.item().citedLabel(),
                        i.state().dueOn(), i.state().status().name(), i.state().percent(), i.state().acceptedAt(),
                        i.overdue(), i.item().evidenceKinds(), i.mayReport(), i.measures(), i.reports())).toList(),
                view.actions());
    }
}
