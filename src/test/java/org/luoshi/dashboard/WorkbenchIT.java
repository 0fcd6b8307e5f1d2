package org.luoshi.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 工作台: what waits for a unit, how its subtree stands, what happened lately; members see a simple page. */
@IntegrationTest
class WorkbenchIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Tree tree;
    PlanFixtures.Plan plan;
    long assignmentA;
    long assignmentCountyA;
    long assignmentCountyB;

    /**
     * Province A acknowledged and forwarded to its county, which acknowledged, submitted its implementation plan
     * and reported one item (awaiting A's review); A's second item is overdue. Province B has not acknowledged.
     */
    @BeforeEach
    void aPlanPartWayThrough() {
        tree = fixtures.tree();
        LocalDate today = LocalDate.now(org.luoshi.support.TestClock.INSTANCE);
        plan = plans.plan(tree.root(), "工作台测试方案", today.minusDays(2), today.plusDays(20));
        assignmentA = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(assignmentA);
        assignmentCountyA = plans.assign(plan, tree.countyA(), tree.provinceA(), assignmentA);
        plans.acknowledge(assignmentCountyA);
        jdbc.sql("update assignment set impl_status = 'SUBMITTED', impl_submitted_at = now() where id = ?")
                .param(assignmentCountyA).update();
        jdbc.sql("update assignment_item set status = 'REPORTED' where assignment_id = ? and item_id = ?")
                .param(assignmentCountyA).param(plan.itemIds().get(1)).update();
        plans.accept(assignmentCountyA, plan.itemIds().get(0), today.minusDays(3));
        long assignmentB = plans.assign(plan, tree.provinceB(), tree.root(), null);
        assignmentCountyB = plans.assign(plan, tree.countyB(), tree.provinceB(), assignmentB);
        plans.acknowledge(assignmentCountyB);
    }

    @Test
    void unitAdministratorSeesWhatWaitsForThemWithLinks() throws Exception {
        String adminA = fixtures.account("bench-admin-a", tree.provinceA(), Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.memberOnly").value(false))
                .andExpect(jsonPath("$.unitCount").value(2))
                .andExpect(jsonPath("$.tasks.counts.RETURNED").value(0))
                .andExpect(jsonPath("$.tasks.counts.ACKNOWLEDGE").value(0))
                .andExpect(jsonPath("$.tasks.counts.IMPLEMENT").value(1))
                .andExpect(jsonPath("$.tasks.counts.REVIEW").value(1))
                .andExpect(jsonPath("$.tasks.tasks[?(@.kind == 'REVIEW')].pending").value(
                        org.hamcrest.Matchers.contains(2)))
                .andExpect(jsonPath("$.tasks.counts.REPORT").value(1))
                .andExpect(jsonPath("$.tasks.counts.OVERDUE").value(1))
                .andExpect(jsonPath("$.plans[0].plan.title").value("工作台测试方案"))
                .andExpect(jsonPath("$.plans[0].figures.assignments").value(2))
                .andExpect(jsonPath("$.plans[0].figures.acknowledged").value(2))
                .andExpect(jsonPath("$.children.rows[0].unitId").value(tree.countyA()))
                .andExpect(jsonPath("$.activity[?(@.assignmentId == " + assignmentCountyB + ")]").isEmpty())
                .andExpect(jsonPath("$.activity[?(@.kind == 'ACCEPTED')].unitId").value(
                        org.hamcrest.Matchers.contains((int) tree.countyA())));

        mvc.perform(get("/").with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待审核")))
                .andExpect(content().string(containsString("/plans/assignments/" + assignmentCountyA)))
                .andExpect(content().string(containsString("/plans/" + plan.id() + "/rollup")))
                .andExpect(content().string(containsString("data-chart")))
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(not(containsString("乙省一县老科协"))));
    }

    @Test
    void countyWithAPlanNotYetAcknowledgedSeesItToAcknowledge() throws Exception {
        long county = fixtures.unit(tree.provinceA(), "甲省二县老科协", "COUNTY");
        long assignment = plans.assign(plan, county, tree.provinceA(), assignmentA);
        String admin = fixtures.account("bench-county", county, Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(admin)))
                .andExpect(jsonPath("$.tasks.counts.ACKNOWLEDGE").value(1))
                .andExpect(jsonPath("$.tasks.tasks[0].assignmentId").value(assignment))
                .andExpect(jsonPath("$.tasks.counts.REPORT").value(0));
    }

    @Test
    void benchNamesTheChildrenFurthestBehindAndLinksToAllOfThem() throws Exception {
        for (int i = 1; i <= 10; i++) {
            long county = fixtures.unit(tree.provinceA(), "甲省已签收县" + i, "COUNTY");
            plans.acknowledge(plans.assign(plan, county, tree.provinceA(), assignmentA));
        }
        long laggard = fixtures.unit(tree.provinceA(), "甲省未签收县", "COUNTY");
        plans.assign(plan, laggard, tree.provinceA(), assignmentA);
        String adminA = fixtures.account("bench-admin-many", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(get("/api/v1/workbench").with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.children.total").value(12))
                .andExpect(jsonPath("$.children.rows.length()").value(10))
                .andExpect(jsonPath("$.children.rows[0].unitId").value(laggard))
                .andExpect(jsonPath("$.children.rows[?(@.unitId == " + tree.countyA() + ")]").isEmpty());
        mvc.perform(get("/").with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("共 12 个下级单位收到该方案")))
                .andExpect(content().string(containsString("/plans/" + plan.id() + "/rollup#children")));
    }

    @Test
    void benchListsTheFiveNewestReviewsAndLinksToTheRest() throws Exception {
        for (int i = 1; i <= 7; i++) {
            long county = fixtures.unit(tree.provinceA(), "甲省待审县" + i, "COUNTY");
            long task = plans.assign(plan, county, tree.provinceA(), assignmentA);
            plans.acknowledge(task);
            jdbc.sql("update assignment set impl_status = 'SUBMITTED', impl_submitted_at = now() - ? * interval '1 day'"
                    + " where id = ?").param(8 - i).param(task).update();
        }
        String adminA = fixtures.account("bench-admin-reviews", tree.provinceA(), Role.UNIT_ADMIN);

        String page = mvc.perform(get("/").with(fixtures.as(adminA))).andReturn().getResponse()
                .getContentAsString();
        String reviews = page.substring(page.indexOf("id=\"task-REVIEW\""));
        int next = reviews.indexOf("id=\"task-", 1);
        reviews = reviews.substring(0, next > 0 ? next : reviews.indexOf("<h2"));
        org.assertj.core.api.Assertions.assertThat(reviews.split("/plans/assignments/", -1)).hasSize(5 + 1);
        org.assertj.core.api.Assertions.assertThat(reviews).contains("还有 3 个，查看全部待办", "/plans/tasks?kind=REVIEW")
                .contains("甲省待审县7", "甲省待审县4").doesNotContain("甲省待审县3", "甲省待审县1");
        org.assertj.core.api.Assertions.assertThat(reviews.indexOf("甲省待审县7"))
                .isLessThan(reviews.indexOf("甲省待审县4"));
    }

    @Test
    void recentActivityIsTimedInTheAssociationsZone() throws Exception {
        jdbc.sql("update assignment set acknowledged_at = '2026-11-20T07:05:00Z' where id = ?")
                .param(assignmentCountyA).update();
        String adminA = fixtures.account("bench-admin-zone", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(get("/").with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("2026-11-20 15:05")));
    }

    @Test
    void provinceBSeesNothingOfProvinceA() throws Exception {
        String adminB = fixtures.account("bench-admin-b", tree.provinceB(), Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(adminB)))
                .andExpect(jsonPath("$.tasks.counts.REVIEW").value(0))
                .andExpect(jsonPath("$.plans[0].figures.assignments").value(2))
                .andExpect(jsonPath("$.plans[0].figures.accepted").value(0))
                .andExpect(jsonPath("$.activity[?(@.unitId == " + tree.countyA() + ")]").isEmpty());
        mvc.perform(get("/").with(fixtures.as(adminB)))
                .andExpect(content().string(not(containsString("甲省一县老科协"))));
    }

    @Test
    void memberSeesASimpleBenchWithoutAdministration() throws Exception {
        String member = fixtures.account("bench-member", tree.countyA(), Role.MEMBER);
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(member)))
                .andExpect(jsonPath("$.memberOnly").value(true))
                .andExpect(jsonPath("$.unitCount").doesNotExist())
                .andExpect(jsonPath("$.tasks").doesNotExist())
                .andExpect(jsonPath("$.plans[0].plan.title").value("工作台测试方案"));
        mvc.perform(get("/").with(fixtures.as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("工作台测试方案")))
                .andExpect(content().string(containsString("个人设置")))
                .andExpect(content().string(not(containsString("待审核"))))
                .andExpect(content().string(not(containsString("本级及下级单位"))));
    }

    @Test
    void returnedWorkComesFirstAsItsOwnListAndEveryCountMatchesTheListItOpens() throws Exception {
        jdbc.sql("update assignment set impl_status = 'RETURNED', impl_reviewed_at = now() where id = ?")
                .param(assignmentA).update();
        jdbc.sql("update assignment_item set status = 'RETURNED' where assignment_id = ? and item_id = ?")
                .param(assignmentA).param(plan.itemIds().get(1)).update();
        String adminA = fixtures.account("bench-admin-returned", tree.provinceA(), Role.UNIT_ADMIN);

        String bench = mvc.perform(get("/").with(fixtures.as(adminA))).andReturn().getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(bench.indexOf("id=\"task-RETURNED\""))
                .isPositive().isLessThan(bench.indexOf("id=\"task-"
                        + "REVIEW\"")).isLessThan(bench.indexOf("class=\"stat\""));
        for (var kind : org.luoshi.plan.RollupTask.Kind.values()) {
            Object counted = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/workbench")
                    .with(fixtures.as(adminA))).andReturn().getResponse().getContentAsString(),
                    "$.tasks.counts." + kind);
            Object listed = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/plans/tasks")
                    .param("kind", kind.name()).with(fixtures.as(adminA))).andReturn().getResponse()
                    .getContentAsString(), "$.total");
            org.assertj.core.api.Assertions.assertThat(((Number) listed).longValue()).as(kind.name())
                    .isEqualTo(((Number) counted).longValue());
        }
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.tasks.counts.RETURNED").value(1))
                .andExpect(jsonPath("$.tasks.tasks[0].kind").value("RETURNED"))
                .andExpect(jsonPath("$.tasks.tasks[0].pending").value(2))
                .andExpect(jsonPath("$.tasks.counts.IMPLEMENT").value(0));
        mvc.perform(get("/plans/tasks").with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("已退回")));
    }

    @Test
    void theMemberFigureSaysWhomItCountsAndOpensThatList() throws Exception {
        String adminA = fixtures.account("bench-admin-members", tree.provinceA(), Role.UNIT_ADMIN);
        mvc.perform(get("/").with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("在册会员（状态正常）")))
                .andExpect(content().string(containsString("/org/members?status=ACTIVE")));
    }

    @Test
    void aMembersPlansAreLinks() throws Exception {
        String member = fixtures.account("bench-member-links", tree.countyA(), Role.MEMBER);
        mvc.perform(get("/").with(fixtures.as(member)))
                .andExpect(content().string(containsString("href=\"/plans/" + plan.id() + "\"")));
        mvc.perform(get("/plans/{id}", plan.id()).with(fixtures.as(member)))
                .andExpect(status().isOk());
    }

    @Test
    void anEditorSeesHowManySubmissionsAwaitTheirUnitAndGoesToTheQueue() throws Exception {
        String editor = fixtures.account("bench-editor", tree.provinceA(), Role.EDITOR);
        for (int i = 0; i < 2; i++) {
            jdbc.sql("""
                    insert into publicity_submission (unit_id, unit_path, kind, status, title, reviewer_unit_id,
                        reviewer_unit_path, submitted_version, first_submitted_at, last_submitted_at, created_at,
                        updated_at)
                    select c.id, c.path, 'NEWS', 'IN_REVIEW', '工作台待审稿件', p.id, p.path, 1, now(), now(), now(), now()
                      from unit c, unit p where c.id = ? and p.id = ?
                    """).param(tree.countyA()).param(tree.provinceA()).update();
        }

        mvc.perform(get("/api/v1/workbench").with(fixtures.as(editor)))
                .andExpect(jsonPath("$.awaitingReview").value(2));
        mvc.perform(get("/").with(fixtures.as(editor)))
                .andExpect(content().string(containsString("id=\"publicity-queue\"")))
                .andExpect(content().string(containsString("共 2 篇")))
                .andExpect(content().string(containsString("/publicity/queue")));
        String countyAdmin = fixtures.account("bench-county-none", tree.countyA(), Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/workbench").with(fixtures.as(countyAdmin)))
                .andExpect(jsonPath("$.awaitingReview").value(0));
    }
}
