package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.plan.internal.counting.CountedWorks;
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
    private final CountedWorks counted;
    private final Clock clock;

    AssignmentViews(AssignmentRepository assignments, PlanRepository plans, MeasureRepository measures,
            ReportRepository reports, PlanQueries queries, CountedWorks counted, Clock clock) {
        this.counted = counted;
        this.clock = clock;
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
        List<MeasureRepository.Measure> allMeasures = measures.ofAssignment(a.id());
        List<ReportRepository.Report> allReports = reports.ofAssignment(a.id());
        Map<Long, CountedWorks.ItemCount> allCounted = counted.ofAssignment(a.id());
        AssignmentView.Actions actions = AssignmentView.Actions.of(a, actor, !allMeasures.isEmpty(),
                queries.hasChildren(a.unitId()));
        LocalDate today = LocalDate.now(clock);
        Map<Long, Assignment.Item> states = a.items().stream()
                .collect(Collectors.toMap(Assignment.Item::itemId, Function.identity()));
        List<AssignmentView.ItemView> items = PlanItem.documentOrder(plans.items(plan.id())).stream()
                .filter(item -> states.containsKey(item.id()))
                .map(item -> AssignmentView.item(item, states.get(item.id()),
                        allMeasures.stream().filter(m -> m.itemId() == item.id()).toList(),
                        allReports.stream().filter(r -> r.itemId() == item.id()).toList(),
                        a.mayReport(actor, item.id()), allCounted.getOrDefault(item.id(),
                                CountedWorks.ItemCount.none(item.targetQuantity(), item.targetUnit())), today))
                .toList();
        return new AssignmentView(a, plan, queries.unitName(a.unitId()), queries.unitName(a.assignerUnitId()),
                queries.lineage(a, plan), items, actions);
    }
}
