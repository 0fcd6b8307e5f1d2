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
import java.util.stream.Collectors;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.CountedKind;
import org.luoshi.plan.CountedWork;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupCounted;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItem;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupOverview;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupScope;
import org.luoshi.plan.RollupWeek;
import org.luoshi.plan.internal.counting.WorkKinds;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

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
    private static final String COUNTED_BY_CHILD = RollupSql.load("countedByChildUnit");
    private static final String COUNTED_KINDS = RollupSql.load("countedKinds");

    static final RowMapper<RollupPlan> PLAN = (rs, i) -> new RollupPlan(rs.getLong("id"), rs.getString("title"),
            rs.getString("doc_number"), rs.getObject("issued_on", LocalDate.class), rs.getString("status"),
            rs.getLong("issuer_unit_id"));

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final UnitNames names;
    private final RollupProperties properties;
    private final WorkKinds kinds;
    private final JsonMapper json;

    JdbcPlanRollups(JdbcClient jdbc, UnitDirectory units, UnitNames names, RollupProperties properties,
            WorkKinds kinds, JsonMapper json) {
        this.jdbc = jdbc;
        this.units = units;
        this.names = names;
        this.properties = properties;
        this.kinds = kinds;
        this.json = json;
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
        List<Actionable> actionable = actionable(scope);
        Counted counted = counted(scope, asOf, actionable);
        return new RollupOverview(summary, new RollupOverview.Reach(summary.assignments() - forwarded, forwarded),
                items(actionable, perItem, counted), children(scope, assignments, figuresOf, child -> null, false));
    }

    @Override
    public List<RollupItem> byItem(RollupScope scope, LocalDate asOf) {
        Map<Long, RollupFigures> perItem = new LinkedHashMap<>();
        for (ItemRow row : itemsByChild(scope, asOf)) {
            perItem.merge(row.itemId(), row.figures(), RollupFigures::plus);
        }
        List<Actionable> actionable = actionable(scope);
        return items(actionable, perItem, counted(scope, asOf, actionable));
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
        List<Actionable> actionable = actionable(scope);
        Counted counted = counted(scope, asOf, actionable);
        return items(actionable, itemTotals, counted).stream()
                .map(item -> {
                    Map<String, RollupFigures> rows = perItem.getOrDefault(item.itemId(), Map.of());
                    return new RollupItemBreakdown(item, children(scope, assignments,
                            child -> rows.getOrDefault(child, RollupFigures.NONE),
                            child -> counted.of(item.itemId(), child), true));
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

    private List<Actionable> actionable(RollupScope scope) {
        return jdbc.sql(ACTIONABLE_ITEMS).param("planId", scope.plan().id())
                .param("assignmentId", scope.assignmentId())
                .query((rs, i) -> new Actionable(rs.getLong("id"), rs.getString("numbering"), rs.getString("title"),
                        rs.getObject("due_on", LocalDate.class), (Integer) rs.getObject("target_quantity"),
                        rs.getString("target_unit")))
                .list();
    }

    /** A row of countedByChildUnit: a kind's sum, or (kind null) how many units reached the target. */
    private static void counted(ResultSet rs, Map<Long, Map<String, Map<String, Long>>> sums,
            Map<Long, Map<String, Long>> reached) throws SQLException {
        long itemId = rs.getLong("item_id");
        String child = rs.getString("child");
        String kind = rs.getString("kind");
        if (kind == null) {
            reached.computeIfAbsent(itemId, id -> new LinkedHashMap<>()).put(child, rs.getLong("reached"));
        } else {
            sums.computeIfAbsent(itemId, id -> new LinkedHashMap<>()).computeIfAbsent(child, c -> new LinkedHashMap<>())
                    .put(kind, rs.getLong("quantity"));
        }
    }

    private static List<RollupItem> items(List<Actionable> actionable, Map<Long, RollupFigures> figures,
            Counted counted) {
        return actionable.stream().map(item -> new RollupItem(item.id(), item.numbering(), item.title(), item.dueOn(),
                figures.getOrDefault(item.id(), RollupFigures.NONE), counted.total(item.id()))).toList();
    }

    /**
     * 计入落实 per item and child: the sums by kind and how many units reached each target, in one pass over the
     * subtree's counted work, told which unit each kind is counted in (its module's bundle says).
     */
    private Counted counted(RollupScope scope, LocalDate asOf, List<Actionable> actionable) {
        Map<String, String> kindUnits = new LinkedHashMap<>();
        jdbc.sql(COUNTED_KINDS).query(String.class).list().forEach(kind -> kindUnits.put(kind, kinds.unit(kind)));
        Map<Long, Map<String, Map<String, Long>>> sums = new LinkedHashMap<>();
        Map<Long, Map<String, Long>> reached = new LinkedHashMap<>();
        if (!kindUnits.isEmpty()) {
            facts(COUNTED_BY_CHILD, scope, asOf).param("kindUnits", json.writeValueAsString(kindUnits))
                    .query((rs, i) -> {
                        counted(rs, sums, reached);
                        return 0;
                    }).list();
        }
        return new Counted(actionable.stream().collect(Collectors.toMap(Actionable::id, Function.identity())), sums,
                reached, kinds);
    }

    /**
     * Rows for the children that have assignments, in the tree's display order (children no longer active last),
     * with the unit's own assignment first when {@code withOwn}.
     */
    private List<RollupChild> children(RollupScope scope, Map<String, AssignmentRow> assignments,
            Function<String, RollupFigures> figuresOf, Function<String, RollupCounted> countedOf, boolean withOwn) {
        List<RollupChild> rows = new ArrayList<>();
        AssignmentRow own = assignments.get("");
        if (withOwn && own != null) {
            rows.add(new RollupChild(scope.unit().id(), scope.unit().name(), own.headAssignmentId(), false,
                    figuresOf.apply(""), countedOf.apply("")));
        }
        Map<String, AssignmentRow> remaining = new LinkedHashMap<>(assignments);
        remaining.remove("");
        for (UnitRef child : units.children(scope.unit().id())) {
            AssignmentRow row = remaining.remove(String.valueOf(child.id()));
            if (row != null) {
                rows.add(row.toChild(child.id(), child.name(), figuresOf, countedOf));
            }
        }
        Map<Long, String> byId = names.of(remaining.keySet().stream().map(Long::parseLong).toList());
        remaining.forEach((child, row) -> rows.add(
                row.toChild(Long.parseLong(child), byId.get(Long.parseLong(child)), figuresOf, countedOf)));
        return rows;
    }

    private record AssignmentRow(String child, RollupFigures figures, long forwarded, Long headAssignmentId,
            boolean hasSubunits) {

        RollupChild toChild(long unitId, String name, Function<String, RollupFigures> figuresOf,
                Function<String, RollupCounted> countedOf) {
            return new RollupChild(unitId, name, headAssignmentId, hasSubunits, figuresOf.apply(child),
                    countedOf.apply(child));
        }
    }

    private record Actionable(long id, String numbering, String title, LocalDate dueOn, Integer targetQuantity,
            String targetUnit) {
    }

    /** The counted work of the roll-up: {@code sums} by item, child and kind; {@code reached} by item and child. */
    private record Counted(Map<Long, Actionable> items, Map<Long, Map<String, Map<String, Long>>> sums,
            Map<Long, Map<String, Long>> reached, WorkKinds kinds) {

        RollupCounted of(long itemId, String child) {
            Actionable item = items.get(itemId);
            Map<String, Long> byKind = sums.getOrDefault(itemId, Map.of()).getOrDefault(child, Map.of());
            List<CountedKind> counted = byKind.entrySet().stream()
                    .map(sum -> kinds.counted(sum.getKey(), sum.getValue())).toList();
            return new RollupCounted(new CountedWork(counted, item.targetQuantity(), item.targetUnit()),
                    reached.getOrDefault(itemId, Map.of()).getOrDefault(child, 0L));
        }

        RollupCounted total(long itemId) {
            Actionable item = items.get(itemId);
            RollupCounted total = RollupCounted.none(item.targetQuantity(), item.targetUnit());
            for (String child : sums.getOrDefault(itemId, Map.of()).keySet()) {
                total = total.plus(of(itemId, child));
            }
            return total;
        }
    }

    private record ItemRow(long itemId, String child, RollupFigures figures) {
    }
}
