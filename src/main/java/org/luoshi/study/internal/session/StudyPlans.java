package org.luoshi.study.internal.session;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 学习计划: a unit writes its study plan for a work plan it has acknowledged (topics, planned sessions each meant
 * for an item); the unit and its ancestors see it, and planned against held over the subtree, per child unit.
 */
@Service
@Transactional
public class StudyPlans {

    /** A work plan the unit may write a study plan for. */
    public record PlanOption(long planId, String title) {
    }

    private final StudyPlanRepository plans;
    private final PlannedSessions planned;
    private final LinkableItems linkable;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    StudyPlans(StudyPlanRepository plans, PlannedSessions planned, LinkableItems linkable, UnitDirectory units,
            AuditTrail audit, Messages messages, Clock clock) {
        this.plans = plans;
        this.planned = planned;
        this.linkable = linkable;
        this.units = units;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The work plans the unit has acknowledged and may plan its study for, newest first. */
    @Transactional(readOnly = true)
    public List<PlanOption> plansOf(long unitId) {
        Map<Long, PlanOption> options = new LinkedHashMap<>();
        linkable.of(unitId).forEach(i -> options.putIfAbsent(i.item().planId(),
                new PlanOption(i.item().planId(), i.planTitle())));
        return List.copyOf(options.values());
    }

    /** The plan's items the unit may link a planned or held session to. */
    @Transactional(readOnly = true)
    public List<LinkableItem> itemsOf(long unitId, long planId) {
        return linkable.of(unitId).stream().filter(i -> i.item().planId() == planId).toList();
    }

    @Transactional(readOnly = true)
    public UnitRef visibleUnit(long unitId, Actor actor) {
        return units.find(unitId).filter(u -> actor.covers(u.path()))
                .orElseThrow(() -> BusinessException.notFound("study.plan.notFound"));
    }

    /** The unit's study plan for the work plan; an empty one while none is written, if the unit may write one. */
    @Transactional(readOnly = true)
    public StudyPlan view(Actor actor, long planId, long unitId) {
        UnitRef unit = visibleUnit(unitId, actor);
        return plans.find(unit.id(), planId).orElseGet(() -> {
            PlanOption option = plansOf(unit.id()).stream().filter(o -> o.planId() == planId).findFirst()
                    .orElseThrow(() -> BusinessException.notFound("study.plan.notFound"));
            return new StudyPlan(0, unit.id(), unit.path(), planId, option.title(), "", List.of(), 0);
        });
    }

    public void writeTopics(Actor actor, long planId, String topics, Integer version) {
        StudyPlan plan = stored(actor, planId);
        plan.writeTopics(actor, topics);
        plans.updateTopics(plan, version, clock.instant());
        audit.record("study.plan.topics", "study_plan", plan.id(), plan.unitPath(),
                messages.get("study.plan.audit.topics", plan.planTitle()), null, plan.topics());
    }

    public long plan(Actor actor, long planId, PlanSession command) {
        StudyPlan plan = stored(actor, planId);
        plan.requirePlannable(actor, command);
        if (command.itemId() != null && itemsOf(plan.unitId(), planId).stream()
                .noneMatch(i -> i.item().itemId() == command.itemId())) {
            throw BusinessException.invalid("itemId", "study.session.item.notLinkable");
        }
        long id = plans.addPlanned(plan.id(), command);
        audit.record("study.plan.session", "study_plan", plan.id(), plan.unitPath(),
                messages.get("study.plan.audit.planned", command.plannedOn(), command.topic().strip()), null,
                command);
        return id;
    }

    public void removePlanned(Actor actor, long planId, long plannedId) {
        StudyPlan plan = view(actor, planId, actor.unitId());
        plan.requireRemovable(actor, plannedId);
        plans.removePlanned(plannedId);
        audit.record("study.plan.session.remove", "study_plan", plan.id(), plan.unitPath(),
                messages.get("study.plan.audit.removed", plan.planTitle()), plannedId, null);
    }

    /** The plan reached the actor's unit (it acknowledged it) or a study plan for it exists in the subtree. */
    private void requirePlanReached(Actor actor, long planId) {
        if (plansOf(actor.unitId()).stream().noneMatch(o -> o.planId() == planId)
                && !planned.anyStudyPlan(planId, actor.scopePath())) {
            throw BusinessException.notFound("study.plan.notFound");
        }
    }

    /** The actor's own unit's study plan, made (empty) on its first change. */
    private StudyPlan stored(Actor actor, long planId) {
        StudyPlan plan = view(actor, planId, actor.unitId());
        if (!plan.mayEdit(actor)) {
            throw BusinessException.forbidden("study.plan.notYourUnit");
        }
        if (plan.id() != 0) {
            return plan;
        }
        plans.insert(plan.unitId(), plan.unitPath(), planId, plan.planTitle(), "", clock.instant());
        return plans.find(plan.unitId(), planId).orElseThrow();
    }

    /**
     * Planned against held over the unit's subtree: the whole subtree first, then the unit's own records, then one
     * row per child unit's subtree.
     */
    @Transactional(readOnly = true)
    public List<PlannedSessions.Progress> progress(Actor actor, long planId, long unitId) {
        UnitRef unit = visibleUnit(unitId, actor);
        requirePlanReached(actor, planId);
        List<PlannedSessions.Progress> rows = new ArrayList<>();
        rows.add(planned.progress(planId, unit, false));
        rows.add(planned.progress(planId, unit, true));
        units.children(unit.id()).forEach(child -> rows.add(planned.progress(planId, child, false)));
        return rows;
    }
}
