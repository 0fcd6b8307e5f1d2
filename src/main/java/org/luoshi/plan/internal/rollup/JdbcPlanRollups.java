package org.luoshi.plan.internal.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItem;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupOverview;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupScope;
import org.luoshi.plan.RollupWeek;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The roll-up straight from assignment and assignment_item: two GROUP BY queries (assignments per child unit,
 * items per item and child unit) give every total, per item and per child figure; Java only adds rows up.
 */
@Component
class JdbcPlanRollups implements PlanRollups {

    private static final String PLAN_IN_SCOPE = RollupSql.load("planInScope");
    private static final String CURRENT_PLANS = RollupSql.load("currentPlans");
    private static final String ACTIONABLE_ITEMS = RollupSql.load("actionableItems");
    private static final String ASSIGNMENTS_BY_CHILD = RollupSql.overFacts("rollupAssignmentsByChildUnit");
    private static final String ITEMS_BY_CHILD = RollupSql.overFacts("rollupItemsByChildUnit");
    private static final String LAGGARDS = RollupSql.overFacts("rollupLaggards");
    private static final String TREND = RollupSql.overFacts("rollupTrendByWeek");

    static final RowMapper<RollupPlan> PLAN = (rs, i) -> new RollupPlan(rs.getLong("id"), rs.getString("title"),
            rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
            rs.getLong("issuer_unit_id"));

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final UnitNames names;
    private final RollupProperties properties;

    JdbcPlanRollups(JdbcClient jdbc, UnitDirectory units, UnitNames names, RollupProperties properties) {
        this.jdbc = jdbc;
        this.units = units;
        this.names = names;
        this.properties = properties;
    }

    @Override
    public Optional<RollupScope> scope(long planId, long unitId, Actor actor) {
        Optional<UnitRef> unit = units.find(unitId).filter(found -> actor.covers(found.path()));
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(PLAN_IN_SCOPE).param("planId", planId).param("scope", actor.scopePath()).query(PLAN)
                .optional()
                .map(plan -> new RollupScope(plan, unit.get(), ownAssignment(planId, unitId)));
    }

    private Long ownAssignment(long planId, long unitId) {
        return jdbc.sql("select id from assignment where plan_id = ? and unit_id = ?").param(planId).param(unitId)
                .query(Long.class).optional().orElse(null);
    }

    @Override
    public RollupFigures summary(RollupScope scope, LocalDate asOf) {
        return overview(scope, asOf).summary();
    }

    @Override
    public RollupOverview overview(RollupScope scope, LocalDate asOf) {
        Map<String, AssignmentRow> assignments = assignmentsByChild(scope, asOf);
        Map<String, RollupFigures> items = new LinkedHashMap<>();
        Map<Long, RollupFigures> perItem = new LinkedHashMap<>();
        for (ItemRow row : itemsByChild(scope, asOf)) {
            items.merge(row.child(), itemsOnly(row.figures()), RollupFigures::plus);
            perItem.merge(row.itemId(), row.figures(), RollupFigures::plus);
        }
        Function<String, RollupFigures> figuresOf =
                child -> assignments.get(child).figures().plus(items.getOrDefault(child, RollupFigures.NONE));
        RollupFigures summary = RollupFigures.NONE;
        long forwarded = 0;
        for (AssignmentRow row : assignments.values()) {
            summary = summary.plus(figuresOf.apply(row.child()));
            forwarded += row.forwarded();
        }
        return new RollupOverview(summary, new RollupOverview.Reach(summary.assignments() - forwarded, forwarded),
                actionableItems(scope, perItem), children(scope, assignments, figuresOf, false));
    }

    @Override
    public List<RollupItem> byItem(RollupScope scope, LocalDate asOf) {
        Map<Long, RollupFigures> perItem = new LinkedHashMap<>();
        for (ItemRow row : itemsByChild(scope, asOf)) {
            perItem.merge(row.itemId(), row.figures(), RollupFigures::plus);
        }
        return actionableItems(scope, perItem);
    }

    @Override
    public List<RollupChild> byChildUnit(RollupScope scope, LocalDate asOf) {
        return overview(scope, asOf).children();
    }

    @Override
    public List<RollupItemBreakdown> byItemAndChildUnit(RollupScope scope, LocalDate asOf) {
        Map<String, AssignmentRow> assignments = assignmentsByChild(scope, asOf);
        Map<Long, Map<String, RollupFigures>> perItem = new LinkedHashMap<>();
        Map<Long, RollupFigures> itemTotals = new LinkedHashMap<>();
        for (ItemRow row : itemsByChild(scope, asOf)) {
            perItem.computeIfAbsent(row.itemId(), id -> new LinkedHashMap<>()).put(row.child(), row.figures());
            itemTotals.merge(row.itemId(), row.figures(), RollupFigures::plus);
        }
        return actionableItems(scope, itemTotals).stream()
                .map(item -> {
                    Map<String, RollupFigures> rows = perItem.getOrDefault(item.itemId(), Map.of());
                    return new RollupItemBreakdown(item, children(scope, assignments,
                            child -> rows.getOrDefault(child, RollupFigures.NONE), true));
                })
                .toList();
    }

