package org.luoshi.study.internal.group;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.PlanRecipients;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 领导小组汇总: over a unit's subtree, how many of the units that received a plan have set up a leading group by a
 * day, per child unit, and which have not. Who received the plan is plan's answer ({@link PlanRecipients}); who set
 * up a group is ours.
 */
@Component
public class GroupRollup {

    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);

    private final PlanRollups rollups;
    private final PlanRecipients recipients;
    private final UnitDirectory units;
    private final JdbcClient jdbc;

    GroupRollup(PlanRollups rollups, PlanRecipients recipients, UnitDirectory units, JdbcClient jdbc) {
        this.rollups = rollups;
        this.recipients = recipients;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** A count over a part of the subtree: units with a group of those that received the plan. */
    public record Share(long unitId, String unitName, long assigned, long withGroup, boolean own) {

        public double percent() {
            return RollupFigures.percent(withGroup, assigned);
        }

        public long without() {
            return assigned - withGroup;
        }
    }

    /** The roll-up of one plan seen from one unit. */
    public record Overview(RollupScope scope, Share total, List<Share> children) {
    }

    /** The plans the actor's subtree received, the latest first: the roll-up's plan choice. */
    public List<RollupPlan> plans(Actor actor) {
        return rollups.currentPlans(actor, 50);
    }

    /** The plan seen from the unit (the actor's own when null), or "not found" (a sibling's unit, an unseen plan). */
    public RollupScope scope(Actor actor, Long planId, Long unitId) {
        long unit = unitId == null ? actor.unitId() : unitId;
        if (planId == null) {
            throw BusinessException.invalid("planId", "study.group.plan.required");
        }
        return rollups.scope(planId, unit, actor).filter(scope -> actor.covers(scope.unit().path()))
                .orElseThrow(() -> BusinessException.notFound("study.group.rollup.notFound"));
    }

    public Overview overview(RollupScope scope, LocalDate asOf) {
        List<AssignmentRef> assigned = recipients.within(scope.plan().id(), scope.prefix());
        Set<Long> grouped = grouped(scope, asOf);
        UnitRef unit = scope.unit();
        List<Share> children = new ArrayList<>();
        if (assigned.stream().anyMatch(a -> a.unitId() == unit.id())) {
            children.add(new Share(unit.id(), unit.name(), 1, grouped.contains(unit.id()) ? 1 : 0, true));
        }
        for (UnitRef child : units.children(unit.id())) {
            List<AssignmentRef> below = assigned.stream().filter(a -> a.unitPath().startsWith(child.path())).toList();
            if (!below.isEmpty()) {
                children.add(new Share(child.id(), child.name(), below.size(),
                        below.stream().filter(a -> grouped.contains(a.unitId())).count(), false));
            }
        }
        Share total = new Share(unit.id(), unit.name(), assigned.size(),
                assigned.stream().filter(a -> grouped.contains(a.unitId())).count(), false);
        return new Overview(scope, total, children);
    }

    /** The units that received the plan and have no group by {@code asOf}, by name. */
    public Page<UnitRef> without(RollupScope scope, LocalDate asOf, PageQuery page) {
        List<UnitRef> all = withoutAll(scope, asOf);
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return Page.of(all.subList(from, to), all.size(), page);
    }

    public List<UnitRef> withoutAll(RollupScope scope, LocalDate asOf) {
        Set<Long> grouped = grouped(scope, asOf);
        List<Long> missing = recipients.within(scope.plan().id(), scope.prefix()).stream()
                .map(AssignmentRef::unitId).filter(id -> !grouped.contains(id)).distinct().toList();
        Map<Long, UnitRef> named = units.findAll(missing);
        return named.values().stream().sorted(Comparator.comparing(UnitRef::name, CHINESE)
                .thenComparing(UnitRef::path)).toList();
    }

    private Set<Long> grouped(RollupScope scope, LocalDate asOf) {
        return new HashSet<>(jdbc.sql("""
                select unit_id from study_group
                 where plan_id = ? and unit_path like ? || '%' and set_up_on <= ?
                """).param(scope.plan().id()).param(scope.prefix()).param(java.sql.Date.valueOf(asOf))
                .query(Long.class).list());
    }
}
