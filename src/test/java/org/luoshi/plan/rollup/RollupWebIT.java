package org.luoshi.plan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The roll-up as users reach it: the page with its drill-down, the API, the Excel exports and the Word report. */
@IntegrationTest
class RollupWebIT {

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
    PlanFixtures.Plan planOfB;
    long assignmentA;
    long assignmentCountyA;
    String adminA;
    String leaderA;
    String memberA;

    /**
     * The root issues a plan with two items (one overdue) to both provinces, each forwards it to its county;
     * province A acknowledged and finished the first item on time, its county acknowledged nothing.
     */
    @BeforeEach
    void plansAcrossTwoProvinces() {
        tree = fixtures.tree();
        LocalDate today = LocalDate.now(org.luoshi.support.TestClock.INSTANCE);
        plan = plans.plan(tree.root(), "汇总测试方案", today.minusDays(5), today.plusDays(10));
        assignmentA = plans.assign(plan, tree.provinceA(), tree.root(), null);
        assignmentCountyA = plans.assign(plan, tree.countyA(), tree.provinceA(), assignmentA);
        long assignmentB = plans.assign(plan, tree.provinceB(), tree.root(), null);
        plans.assign(plan, tree.countyB(), tree.provinceB(), assignmentB);
        plans.acknowledge(assignmentA);
        plans.approveImplementationPlan(assignmentA);
        plans.accept(assignmentA, plan.itemIds().get(0), today.minusDays(6));
        planOfB = plans.plan(tree.provinceB(), "乙省自己的方案", today.plusDays(3));
        plans.assign(planOfB, tree.countyB(), tree.provinceB(), null);
        adminA = fixtures.account("rollup-admin-a", tree.provinceA(), Role.UNIT_ADMIN);
        leaderA = fixtures.account("rollup-leader-a", tree.provinceA(), Role.LEADER);
        memberA = fixtures.account("rollup-member-a", tree.countyA(), Role.MEMBER);
    }

