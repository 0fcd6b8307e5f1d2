package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.shared.security.Actor;

/**
 * The assignment page of a unit: where the plan came from (lineage and notices), each item with its due date,
 * state, measures and reports, and which actions the actor may take now.
 */
public record AssignmentView(Assignment assignment, Plan plan, String unitName, String assignerName,
        List<PlanQueries.LineageStep> lineage, List<ItemView> items, Actions actions) {

    /** One actionable item for this unit. */
    public record ItemView(PlanItem item, Assignment.Item state, boolean overdue,
            List<MeasureRepository.Measure> measures, List<ReportRepository.Report> reports, boolean mayReport) {
    }

    /** What the actor may do now; the page shows exactly these buttons. */
    public record Actions(boolean acknowledge, boolean forward, boolean editMeasures, boolean submitPlan,
            boolean reviewPlan, boolean reviewReports) {

        static Actions of(Assignment a, Actor actor, boolean hasMeasures, boolean hasChildren) {
            boolean own = actor.unitId() == a.unitId() && actor.mayManage();
            boolean assigner = actor.unitId() == a.assignerUnitId() && actor.mayManage();
            boolean acknowledged = a.status() != Assignment.Status.ISSUED;
            boolean planOpen = a.implStatus() == Assignment.ImplStatus.NONE
                    || a.implStatus() == Assignment.ImplStatus.RETURNED;
            return new Actions(own && !acknowledged, own && acknowledged && hasChildren, own && acknowledged && planOpen,
                    own && acknowledged && planOpen && hasMeasures,
                    assigner && a.implStatus() == Assignment.ImplStatus.SUBMITTED, assigner);
        }
    }

    static ItemView item(PlanItem item, Assignment.Item state, List<MeasureRepository.Measure> measures,
            List<ReportRepository.Report> reports, boolean mayReportAtAll) {
        boolean overdue = state.status() != Assignment.ItemStatus.ACCEPTED && state.dueOn() != null
                && state.dueOn().isBefore(LocalDate.now());
        boolean open = state.status() == Assignment.ItemStatus.OPEN
                || state.status() == Assignment.ItemStatus.RETURNED;
        return new ItemView(item, state, overdue, measures, reports, mayReportAtAll && open);
    }
}
