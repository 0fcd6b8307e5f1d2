package org.luoshi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 导出 Excel of the editors' article list, the briefing list and the exemplary people list: the page's link carries
 * its filter, the page's and the API's workbook hold every row the filter finds in the actor's scope (read back
 * from the xlsx), and nothing of a sibling province.
 */
@IntegrationTest
class PublicityListExportsIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    final String tag = "X" + System.nanoTime() % 1_000_000_000L;
    Fixtures.Tree tree;
    String editorA;
    String editorB;
    String countyEditor;

    @BeforeEach
    void world() {
        tree = fixtures.tree();
        editorA = fixtures.account("xea", tree.provinceA(), Role.EDITOR);
        editorB = fixtures.account("xeb", tree.provinceB(), Role.EDITOR);
        countyEditor = fixtures.account("xec", tree.countyA(), Role.EDITOR);
    }

    @Test
    void theArticleListExportsTheUnitsArticlesFilteredByColumnAndStatus() throws Exception {
        article(tree.provinceA(), "NEWS", "动态" + tag, false);
        article(tree.provinceA(), "NEWS", "撤下的动态" + tag, true);
        article(tree.provinceA(), "CASES", "案例" + tag, false);
        article(tree.provinceB(), "NEWS", "乙省动态" + tag, false);

        assertThat(page(editorA, "/publicity/articles?column=NEWS"))
                .contains("/publicity/articles/export.xlsx?column=NEWS");
        List<List<String>> news = sheet(editorA, "/api/v1/publicity/articles/export.xlsx?column=NEWS");
        assertThat(news.get(0).get(0)).contains("甲省老科协", "门户文章");
        assertThat(news.get(1)).startsWith("标题", "栏目", "发布时间", "状态", "来源", "置顶");
        assertThat(tagged(news)).extracting(r -> r.get(0) + "|" + r.get(1) + "|" + r.get(3))
                .containsExactlyInAnyOrder("动态" + tag + "|工作动态|已发布", "撤下的动态" + tag + "|工作动态|已撤稿");
        assertThat(tagged(sheet(editorA, "/publicity/articles/export.xlsx?status=WITHDRAWN")))
                .extracting(r -> r.get(0)).containsExactly("撤下的动态" + tag);
        assertThat(tagged(sheet(editorA, "/publicity/articles/export.xlsx"))).hasSize(3);
        assertThat(tagged(sheet(editorB, "/api/v1/publicity/articles/export.xlsx")))
                .extracting(r -> r.get(0)).containsExactly("乙省动态" + tag);
    }

    @Test
    void theBriefingListExportsTheSubtreesBriefingsOfTheChosenYear() throws Exception {
        briefing(tree.provinceA(), 2026, 1, "甲省" + tag);
        briefing(tree.provinceA(), 2025, 4, "甲省" + tag);
        briefing(tree.countyA(), 2026, 2, "一县" + tag);
        briefing(tree.provinceB(), 2026, 1, "乙省" + tag);

        assertThat(page(editorA, "/publicity/briefings?year=2026")).contains("/publicity/briefings/export.xlsx?year=2026");
        List<List<String>> year = sheet(editorA, "/publicity/briefings/export.xlsx?year=2026");
        assertThat(year.get(0).get(0)).contains("甲省老科协", "工作简报");
        assertThat(year.get(1)).startsWith("期号", "标题", "编印单位", "印发日期", "稿件", "状态", "门户");
        assertThat(tagged(year)).extracting(r -> r.get(0) + "|" + r.get(2) + "|" + r.get(5))
                .containsExactlyInAnyOrder("2026年第1期|甲省" + tag + "|编辑中", "2026年第2期|一县" + tag + "|编辑中");
        assertThat(tagged(sheet(editorA, "/api/v1/publicity/briefings/export.xlsx"))).hasSize(3);
        assertThat(tagged(sheet(countyEditor, "/api/v1/publicity/briefings/export.xlsx")))
                .extracting(r -> r.get(2)).containsExactly("一县" + tag);
    }

    @Test
    void thePeopleListExportsWhomTheSearchFindsWithTheirWholeStory() throws Exception {
        person(editorA, "张茶" + tag, "<p>带领农户改造茶园，亩产翻番。</p>");
        person(editorA, "李桥" + tag, "<p>义务讲解桥梁安全知识。</p>");
        person(editorB, "王乙" + tag, "<p>改造茶园。</p>");

        assertThat(page(editorA, "/publicity/people?q=茶园")).contains("/publicity/people/export.xlsx?q=");
        List<List<String>> found = sheet(editorA, "/publicity/people/export.xlsx?q=茶园");
        assertThat(found.get(0).get(0)).contains("甲省老科协", "典型人物");
        assertThat(found.get(1)).startsWith("姓名", "职务/职称", "单位", "事迹", "门户展示");
        assertThat(tagged(found)).extracting(r -> r.get(0) + "|" + r.get(3) + "|" + r.get(4))
                .containsExactly("张茶" + tag + "|带领农户改造茶园，亩产翻番。|未记录同意");
        assertThat(tagged(sheet(editorA, "/api/v1/publicity/people/export.xlsx"))).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("张茶" + tag, "李桥" + tag);
        MockHttpServletResponse outside = mvc.perform(get("/api/v1/publicity/people/export.xlsx")
                .param("unitId", String.valueOf(tree.provinceB())).with(fixtures.as(editorA))).andReturn()
                .getResponse();
        assertThat(outside.getStatus()).isEqualTo(400);
        assertThat(outside.getContentAsString()).contains("unitId").doesNotContain("王乙");
    }

    private void article(long unit, String column, String title, boolean withdrawn) {
        Instant now = TestClock.INSTANCE.instant();
        jdbc.sql("""
                insert into publicity_article (unit_id, unit_path, column_code, title, summary, body_html,
                                               publish_at, withdrawn_at, withdrawn_reason, created_at, updated_at)
                select id, path, ?, ?, '摘要', '<p>正文</p>', ?, case when ? then cast(? as timestamptz) end,
                       case when ? then '核实有误' end, now(), now()
                  from unit where id = ?
                """).param(column).param(title).param(Timestamp.from(now.minus(Duration.ofDays(1)))).param(withdrawn)
                .param(Timestamp.from(now)).param(withdrawn).param(unit).update();
    }

    private void briefing(long unit, int year, int number, String issuer) {
        jdbc.sql("""
                insert into publicity_briefing (unit_id, unit_path, year, number, issuer_name, issue_date, status,
                                                created_at, updated_at)
                select id, path, ?, ?, ?, make_date(?, 3, 1), 'DRAFT', now(), now() from unit where id = ?
                """).param(year).param(number).param(issuer).param(year).param(unit).update();
    }

    private void person(String editor, String name, String story) throws Exception {
        int status = mvc.perform(post("/api/v1/publicity/people").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"post\":\"高级农艺师\",\"storyHtml\":\"" + story + "\"}")
                .with(fixtures.as(editor)).with(csrf())).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(201);
    }

    private String page(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private List<List<String>> sheet(String user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(XLSX);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                response.getContentAsByteArray())); Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()));
        }
        return rows;
    }

    /** This test's rows: the shared test database holds other tests' rows too. */
    private List<List<String>> tagged(List<List<String>> rows) {
        return rows.stream().skip(2).filter(row -> String.join("|", row).contains(tag)).toList();
    }
}