    @Test
    void provinceSeesItsSubtreeFiguresPerItemAndPerCounty() throws Exception {
        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汇总测试方案")))
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(not(containsString("乙省一县老科协"))))
                .andExpect(content().string(containsString("/plans/assignments/" + assignmentCountyA)))
                .andExpect(content().string(containsString("data-chart")))
                .andExpect(content().string(containsString("name=\"unitIds\"")))
                .andExpect(content().string(containsString("/plans/" + plan.id() + "/reminders")));
    }

    @Test
    void apiGivesTheSameFiguresAsTheBruteForceDefinitions() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).with(fixtures.as(leaderA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.id").value(tree.provinceA()))
                .andExpect(jsonPath("$.summary.assignments").value(2))
                .andExpect(jsonPath("$.summary.acknowledged").value(1))
                .andExpect(jsonPath("$.summary.acknowledgementRate").value(50.0))
                .andExpect(jsonPath("$.summary.implApproved").value(1))
                .andExpect(jsonPath("$.summary.items").value(4))
                .andExpect(jsonPath("$.summary.accepted").value(1))
                .andExpect(jsonPath("$.summary.acceptedOnTime").value(1))
                .andExpect(jsonPath("$.summary.overdue").value(1))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].figures.accepted").value(1))
                .andExpect(jsonPath("$.children.length()").value(1))
                .andExpect(jsonPath("$.children[0].unitId").value(tree.countyA()))
                .andExpect(jsonPath("$.laggards.total").value(1))
                .andExpect(jsonPath("$.laggards.items[0].unitId").value(tree.countyA()))
                .andExpect(jsonPath("$.laggards.items[0].daysOverdue").value(5));
    }

    @Test
    void drillingDownToTheCountyShowsOnlyTheCounty() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).param("unitId", String.valueOf(tree.countyA()))
                        .with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignmentId").value(assignmentCountyA))
                .andExpect(jsonPath("$.summary.assignments").value(1))
                .andExpect(jsonPath("$.summary.acknowledged").value(0))
                .andExpect(jsonPath("$.children.length()").value(0));
    }

    @Test
    void provinceACannotSeeProvinceBOnAnyRollupEndpoint() throws Exception {
        String b = String.valueOf(tree.provinceB());
        for (String url : List.of("/plans/{id}/rollup", "/plans/{id}/rollup/export.xlsx", "/plans/{id}/report.docx",
                "/api/v1/plans/{id}/rollup", "/api/v1/plans/{id}/rollup/export.xlsx", "/api/v1/plans/{id}/report.docx",
                "/plans/{id}/rollup/items/" + plan.itemIds().get(0),
                "/api/v1/plans/{id}/rollup/items/" + plan.itemIds().get(0))) {
            mvc.perform(get(url, plan.id()).param("unitId", b).with(fixtures.as(adminA)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(url, planOfB.id()).with(fixtures.as(adminA)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/plans/{id}/rollup", planOfB.id()).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖范围内")));
    }

    @Test
    void oneItemAcrossTheCountiesWithTheProvincesOwnTaskFirst() throws Exception {
        long first = plan.itemIds().get(0);
        mvc.perform(get("/api/v1/plans/{id}/rollup/items/{item}", plan.id(), first).with(fixtures.as(leaderA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.item.itemId").value(first))
                .andExpect(jsonPath("$.item.figures.items").value(2))
                .andExpect(jsonPath("$.item.figures.accepted").value(1))
                .andExpect(jsonPath("$.children.length()").value(2))
                .andExpect(jsonPath("$.children[0].unitId").value(tree.provinceA()))
                .andExpect(jsonPath("$.children[0].figures.accepted").value(1))
                .andExpect(jsonPath("$.children[1].unitId").value(tree.countyA()))
                .andExpect(jsonPath("$.children[1].figures.accepted").value(0))
                .andExpect(jsonPath("$.children[1].assignmentId").value(assignmentCountyA));
        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("/plans/" + plan.id() + "/rollup/items/" + first)));
        mvc.perform(get("/plans/{id}/rollup/items/{item}", plan.id(), first).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省老科协（本级）")))
                .andExpect(content().string(containsString("/plans/assignments/" + assignmentCountyA)))
                .andExpect(content().string(containsString("view=item&amp;itemId=" + first)));
        byte[] xlsx = mvc.perform(get("/plans/{id}/rollup/export.xlsx", plan.id()).param("view", "item")
                        .param("itemId", String.valueOf(first)).with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(xlsx)).anySatisfy(row -> assertThat(row).startsWith("甲省一县老科协", "1"));
    }

    @Test
    void anItemOfAnotherPlanOrNoItemAtAllIsRefusedInChinese() throws Exception {
        long foreign = planOfB.itemIds().get(0);
        mvc.perform(get("/api/v1/plans/{id}/rollup/items/{item}", plan.id(), foreign).with(fixtures.as(adminA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("该方案没有这个任务项")));
        mvc.perform(get("/api/v1/plans/{id}/rollup/export.xlsx", plan.id()).param("view", "item")
                        .with(fixtures.as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("itemId"));
    }

    @Test
    void membersMayNotSeeRollups() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).with(fixtures.as(memberA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(memberA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/{id}/rollup/items/{item}", plan.id(), plan.itemIds().get(0))
                        .with(fixtures.as(memberA)))
                .andExpect(status().isForbidden());
    }

    @Test
    void eachViewExportsToExcel() throws Exception {
        byte[] children = mvc.perform(get("/plans/{id}/rollup/export.xlsx", plan.id()).param("view", "children")
                        .with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(children)).anySatisfy(row -> assertThat(row).startsWith("甲省一县老科协", "1"));
        byte[] laggards = mvc.perform(get("/api/v1/plans/{id}/rollup/export.xlsx", plan.id())
                        .param("view", "laggards").with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(laggards)).anySatisfy(row -> assertThat(row).startsWith("甲省一县老科协", "1", "5"));
        mvc.perform(get("/api/v1/plans/{id}/rollup/export.xlsx", plan.id()).param("view", "everything")
                        .with(fixtures.as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("view"));
    }

    @Test
    void workReportIsAWordDocumentWithFiguresItemsAndLaggardsInChineseFonts() throws Exception {
        byte[] docx = mvc.perform(get("/plans/{id}/report.docx", plan.id())
                        .param("date", LocalDate.now(org.luoshi.support.TestClock.INSTANCE).toString()).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
            assertThat(text).contains("关于《汇总测试方案》落实工作情况的报告", "签收率 50%", "甲省一县老科协",
                    "逾期 1 项，已逾期 5 天");
            assertThat(document.getTables()).hasSize(3);
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getCTR().getRPr().getRFontsArray(0)
                    .getEastAsia()).isEqualTo("宋体");
        }
        mvc.perform(get("/api/v1/plans/{id}/report.docx", plan.id()).param("date", "2099-01-01")
                        .with(fixtures.as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()));
        }
        return rows;
    }
}
