package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.AssignmentAcknowledged;
import org.luoshi.plan.AssignmentCompleted;
import org.luoshi.plan.AssignmentForwarded;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.ImplementationPlanReviewed;
import org.luoshi.plan.ImplementationPlanSubmitted;
import org.luoshi.plan.PlanIssued;
import org.luoshi.plan.ProgressAccepted;
import org.luoshi.plan.ProgressReported;
import org.luoshi.plan.ProgressReturned;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each event of the plan cascade reaches the unit it concerns, worded for it, linking to the task it is about.
 * The events are published as plan publishes them, in a transaction; the workflow's own tests show plan publishes
 * them (ReturnedReportIT records them from the workflow).
 */
@IntegrationTest
class PlanNoticesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Fixtures.Tree tree;
    PlanFixtures.Plan plan;
    AssignmentRef province;
    AssignmentRef county;

    @BeforeEach
    void planOfTheRootForwardedByProvinceA() {
        tree = fixtures.tree();
        plan = plans.plan(tree.root(), "通知测试方案", LocalDate.now().plusDays(30));
        long p = plans.assign(plan, tree.provinceA(), tree.root(), null);
        long c = plans.assign(plan, tree.countyA(), tree.provinceA(), p);
        province = ref(p, tree.provinceA(), tree.root());
        county = ref(c, tree.countyA(), tree.provinceA());
    }

    @Test
    void issuingTellsEachReceivingUnitOnceAndForwardingTellsTheForwardedUnits() {
        publish(new PlanIssued(plan.id(), tree.root(), "/", "通知测试方案", 1, Instant.now()));
        publish(new PlanIssued(plan.id(), tree.root(), "/", "通知测试方案", 0, Instant.now()));
        publish(new AssignmentForwarded(province, 1, Instant.now()));

        assertThat(notices(tree.provinceA(), "ISSUED")).as("issued again: told once")
                .containsExactly("下发：通知测试方案|/plans/assignments/" + province.assignmentId());
        assertThat(bodies(tree.provinceA(), "ISSUED")).singleElement().asString().contains("请签收");
        assertThat(notices(tree.countyA(), "FORWARDED"))
                .containsExactly("转发：通知测试方案|/plans/assignments/" + county.assignmentId());
        assertThat(bodies(tree.countyA(), "FORWARDED")).singleElement().asString().contains("甲省老科协转发了");
        assertThat(notices(tree.countyA(), "ISSUED")).as("the county got it from its province, not the root")
                .isEmpty();
    }

    @Test
    void aCoveringNoticeIsCitedByThePlanItIssuesWithoutNestedMarks() {
        PlanFixtures.Plan notice = plans.plan(tree.root(), "关于印发《引用测试方案》的通知", LocalDate.now().plusDays(30));
        plans.assign(notice, tree.provinceA(), tree.root(), null);

        publish(new PlanIssued(notice.id(), tree.root(), "/", "关于印发《引用测试方案》的通知", 1, Instant.now()));

        assertThat(jdbc.sql("select body from notification where unit_id = ? and plan_id = ? and kind = 'ISSUED'")
                .param(tree.provinceA()).param(notice.id()).query(String.class).single())
                .contains("下发了《引用测试方案》").doesNotContain("《关于");
    }

    @Test
    void theAssignerHearsOfAcknowledgementsSubmissionsAndReports() {
        publish(new AssignmentAcknowledged(county, 1, Instant.now()));
        publish(new ImplementationPlanSubmitted(county, Instant.now()));
        publish(new ProgressReported(1, county, plan.itemIds().get(0), 60, Instant.now()));

        assertThat(notices(tree.provinceA(), "ACKNOWLEDGED")).singleElement().asString()
                .startsWith("甲省一县老科协已签收").endsWith("/plans/assignments/" + county.assignmentId());
        assertThat(notices(tree.provinceA(), "IMPL_SUBMITTED")).hasSize(1);
        assertThat(bodies(tree.provinceA(), "REPORTED")).singleElement().asString()
                .contains("甲省一县老科协", "通知测试方案 item 1", "60%", "请审核");
        assertThat(notices(tree.countyA(), null)).as("nothing for the unit that acted").isEmpty();
    }

    @Test
    void aReturnedReportReachesTheReportingUnitWithTheReviewersComment() {
        publish(new ProgressReturned(1, county, plan.itemIds().get(0), "照片看不清，请补充集中学习的签到表。",
                Instant.now()));

        assertThat(notices(tree.countyA(), "REPORT_RETURNED"))
                .containsExactly("进展被退回：（1）通知测试方案 item 1|/plans/assignments/" + county.assignmentId());
        assertThat(bodies(tree.countyA(), "REPORT_RETURNED")).singleElement().asString()
                .contains("甲省老科协退回了", "照片看不清，请补充集中学习的签到表。", "重新报送");
        assertThat(notices(tree.provinceA(), null)).isEmpty();
    }

    @Test
    void aReturnedImplementationPlanCarriesTheCommentAndAnApprovedOneSaysSo() {
        publish(new ImplementationPlanReviewed(county, false, "举措太笼统，请写明时间和责任人。", Instant.now()));
        publish(new ImplementationPlanReviewed(county, true, null, Instant.now()));

        assertThat(bodies(tree.countyA(), "IMPL_RETURNED")).singleElement().asString()
                .contains("举措太笼统，请写明时间和责任人。");
        assertThat(notices(tree.countyA(), "IMPL_APPROVED")).singleElement().asString()
                .startsWith("实施方案已通过：通知测试方案");
    }

    @Test
    void acceptanceAndCompletionGoToTheUnitThatDidTheWork() {
        publish(new ProgressAccepted(1, county, plan.itemIds().get(0), Instant.now()));
        publish(new AssignmentCompleted(county, Instant.now()));

        assertThat(notices(tree.countyA(), "REPORT_ACCEPTED")).singleElement().asString()
                .startsWith("进展已通过：（1）通知测试方案 item 1");
        assertThat(notices(tree.countyA(), "COMPLETED")).singleElement().asString()
                .startsWith("任务已完成：通知测试方案");
        assertThat(notices(tree.provinceA(), null)).isEmpty();
    }

    @Test
    void aNoticeIsWrittenWithThePlansChangeOrNotAtAll() {
        try {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(new AssignmentCompleted(county, Instant.now()));
                throw new IllegalStateException("the change fails after the event");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(notices(tree.countyA(), null)).isEmpty();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private AssignmentRef ref(long assignmentId, long unitId, long assignerUnitId) {
        String path = jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
        return new AssignmentRef(assignmentId, plan.id(), unitId, path, assignerUnitId);
    }

    private List<String> notices(long unitId, String kind) {
        return jdbc.sql("""
                select title || '|' || link from notification
                 where unit_id = ? and plan_id = ? and (cast(? as varchar) is null or kind = ?) order by id
                """).param(unitId).param(plan.id()).param(kind).param(kind).query(String.class).list();
    }

    private List<String> bodies(long unitId, String kind) {
        return jdbc.sql("select body from notification where unit_id = ? and plan_id = ? and kind = ? order by id")
                .param(unitId).param(plan.id()).param(kind).query(String.class).list();
    }
}
