package org.luoshi.plan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a unit sees of a plan is true of that unit: its own due dates, the notices under the units that wrote them,
 * who received the plan by 下发 and who by 转发, and downloads named for what they hold.
 */
@IntegrationTest
class WhatAUnitSeesIT {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

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
    LocalDate today;
    long provinceTask;
    long countyTask;
    String adminA;
    String countyAdmin;

    /**
     * The root issues a covering notice with two items to province A, which forwards it to its county with a notice
     * of its own and brings the county's first due date forward by five days.
     */
    @BeforeEach
    void aPlanForwardedWithANoticeAndAnEarlierDueDate() {
        tree = fixtures.tree();
        today = LocalDate.now(TestClock.INSTANCE);
        plan = plans.plan(tree.root(), "关于印发《真实情况测试方案》的通知", today.plusDays(10), today.plusDays(20));
        provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        countyTask = plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask);
        jdbc.sql("update assignment set notice = '甲省：请各县于月底前报送' where id = ?").param(countyTask).update();
        jdbc.sql("update assignment_item set due_on = ? where assignment_id = ? and item_id = ?")
                .param(today.plusDays(5)).param(countyTask).param(plan.itemIds().get(0)).update();
        adminA = fixtures.account("truth-admin-a", tree.provinceA(), Role.UNIT_ADMIN);
        countyAdmin = fixtures.account("truth-county", tree.countyA(), Role.UNIT_ADMIN);
    }

    @Test
    void aCountysRollupShowsTheDueDateItWasGivenNotTheNationalOne() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).param("unitId", String.valueOf(tree.countyA()))
                        .with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].dueOn").value(today.plusDays(5).toString()))
                .andExpect(jsonPath("$.items[1].dueOn").value(today.plusDays(20).toString()));
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.items[0].dueOn").value(today.plusDays(10).toString()));
        mvc.perform(get("/plans/{id}/rollup", plan.id()).param("unitId", String.valueOf(tree.countyA()))
                        .with(fixtures.as(adminA)))
                .andExpect(content().string(containsString(today.plusDays(5).toString())));
    }

    @Test
    void aCountysWordReportShowsItsOwnDueDate() throws Exception {
        String text = report(countyAdmin, tree.countyA());
        assertThat(text).contains("完成时限：" + CHINESE_DATE.format(today.plusDays(5)))
                .doesNotContain("完成时限：" + CHINESE_DATE.format(today.plusDays(10)));
    }

    @Test
    void aForwardingNoticeStandsUnderTheUnitThatWroteIt() throws Exception {
        mvc.perform(get("/api/v1/plans/assignments/{id}", countyTask).with(fixtures.as(countyAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lineage[0].unitId").value(tree.root()))
                .andExpect(jsonPath("$.lineage[0].notice").doesNotExist())
                .andExpect(jsonPath("$.lineage[1].unitId").value(tree.provinceA()))
                .andExpect(jsonPath("$.lineage[1].notice").value("甲省：请各县于月底前报送"))
                .andExpect(jsonPath("$.lineage[2].unitId").value(tree.countyA()))
                .andExpect(jsonPath("$.lineage[2].notice").doesNotExist());
    }

    @Test
    void unitsReachedByIssueAreToldApartFromThoseReachedByForwarding() throws Exception {
        mvc.perform(get("/api/v1/plans/{id}/rollup", plan.id()).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.summary.assignments").value(2))
                .andExpect(jsonPath("$.reach.issued").value(1))
                .andExpect(jsonPath("$.reach.forwarded").value(1));
        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("下发 1，转发 1")));
        String page = mvc.perform(get("/plans/{id}", plan.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String countyRow = page.substring(page.indexOf(">甲省一县老科协</a>"));
        assertThat(countyRow.substring(0, countyRow.indexOf("</tr>"))).contains("甲省老科协转发");
        String provinceRow = page.substring(page.indexOf(">甲省老科协</a>"));
        assertThat(provinceRow.substring(0, provinceRow.indexOf("</tr>"))).contains(">下发</td>");
    }

    @Test
    void everyExportIsNamedForItsPlanViewUnitAndDayAndSaysSoInItsFirstRow() throws Exception {
        List<String> names = new ArrayList<>();
        for (String view : List.of("summary", "items", "children", "laggards", "trend")) {
            var response = mvc.perform(get("/plans/{id}/rollup/export.xlsx", plan.id()).param("view", view)
                            .with(fixtures.as(adminA)))
                    .andExpect(status().isOk()).andReturn().getResponse();
            String name = URLDecoder.decode(response.getHeader("Content-Disposition").replaceAll(".*UTF-8''", ""),
                    StandardCharsets.UTF_8);
            assertThat(name).startsWith("真实情况测试方案-").endsWith("-甲省老科协-" + today + ".xlsx");
            names.add(name);
            List<List<String>> rows = cells(response.getContentAsByteArray());
            assertThat(rows.get(0).get(0)).startsWith("《真实情况测试方案》")
                    .contains("甲省老科协及其下级单位", "截至 " + today);
            assertThat(rows.get(1)).isNotEmpty();
        }
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names.get(1)).contains("分项落实情况");
        List<List<String>> items = cells(mvc.perform(get("/plans/{id}/rollup/export.xlsx", plan.id())
                .param("view", "items").with(fixtures.as(adminA))).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(items.get(1)).startsWith("任务项", "完成时限");
    }

    @Test
    void theTaskListExportIsNamedForTheUnitAndDayWithATitleRow() throws Exception {
        var response = mvc.perform(get("/plans/tasks/export.xlsx").with(fixtures.as(countyAdmin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx"))).andReturn().getResponse();
        String name = URLDecoder.decode(response.getHeader("Content-Disposition").replaceAll(".*UTF-8''", ""),
                StandardCharsets.UTF_8);
        assertThat(name).isEqualTo("待办-甲省一县老科协-" + today + ".xlsx");
        List<List<String>> rows = cells(response.getContentAsByteArray());
        assertThat(rows.get(0).get(0)).isEqualTo("甲省一县老科协待办（截至 " + today + "）");
        assertThat(rows.get(2)).startsWith("待签收", "关于印发《真实情况测试方案》的通知", "甲省一县老科协");
    }

    @Test
    void theReportIsNamedForItsPlanUnitAndDay() throws Exception {
        String disposition = mvc.perform(get("/plans/{id}/report.docx", plan.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("Content-Disposition");
        assertThat(URLDecoder.decode(disposition.replaceAll(".*UTF-8''", ""), StandardCharsets.UTF_8))
                .isEqualTo("真实情况测试方案-工作情况报告-甲省老科协-" + today + ".docx");
    }

    @Test
    void theReportCitesThePlanWithoutNestingBookTitleMarks() throws Exception {
        assertThat(report(adminA, tree.provinceA())).contains("关于《真实情况测试方案》落实工作情况的报告")
                .doesNotContain("《关于印发《");
    }

    private String report(String account, long unitId) throws Exception {
        byte[] docx = mvc.perform(get("/plans/{id}/report.docx", plan.id()).param("unitId", String.valueOf(unitId))
                        .with(fixtures.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return new XWPFWordExtractor(document).getText();
        }
    }

    static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()));
        }
        return rows;
    }
}