    @Override
    public Page<RollupLaggard> laggards(RollupScope scope, LocalDate asOf, PageQuery page) {
        long[] total = {0};
        List<RollupLaggard> laggards = facts(LAGGARDS, scope, asOf)
                .param("acknowledgeWithinDays", properties.acknowledgeWithinDays())
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return new RollupLaggard(rs.getLong("unit_id"), null, rs.getString("unit_path"),
                            rs.getLong("assignment_id"), rs.getLong("overdue_items"),
                            (Integer) rs.getObject("days_overdue"), rs.getBoolean("acknowledged"),
                            (Integer) rs.getObject("days_unacknowledged"));
                })
                .list();
        Map<Long, String> byId = names.of(laggards.stream().map(RollupLaggard::unitId).toList());
        return Page.of(laggards.stream().map(l -> new RollupLaggard(l.unitId(), byId.get(l.unitId()), l.unitPath(),
                l.assignmentId(), l.overdueItems(), l.daysOverdue(), l.acknowledged(), l.daysUnacknowledged()))
                .toList(), total[0], page);
    }

    @Override
    public List<RollupWeek> trend(RollupScope scope, LocalDate asOf) {
        return facts(TREND, scope, asOf).query((rs, i) -> new RollupWeek(rs.getObject("week", LocalDate.class),
                rs.getString("iso_week"), rs.getLong("acknowledgements"), rs.getLong("acceptances"),
                rs.getLong("acknowledged_so_far"), rs.getLong("accepted_so_far"),
                RollupFigures.percent(rs.getLong("acknowledged_so_far"), rs.getLong("assignments")),
                RollupFigures.percent(rs.getLong("accepted_so_far"), rs.getLong("items"))))
                .list();
    }

    @Override
    public int acknowledgeWithinDays() {
        return properties.acknowledgeWithinDays();
    }

    @Override
    public List<RollupPlan> currentPlans(Actor actor, int limit) {
        return jdbc.sql(CURRENT_PLANS).param("scope", actor.scopePath()).param("limit", limit).query(PLAN).list();
    }

    private JdbcClient.StatementSpec facts(String sql, RollupScope scope, LocalDate asOf) {
        return jdbc.sql(sql).param("planId", scope.plan().id()).param("prefix", scope.prefix()).param("asOf", asOf);
    }

    private Map<String, AssignmentRow> assignmentsByChild(RollupScope scope, LocalDate asOf) {
        Map<String, AssignmentRow> rows = new LinkedHashMap<>();
        facts(ASSIGNMENTS_BY_CHILD, scope, asOf).query((rs, i) -> new AssignmentRow(rs.getString("child"),
                        RollupFigures.of(rs.getLong("assignments"), rs.getLong("acknowledged"),
                                rs.getLong("impl_submitted"), rs.getLong("impl_approved"), 0, 0, 0, 0),
                        rs.getLong("forwarded"), (Long) rs.getObject("head_assignment_id"),
                        rs.getBoolean("has_subunits")))
                .list().forEach(row -> rows.put(row.child(), row));
        return rows;
    }

    private List<ItemRow> itemsByChild(RollupScope scope, LocalDate asOf) {
        return facts(ITEMS_BY_CHILD, scope, asOf).query((rs, i) -> new ItemRow(rs.getLong("item_id"),
                rs.getString("child"), itemFigures(rs))).list();
    }

    private static RollupFigures itemFigures(ResultSet rs) throws SQLException {
        long assignments = rs.getLong("assignments");
        return RollupFigures.of(assignments, rs.getLong("acknowledged"), rs.getLong("impl_submitted"),
                rs.getLong("impl_approved"), assignments, rs.getLong("accepted"), rs.getLong("accepted_on_time"),
                rs.getLong("overdue"));
    }

    /** The item part of a row: the assignment counts come from the assignments query, once per assignment. */
    private static RollupFigures itemsOnly(RollupFigures f) {
        return RollupFigures.of(0, 0, 0, 0, f.items(), f.accepted(), f.acceptedOnTime(), f.overdue());
    }

    private List<RollupItem> actionableItems(RollupScope scope, Map<Long, RollupFigures> figures) {
        return jdbc.sql(ACTIONABLE_ITEMS).param("planId", scope.plan().id())
                .param("assignmentId", scope.assignmentId())
                .query((rs, i) -> new RollupItem(rs.getLong("id"), rs.getString("numbering"), rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class),
                        figures.getOrDefault(rs.getLong("id"), RollupFigures.NONE)))
                .list();
    }

    /**
     * Rows for the children that have assignments, in the tree's display order (children no longer active last),
     * with the unit's own assignment first when {@code withOwn}.
     */
    private List<RollupChild> children(RollupScope scope, Map<String, AssignmentRow> assignments,
            Function<String, RollupFigures> figuresOf, boolean withOwn) {
        List<RollupChild> rows = new ArrayList<>();
        AssignmentRow own = assignments.get("");
        if (withOwn && own != null) {
            rows.add(new RollupChild(scope.unit().id(), scope.unit().name(), own.headAssignmentId(), false,
                    figuresOf.apply("")));
        }
        Map<String, AssignmentRow> remaining = new LinkedHashMap<>(assignments);
        remaining.remove("");
        for (UnitRef child : units.children(scope.unit().id())) {
            AssignmentRow row = remaining.remove(String.valueOf(child.id()));
            if (row != null) {
                rows.add(row.toChild(child.id(), child.name(), figuresOf));
            }
        }
        Map<Long, String> byId = names.of(remaining.keySet().stream().map(Long::parseLong).toList());
        remaining.forEach((child, row) -> rows.add(
                row.toChild(Long.parseLong(child), byId.get(Long.parseLong(child)), figuresOf)));
        return rows;
    }

    private record AssignmentRow(String child, RollupFigures figures, long forwarded, Long headAssignmentId,
            boolean hasSubunits) {

        RollupChild toChild(long unitId, String name, Function<String, RollupFigures> figuresOf) {
            return new RollupChild(unitId, name, headAssignmentId, hasSubunits, figuresOf.apply(child));
        }
    }

    private record ItemRow(long itemId, String child, RollupFigures figures) {
    }
}
