package org.luoshi.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.luoshi.org.OrgOverview;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.PlanTasks;
import org.luoshi.plan.RollupActivity;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupOverview;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupTasks;
import org.luoshi.shared.security.Actor;
import org.luoshi.publicity.ReviewQueue;
import org.luoshi.study.DueStudy;
import org.luoshi.study.StudyDue;
import org.luoshi.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * 工作台: composed from the published queries of org, plan, study and publicity. Staff see what waits for them, how their subtree
 * stands on the current plans and what happened lately; members see only their unit's current plans.
 */
@Component
class Workbench {

    static final int CURRENT_PLANS = 5;
    static final int ACTIVITY = 10;
    /** Tasks listed per kind on the page; the counts and the task list page have them all. */
    static final int TASKS_SHOWN = 5;
    /** The bench names the children furthest behind; the roll-up lists them all. */
    static final int CHILDREN_BEHIND = 10;

    private final OrgOverview overview;
    private final PlanRollups rollups;
    private final PlanTasks tasks;
    private final StudyDue study;
    private final ReviewQueue publicity;
    private final Clock clock;

    Workbench(OrgOverview overview, PlanRollups rollups, PlanTasks tasks, StudyDue study, ReviewQueue publicity,
            Clock clock) {
        this.overview = overview;
        this.rollups = rollups;
        this.tasks = tasks;
        this.study = study;
        this.publicity = publicity;
        this.clock = clock;
    }

    static boolean isMemberOnly(Actor actor) {
        return !actor.hasAny(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER, Role.EDITOR, Role.EVALUATOR);
    }

    View of(Actor actor) {
        List<RollupPlan> plans = rollups.currentPlans(actor, CURRENT_PLANS);
        if (isMemberOnly(actor)) {
            return new View(true, null, null, null, plans.stream().map(plan -> new PlanStatus(plan, null)).toList(),
                    null, List.of(), List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanStatus> statuses = new ArrayList<>();
        Children children = null;
        for (RollupPlan plan : plans) {
            Optional<RollupOverview> overview = rollups.scope(plan.id(), actor.unitId(), actor)
                    .map(scope -> rollups.overview(scope, today));
            statuses.add(new PlanStatus(plan, overview.map(RollupOverview::summary).orElse(RollupFigures.NONE)));
            if (children == null && overview.isPresent()) {
                // the latest plan only: a chart per child for every plan would crowd the bench
                children = Children.furthestBehind(plan, overview.get().children());
            }
        }
        return new View(false, overview.unitCount(actor.scopePath()), overview.memberCount(actor.scopePath()),
                actor.mayManage() ? tasks.tasks(actor, TASKS_SHOWN) : null, statuses, children,
                tasks.recentActivity(actor, ACTIVITY), study.thisWeek(actor), publicity.awaiting(actor));
    }

    /**
     * Everything the bench shows; counts and tasks are null where the actor's role does not see them.
     * {@code memberCount} counts members in good standing (状态正常), as the member list filtered by that status.
     * {@code study}: the unit's planned study sessions due this week, for its administrators.
     * {@code awaitingReview}: submissions awaiting the unit's review (信息报送), for its publicity staff.
     */
    record View(boolean memberOnly, Long unitCount, Long memberCount, RollupTasks tasks, List<PlanStatus> plans,
            Children children, List<RollupActivity> activity, List<DueStudy> study, long awaitingReview) {
    }

    /** A current plan and, for staff, its figures over the actor's subtree. */
    record PlanStatus(RollupPlan plan, RollupFigures figures) {
    }

    /**
     * The latest plan's figures for the child units furthest behind (lowest acknowledgement, then completion, then
     * most overdue items first) and how many children carry the plan in all.
     */
    record Children(RollupPlan plan, List<RollupChild> rows, int total) {

        private static final Comparator<RollupChild> BEHIND = Comparator
                .comparingDouble((RollupChild child) -> child.figures().acknowledgementRate())
                .thenComparingDouble(child -> child.figures().completionRate())
                .thenComparing(Comparator.comparingLong((RollupChild child) -> child.figures().overdue()).reversed());

        static Children furthestBehind(RollupPlan plan, List<RollupChild> all) {
            return new Children(plan, all.stream().sorted(BEHIND).limit(CHILDREN_BEHIND).toList(), all.size());
        }
    }
}
