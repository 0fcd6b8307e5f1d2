package org.luoshi.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.UnitsReminded;
import org.luoshi.plan.internal.reminder.ReminderJob;
import org.luoshi.support.TestClock;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ReminderJobIT {

    @Autowired
    ReminderJob job;
    private final TestClock clock = TestClock.INSTANCE;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    /** Far enough ahead that nothing else in the shared database is due around it. */
    private final LocalDate due = LocalDate.now(TestClock.CHINA).plusDays(40);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void remindsOnceWhenTheDueDateIsNear() {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "到期提醒方案", due);
        long assignment = plans.assign(plan, tree.countyA(), tree.root(), null);
        plans.acknowledge(assignment);

        runOn(due.minusDays(4));
        assertThat(count(tree.countyA(), "DUE_SOON")).isZero();

        runOn(due.minusDays(3));
        runOn(due.minusDays(3));
        runOn(due.minusDays(1));
        assertThat(count(tree.countyA(), "DUE_SOON")).isEqualTo(1);
        assertThat(bodies(tree.countyA(), "DUE_SOON")).singleElement().asString()
                .contains("到期提醒方案 item 1", due.toString());
        assertThat(events.stream(UnitsReminded.class)
                .filter(reminded -> reminded.reason() == UnitsReminded.Reason.DUE_SOON)
                .flatMap(reminded -> reminded.reminders().stream())
                .filter(reminder -> reminder.assignment().assignmentId() == assignment))
                .as("plan publishes what it chased; the notification module words it")
                .singleElement().satisfies(reminder -> assertThat(reminder.items()).singleElement()
                        .satisfies(item -> assertThat(item.dueOn()).isEqualTo(due)));
    }

    @Test
    void remindsOverdueItemsOncePerPeriodAndEscalatesToTheAssignerAfterTheSecondMiss() {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "逾期提醒方案", due);
        long province = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(province);
        long county = plans.assign(plan, tree.countyA(), tree.provinceA(), province);
        plans.acknowledge(county);

        runOn(due.plusDays(1));
        runOn(due.plusDays(1));
        runOn(due.plusDays(2));
        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(1);

        runOn(due.plusDays(4));
        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(2);
        assertThat(count(tree.provinceA(), "ESCALATION")).as("the second reminder is not missed yet").isZero();

        runOn(due.plusDays(7));
        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(3);
        assertThat(count(tree.provinceA(), "ESCALATION")).isEqualTo(1);
        assertThat(bodies(tree.provinceA(), "ESCALATION")).singleElement().asString()
                .contains("甲省一县老科协", "逾期提醒方案 item 1", "已逾期 7 天");
        assertThat(jdbc.sql("select unit_id from notification where kind = 'ESCALATION' and assignment_id = ?")
                .param(county).query(Long.class).list())
                .as("the county was assigned by the province, not by the root").containsExactly(tree.provinceA());

        runOn(due.plusDays(10));
        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(4);
        assertThat(count(tree.provinceA(), "ESCALATION")).as("escalated once only").isEqualTo(1);
    }

    @Test
    void acceptedItemsAreNeverChased() {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "已验收方案", due);
        long assignment = plans.assign(plan, tree.countyB(), tree.root(), null);
        plans.acknowledge(assignment);
        plans.accept(assignment, plan.itemIds().get(0), due.minusDays(10));

        runOn(due.minusDays(2));
        runOn(due.plusDays(5));
        runOn(due.plusDays(20));

        assertThat(count(tree.countyB(), null)).isZero();
    }

    @Test
    void remindsUnitsThatHaveNotAcknowledgedInTime() {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "签收提醒方案", due.plusDays(60));
        long waiting = plans.assign(plan, tree.countyA(), tree.root(), null);
        plans.acknowledge(plans.assign(plan, tree.countyB(), tree.root(), null));
        LocalDate issued = due.minusDays(20);
        jdbc.sql("update assignment set issued_at = ?::date where plan_id = ?").param(issued).param(plan.id()).update();

        runOn(issued.plusDays(2));
        assertThat(count(tree.countyA(), "ACKNOWLEDGE")).isZero();

        runOn(issued.plusDays(3));
        runOn(issued.plusDays(3));
        assertThat(count(tree.countyA(), "ACKNOWLEDGE")).isEqualTo(1);
        assertThat(count(tree.countyB(), "ACKNOWLEDGE")).as("acknowledged").isZero();

        runOn(issued.plusDays(6));
        assertThat(count(tree.countyA(), "ACKNOWLEDGE")).as("again after a period").isEqualTo(2);

        plans.acknowledge(waiting);
        runOn(issued.plusDays(9));
        assertThat(count(tree.countyA(), "ACKNOWLEDGE")).isEqualTo(2);
    }

    @Test
    void runsAreIdempotentUnderConcurrency() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "并发方案", due, due.plusDays(1));
        plans.acknowledge(plans.assign(plan, tree.countyA(), tree.root(), null));
        plans.acknowledge(plans.assign(plan, tree.countyB(), tree.root(), null));
        clock.setTo(due.plusDays(3));

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Void>> runs = List.of(1, 2).stream().map(i -> CompletableFuture.runAsync(() -> {
            await(start);
            job.run();
        })).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(1);
        assertThat(count(tree.countyB(), "OVERDUE")).isEqualTo(1);
        assertThat(bodies(tree.countyA(), "OVERDUE")).singleElement().asString()
                .contains("并发方案 item 1", "并发方案 item 2");
    }

    @Test
    void doesNothingWhileAnotherNodeHoldsTheLock() {
        Fixtures.Tree tree = fixtures.tree();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "锁定方案", due);
        plans.acknowledge(plans.assign(plan, tree.countyA(), tree.root(), null));
        jdbc.sql("""
                insert into shedlock (name, lock_until, locked_at, locked_by)
                values ('plan-reminders', now() + interval '1 day', now(), 'other-node')
                on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by
                """).update();
        try {
            runOn(due.plusDays(1));
            assertThat(count(tree.countyA(), "OVERDUE")).isZero();
        } finally {
            // a day either way: ShedLock writes UTC wall time into the column, which a session outside UTC reads
            // as hours off
            jdbc.sql("update shedlock set lock_until = now() - interval '1 day' where name = 'plan-reminders'")
                    .update();
        }

        runOn(due.plusDays(1));
        assertThat(count(tree.countyA(), "OVERDUE")).isEqualTo(1);
        assertThat(jdbc.sql("select locked_by from shedlock where name = 'plan-reminders'").query(String.class)
                .single()).isNotEqualTo("other-node");
    }

    private void runOn(LocalDate day) {
        clock.setTo(day);
        job.run();
    }

    private long count(long unitId, String kind) {
        return jdbc.sql("select count(*) from notification where unit_id = ? and (cast(? as varchar) is null or kind = ?)")
                .param(unitId).param(kind).param(kind).query(Long.class).single();
    }

    private List<String> bodies(long unitId, String kind) {
        return jdbc.sql("select body from notification where unit_id = ? and kind = ?").param(unitId).param(kind)
                .query(String.class).list();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
