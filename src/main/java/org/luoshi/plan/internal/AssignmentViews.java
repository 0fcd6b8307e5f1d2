package org.luoshi.plan.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Assembles {@link AssignmentView}s; the assignment must lie in the actor's subtree (404 otherwise). */
@Component
@Transactional(readOnly = true)
public class AssignmentViews {

    private final AssignmentRepository assignments;
    private final PlanRepository plans;
    private final MeasureRepository measures;
    private final ReportRepository reports;
    private final PlanQueries queries;

    AssignmentViews(AssignmentRepository assignments, PlanRepository plans, MeasureRepository measures,
            ReportRepository reports, PlanQueries queries) {
        this.assignments = assignments;
        this.plans = plans;
        this.measures = measures;
        this.reports = reports;
        this.queries = queries;
    }

    /** The version a form made now would carry. */
    public int version(long assignmentId, Actor actor) {
        return assignments.findVisible(assignmentId, actor).version();
    }

    public AssignmentView view(long assignmentId, Actor actor) {
        Assignment a = assignments.findVisible(assignmentId, actor);
        Plan plan = plans.find(a.planId()).orElseThrow(() -> BusinessException.notFound("plan.notFound"));
        Map<Long, PlanItem> planItems = PlanItem.documentOrder(plans.items(plan.id())).stream()
                .collect(Collectors.toMap(PlanItem::id, Function.identity(), (one, same) -> one, LinkedHashMap::new));
        List<MeasureRepository.Measure> allMeasures = measures.ofAssignment(a.id());
        List<ReportRepository.Report> allReports = reports.ofAssignment(a.id());
        AssignmentView.Actions actions = AssignmentView.Actions.of(a, actor, !allMeasures.isEmpty(),
                queries.hasChildren(a.unitId()));
        boolean mayReport = actor.unitId() == a.unitId() && actor.mayManage()
                && a.status() != Assignment.Status.ISSUED;
        List<Long> documentOrder = List.copyOf(planItems.keySet());
        List<AssignmentView.ItemView> items = a.items().stream()
                .sorted(Comparator.comparingInt(state -> documentOrder.indexOf(state.itemId())))
                .map(state -> AssignmentView.item(planItems.get(state.itemId()), state,
                        allMeasures.stream().filter(m -> m.itemId() == state.itemId()).toList(),
                        allReports.stream().filter(r -> r.itemId() == state.itemId()).toList(), mayReport))
                .toList();
        return new AssignmentView(a, plan, queries.unitName(a.unitId()), queries.unitName(a.assignerUnitId()),
                queries.lineage(a, plan), items, actions);
    }
}
