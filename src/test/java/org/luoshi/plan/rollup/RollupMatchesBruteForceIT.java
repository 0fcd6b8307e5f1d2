package org.luoshi.plan.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItem;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Property: over random unit trees and random histories of a plan, every figure of the roll-up (totals, per item,
 * per child unit, laggards, weekly trend) equals a brute-force count in Java over the same rows, straight after
 * the writes. jqwik prints the seed and the scenario of a failing try, to replay it.
 */
@IntegrationTest
class RollupMatchesBruteForceIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    PlanRollups rollups;
    @Autowired
    UnitDirectory units;
    @Autowired
    JdbcClient jdbc;

    /** jqwik runs the property, so Spring's test context (the shared one) is attached by hand. */
    @BeforeProperty
    void attachTheApplication() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Provide
    Arbitrary<RollupScenario> scenarios() {
        return RollupScenario.scenarios();
    }

    @Property(tries = 30, shrinking = ShrinkingMode.OFF)
    void rollupEqualsABruteForceCountOverRandomTreesAndHistories(@ForAll("scenarios") RollupScenario scenario) {
        LocalDate today = LocalDate.now();
        Built built = build(scenario, today);
        LocalDate asOf = today.minusDays(scenario.asOfDaysAgo());
        BruteForceRollup brute = readBack(built.planId(), asOf);
        compare(built, built.unitIds().get(0), brute, asOf);
        compare(built, built.unitIds().get(scenario.focus()), brute, asOf);
    }

    private void compare(Built built, long unitId, BruteForceRollup brute, LocalDate asOf) {
        String prefix = units.find(unitId).orElseThrow().path();
        Actor actor = new Actor(0, "property", "property", built.unitIds().get(0),
                units.find(built.unitIds().get(0)).orElseThrow().path(), Set.of(Role.UNIT_ADMIN));
        RollupScope scope = rollups.scope(built.planId(), unitId, actor).orElseThrow();
        List<BruteForceRollup.Row> subtree = brute.subtree(prefix);

        assertThat(rollups.summary(scope, asOf)).as("summary").isEqualTo(brute.figures(subtree, i -> true));

        for (RollupItem item : rollups.byItem(scope, asOf)) {
            assertThat(item.figures()).as("item %s", item.numbering())
                    .isEqualTo(brute.itemFigures(subtree, item.itemId()));
        }
        assertThat(rollups.byItem(scope, asOf)).extracting(RollupItem::itemId).containsExactlyElementsOf(built.items());
        assertThat(rollups.overview(scope, asOf).items()).as("the overview's items (what the page shows)")
                .isEqualTo(rollups.byItem(scope, asOf));

        Map<String, List<BruteForceRollup.Row>> byChild = subtree.stream()
                .filter(a -> !a.unitPath().equals(prefix))
                .collect(Collectors.groupingBy(a -> BruteForceRollup.child(prefix, a.unitPath())));
        List<RollupChild> children = rollups.byChildUnit(scope, asOf);
        assertThat(children).extracting(c -> String.valueOf(c.unitId()))
                .containsExactlyInAnyOrderElementsOf(byChild.keySet());
        for (RollupChild child : children) {
            List<BruteForceRollup.Row> rows = byChild.get(String.valueOf(child.unitId()));
            assertThat(child.figures()).as("child %s", child.unitId())
                    .isEqualTo(brute.figures(rows, i -> true));
            String childPath = prefix + child.unitId() + "/";
            assertThat(child.hasSubunits()).isEqualTo(rows.stream().anyMatch(a -> !a.unitPath().equals(childPath)));
            assertThat(child.assignmentId()).isEqualTo(rows.stream().filter(a -> a.unitPath().equals(childPath))
                    .map(BruteForceRollup.Row::id).findFirst().orElse(null));
        }

        List<RollupLaggard> expected = brute.laggards(prefix, 7);
        var page = rollups.laggards(scope, asOf, new PageQuery(1, 200));
        assertThat(page.total()).as("laggards total").isEqualTo(expected.size());
        assertThat(page.items()).extracting(RollupLaggard::assignmentId, RollupLaggard::overdueItems,
                        RollupLaggard::daysOverdue, RollupLaggard::acknowledged, RollupLaggard::daysUnacknowledged)
                .as("laggards")
                .containsExactlyElementsOf(expected.stream().map(l -> org.assertj.core.groups.Tuple.tuple(
                        l.assignmentId(), l.overdueItems(), l.daysOverdue(), l.acknowledged(),
                        l.daysUnacknowledged())).toList());

        assertThat(rollups.trend(scope, asOf)).as("trend").isEqualTo(brute.trend(prefix));
    }

    /** Writes the scenario: a fresh subtree under the root, the plan issued to its top and forwarded down. */
    private Built build(RollupScenario scenario, LocalDate today) {
        long root = fixtures.root();
        List<Long> unitIds = new ArrayList<>();
        unitIds.add(fixtures.unit(root, "性质省", "PROVINCIAL"));
        for (int i = 0; i < scenario.parents().size(); i++) {
            unitIds.add(fixtures.unit(unitIds.get(scenario.parents().get(i)), "性质单位" + (i + 1), "COUNTY"));
        }
        LocalDate[] dues = scenario.itemDueDays().stream().map(today::plusDays).toArray(LocalDate[]::new);
        PlanFixtures.Plan plan = plans.plan(root, "性质测试方案", dues);

        List<Long> assignmentIds = new ArrayList<>();
        List<Integer> issuedDaysAgo = new ArrayList<>();
        for (int node = 0; node < unitIds.size(); node++) {
            RollupScenario.UnitHistory history = scenario.units().get(node);
            int parent = node == 0 ? -1 : scenario.parents().get(node - 1);
            Long parentAssignment = parent < 0 ? null : assignmentIds.get(parent);
            if (node > 0 && (parentAssignment == null || !history.reached())) {
                assignmentIds.add(null);
                issuedDaysAgo.add(null);
                continue;
            }
            long assigner = parent < 0 ? root : unitIds.get(parent);
            long assignmentId = plans.assign(plan, unitIds.get(node), assigner, parentAssignment);
            int issued = parent < 0 ? history.issuedDaysAgo() : Math.min(history.issuedDaysAgo(),
                    issuedDaysAgo.get(parent));
            assignmentIds.add(assignmentId);
            issuedDaysAgo.add(issued);
            if (parentAssignment != null) {
                forwardDueDates(assignmentId, parentAssignment, history.earlierDue());
            }
            play(plan, assignmentId, history, issued, today);
        }
        return new Built(plan.id(), plan.itemIds(), unitIds);
    }

    private void forwardDueDates(long assignmentId, long parentAssignment, int earlierDays) {
        jdbc.sql("""
                update assignment_item c set due_on = p.due_on - ?
                  from assignment_item p
                 where c.assignment_id = ? and p.assignment_id = ? and p.item_id = c.item_id
                """).param(earlierDays).param(assignmentId).param(parentAssignment).update();
    }

    /** Acknowledges, writes the implementation plan and item states the history says, at the days it says. */
    private void play(PlanFixtures.Plan plan, long assignmentId, RollupScenario.UnitHistory history, int issued,
            LocalDate today) {
        jdbc.sql("update assignment set issued_at = ? where id = ?").param(at(today.minusDays(issued)))
                .param(assignmentId).update();
        if (history.acknowledged() == null) {
            return;
        }
        plans.acknowledge(assignmentId);
        LocalDate acknowledgedOn = today.minusDays(Math.min(history.acknowledged(), issued));
        jdbc.sql("update assignment set acknowledged_at = ? where id = ?").param(at(acknowledgedOn))
                .param(assignmentId).update();
        implementationPlan(assignmentId, history.impl(), acknowledgedOn, today);
        for (int i = 0; i < plan.itemIds().size(); i++) {
            long itemId = plan.itemIds().get(i);
            Object state = history.items().get(i);
            if (state instanceof Integer days) {
                LocalDate due = jdbc.sql("select due_on from assignment_item where assignment_id = ? and item_id = ?")
                        .param(assignmentId).param(itemId).query(LocalDate.class).single();
                LocalDate acceptedOn = due.plusDays(days);
                plans.accept(assignmentId, itemId, acceptedOn.isAfter(today) ? today : acceptedOn);
            } else if (state instanceof String status) {
                jdbc.sql("update assignment_item set status = ? where assignment_id = ? and item_id = ?")
                        .param(status).param(assignmentId).param(itemId).update();
            }
        }
        jdbc.sql("""
                update assignment set status = 'COMPLETED', completed_at = now() where id = ?
                   and not exists (select 1 from assignment_item where assignment_id = ? and status <> 'ACCEPTED')
                """).param(assignmentId).param(assignmentId).update();
    }

    private void implementationPlan(long assignmentId, String impl, LocalDate acknowledgedOn, LocalDate today) {
        if (impl.equals("NONE")) {
            return;
        }
        LocalDate submitted = acknowledgedOn.plusDays(1).isAfter(today) ? today : acknowledgedOn.plusDays(1);
        boolean reviewed = !impl.equals("SUBMITTED");
        jdbc.sql("""
                update assignment set impl_status = ?, impl_submitted_at = ?, impl_reviewed_at = ? where id = ?
                """).param(impl).param(at(submitted)).param(reviewed ? at(today) : null).param(assignmentId).update();
    }

    private BruteForceRollup readBack(long planId, LocalDate asOf) {
        List<BruteForceRollup.Row> rows = jdbc.sql("""
                select id, unit_id, unit_path, status, impl_status, issued_at, acknowledged_at, impl_submitted_at,
                       impl_reviewed_at
                  from assignment where plan_id = ?
                """).param(planId).query((rs, i) -> new BruteForceRollup.Row(rs.getLong("id"), rs.getLong("unit_id"),
                rs.getString("unit_path"), rs.getString("status"), rs.getString("impl_status"),
                day(rs.getObject("issued_at", OffsetDateTime.class)),
                day(rs.getObject("acknowledged_at", OffsetDateTime.class)),
                day(rs.getObject("impl_submitted_at", OffsetDateTime.class)),
                day(rs.getObject("impl_reviewed_at", OffsetDateTime.class)))).list();
        List<BruteForceRollup.ItemRow> items = jdbc.sql("""
                select ai.assignment_id, ai.item_id, ai.due_on, ai.status, ai.accepted_at
                  from assignment_item ai join assignment a on a.id = ai.assignment_id where a.plan_id = ?
                """).param(planId).query((rs, i) -> new BruteForceRollup.ItemRow(rs.getLong("assignment_id"),
                rs.getLong("item_id"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                day(rs.getObject("accepted_at", OffsetDateTime.class)))).list();
        return new BruteForceRollup(rows.stream().sorted(Comparator.comparing(BruteForceRollup.Row::id)).toList(),
                items, asOf);
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate();
    }

    private record Built(long planId, List<Long> items, List<Long> unitIds) {
    }
}
