package org.luoshi.plan.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitMoved;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * 计入落实 as another module sees it: it publishes {@link WorkCounted} in the transaction that writes its record, and
 * {@code plan} counts the record toward the item in that transaction — once per record, moved when relinked, gone
 * when uncounted, and refused (rolling the record back) for an item the unit may not link to.
 */
@IntegrationTest
@EnableScenarios
class WorkCountingIT {

    private static final AtomicLong RECORDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final String KIND = "study.session";

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LinkableItems linkable;
    @Autowired
    ApplicationEventPublisher publisher;

    Fixtures.Tree tree;
    PlanFixtures.Plan plan;
    long countyTask;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    @BeforeEach
    void countyHasAcknowledgedAPlanOfTwoItems() {
        tree = fixtures.tree();
        plan = plans.plan(tree.root(), "计入落实测试方案", today.plusDays(30), today.plusDays(60));
        jdbc.sql("update plan_item set target_quantity = 4, target_unit = '次' where id = ?")
                .param(plan.itemIds().get(0)).update();
        long provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        countyTask = plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask);
        plans.acknowledge(countyTask);
        plans.assign(plan, tree.countyB(), tree.root(), null);
    }

    @Test
    void aCountyMayLinkToTheItemsOfWhatItHasAcknowledgedWithTheirTargets() {
        List<LinkableItem> items = linkable.of(tree.countyA()).stream()
                .filter(item -> item.item().planId() == plan.id()).toList();

        assertThat(items).extracting(item -> item.item().itemId()).containsExactlyElementsOf(plan.itemIds());
        LinkableItem first = items.get(0);
        assertThat(first.assignmentId()).isEqualTo(countyTask);
        assertThat(first.planTitle()).isEqualTo("计入落实测试方案");
        assertThat(first.label()).isEqualTo("（1）计入落实测试方案 item 1");
        assertThat(first.dueOn()).isEqualTo(today.plusDays(30));
        assertThat(first.targetQuantity()).isEqualTo(4);
        assertThat(first.targetUnit()).isEqualTo("次");
        assertThat(items.get(1).hasTarget()).isFalse();
        assertThat(linkable.find(tree.countyA(), item(1).itemId())).hasValueSatisfying(
                found -> assertThat(found.label()).isEqualTo("（2）计入落实测试方案 item 2"));
    }

    @Test
    void nothingIsLinkableBeforeAcknowledgingNorForAUnitThePlanDidNotReach() {
        assertThat(linkable.of(tree.countyB())).noneMatch(item -> item.item().planId() == plan.id());
        assertThat(linkable.find(tree.countyB(), item(0).itemId())).isEmpty();
        assertThat(linkable.find(tree.provinceB(), item(0).itemId())).isEmpty();
    }

    @Test
    void anItemOfAClosedPlanIsNoLongerLinkable() {
        jdbc.sql("update plan set status = 'CLOSED' where id = ?").param(plan.id()).update();

        assertThat(linkable.find(tree.countyA(), item(0).itemId())).isEmpty();
        assertThat(linkable.of(tree.countyA())).noneMatch(item -> item.item().planId() == plan.id());
    }

    @Test
    void aCompletedAssignmentStillTakesCountedWork() {
        jdbc.sql("update assignment set status = 'COMPLETED' where id = ?").param(countyTask).update();

        assertThat(linkable.find(tree.countyA(), item(0).itemId())).isPresent();
    }

    @Test
    void aSessionPublishedInItsTransactionIsCountedTowardTheItem(Scenario scenario) {
        long record = RECORDS.incrementAndGet();

        scenario.publish(counted(item(0), record, 1, "/study/sessions/" + record))
                .andWaitForStateChange(() -> rows(record))
                .andVerify(rows -> assertThat(rows).singleElement().satisfies(row -> {
                    assertThat(row.assignmentId()).isEqualTo(countyTask);
                    assertThat(row.itemId()).isEqualTo(item(0).itemId());
                    assertThat(row.quantity()).isEqualTo(1);
                    assertThat(row.title()).isEqualTo("中心组学习 " + record);
                    assertThat(row.link()).isEqualTo("/study/sessions/" + record);
                }));
    }

    @Test
    void publishingTheSameRecordTwiceCountsItOnce(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        scenario.publish(counted(item(0), record, 1, null)).andWaitForStateChange(() -> rows(record));

        scenario.publish(counted(item(0), record, 2, null))
                .andWaitForStateChange(() -> rows(record), rows -> rows.get(0).quantity() == 2)
                .andVerify(rows -> assertThat(rows).hasSize(1));
    }

    @Test
    void aRelinkedRecordMovesToItsNewItem(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        scenario.publish(counted(item(0), record, 1, null)).andWaitForStateChange(() -> rows(record));

        scenario.publish(counted(item(1), record, 1, null))
                .andWaitForStateChange(() -> rows(record), rows -> rows.get(0).itemId() == item(1).itemId())
                .andVerify(rows -> assertThat(rows).hasSize(1));
    }

    @Test
    void anUncountedRecordNoLongerCountsAndUncountingAgainDoesNothing(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        WorkCounted counted = counted(item(0), record, 1, null);
        scenario.publish(counted).andWaitForStateChange(() -> rows(record));

        scenario.publish(WorkUncounted.of(counted, Instant.now(TestClock.INSTANCE)))
                .andWaitForStateChange(() -> rows(record), List::isEmpty).andVerify(rows -> assertThat(rows).isEmpty());
        scenario.publish(WorkUncounted.of(counted, Instant.now(TestClock.INSTANCE)))
                .andWaitForStateChange(() -> rows(record), List::isEmpty).andVerify(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void aLinkToAnotherSiteIsNotKeptAsEvidence(Scenario scenario) {
        long record = RECORDS.incrementAndGet();

        scenario.publish(counted(item(0), record, 1, "https://evil.example/phish"))
                .andWaitForStateChange(() -> rows(record))
                .andVerify(rows -> assertThat(rows.get(0).link()).isNull());
    }

    @Test
    void aSiblingCountysRecordIsRefusedAndRolledBackWithItsWriter(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        String file = "writer-" + record;
        WorkCounted bySibling = new WorkCounted(tree.countyB(), item(0), KIND, record, 1, "乙县学习", null,
                Instant.now(TestClock.INSTANCE));

        BiConsumer<TransactionOperations, ApplicationEventPublisher> writerSavesAndPublishes =
                (tx, events) -> tx.executeWithoutResult(status -> {
                    writeRecord(file);
                    events.publishEvent(counted(item(0), record + 100_000_000L, 1, null));
                    events.publishEvent(bySibling);
                });

        assertThatThrownBy(() -> scenario.stimulate(writerSavesAndPublishes).andWaitForStateChange(() -> rows(record)))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("itemId");
                    assertThat(refused.messageKey()).isEqualTo("plan.count.notLinkable");
                });

        assertThat(rows(record)).isEmpty();
        assertThat(rows(record + 100_000_000L)).as("the same transaction's earlier count").isEmpty();
        assertThat(recordWritten(file)).as("the writer's record").isFalse();
    }

    @Test
    void aCountBeforeAcknowledgingIsRefused(Scenario scenario) {
        jdbc.sql("update assignment set status = 'ISSUED' where id = ?").param(countyTask).update();
        long record = RECORDS.incrementAndGet();

        assertThatThrownBy(() -> scenario.publish(counted(item(0), record, 1, null))
                .andWaitForStateChange(() -> rows(record))).isInstanceOf(BusinessException.class);
        assertThat(rows(record)).isEmpty();
    }

    @Test
    void anItemNamedWithTheWrongPlanIsRefused(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        ItemRef wrongPlan = new ItemRef(plan.id() + 1, item(0).itemId());

        assertThatThrownBy(() -> scenario.publish(counted(wrongPlan, record, 1, null))
                .andWaitForStateChange(() -> rows(record))).isInstanceOf(BusinessException.class);
    }

    @Test
    void countingOutsideTheWritersTransactionIsAProgrammingError() {
        long record = RECORDS.incrementAndGet();

        assertThatThrownBy(() -> publisher.publishEvent(counted(item(0), record, 1, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows(record)).isEmpty();
    }

    @Test
    void countedWorkFollowsItsUnitWhenTheUnitMoves(Scenario scenario) {
        long record = RECORDS.incrementAndGet();
        scenario.publish(counted(item(0), record, 1, null)).andWaitForStateChange(() -> rows(record));
        String oldPath = path(tree.countyA());
        String newPath = path(tree.provinceB()) + tree.countyA() + "/";

        scenario.publish(new UnitMoved(tree.countyA(), oldPath, newPath))
                .andWaitForStateChange(() -> countedPath(record), newPath::equals)
                .andVerify(path -> assertThat(path).isEqualTo(newPath));
    }

    private String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }

    private String countedPath(long record) {
        return jdbc.sql("select unit_path from counted_work where kind = ? and record_id = ?").param(KIND)
                .param(record).query(String.class).single();
    }

    private ItemRef item(int index) {
        return new ItemRef(plan.id(), plan.itemIds().get(index));
    }

    private WorkCounted counted(ItemRef item, long record, int quantity, String link) {
        return new WorkCounted(tree.countyA(), item, KIND, record, quantity, "中心组学习 " + record, link,
                Instant.now(TestClock.INSTANCE));
    }

    record Row(long assignmentId, long itemId, int quantity, String title, String link) {
    }

    private List<Row> rows(long record) {
        return jdbc.sql("""
                select assignment_id, item_id, quantity, title, link from counted_work where kind = ? and record_id = ?
                """).param(KIND).param(record).query(Row.class).list();
    }

    private void writeRecord(String filename) {
        jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content)
                values (?, 'text/plain', 0, '\\x00', '\\x00')
                """).param(filename).update();
    }

    private boolean recordWritten(String filename) {
        return jdbc.sql("select count(*) from stored_file where filename = ?").param(filename).query(Long.class)
                .single() > 0;
    }
}
