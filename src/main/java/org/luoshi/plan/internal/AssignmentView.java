package org.luoshi.plan.internal;

import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.internal.counting.CountedWorks;
import org.luoshi.shared.security.Actor;

/**
 * The assignment page of a unit: where the plan came from (lineage and notices), each item with its due date,
 * state, measures and reports, and which actions the actor may take now.
 */
public record AssignmentView(Assignment assignment, Plan plan, String unitName, String assignerName,
        List<PlanQueries.LineageStep> lineage, List<ItemView> items, Actions actions) {

    /** One actionable item for this unit; {@code counted}: the work of other modules counted toward it (计入落实). */
    public record ItemView(PlanItem item, Assignment.Item state, boolean overdue,
            List<MeasureRepository.Measure> measures, List<ReportRepository.Report> reports, boolean mayReport,
            CountedWorks.ItemCount counted) {
    }

    /** What the actor may do now, as the assignment answers it; the page shows exactly these buttons. */
    public record Actions(boolean acknowledge, boolean forward, boolean editMeasures, boolean submitPlan,
            boolean reviewPlan, boolean reviewReports, boolean remind) {

        static Actions of(Assignment a, Actor actor, boolean hasMeasures, boolean hasChildren) {
            return new Actions(a.mayAcknowledge(actor), hasChildren && a.mayForward(actor), a.mayEditMeasures(actor),
                    hasMeasures && a.maySubmitImplementationPlan(actor), a.mayReviewImplementationPlan(actor),
                    a.mayReview(actor), a.mayRemind(actor));
        }
    }

    static ItemView item(PlanItem item, Assignment.Item state, List<MeasureRepository.Measure> measures,
            List<ReportRepository.Report> reports, boolean mayReport, CountedWorks.ItemCount counted,
            LocalDate today) {
        boolean overdue = state.status() != Assignment.ItemStatus.ACCEPTED && state.dueOn() != null
                && state.dueOn().isBefore(today);
        return new ItemView(item, state, overdue, measures, reports, mayReport, counted);
    }
}
