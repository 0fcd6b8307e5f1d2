package org.luoshi.publicity.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 信息报送排名 of a province over 2025, with the seeded points (国家级采用 10; 省级采用 5, 推荐 1; 县级采用 1):
 * <pre>
 * county 1   3 submitted in 2025 (one at 23:30 on 31 December); #1 adopted and recommended by the province (6) and
 *            adopted by the nation (10); #2 adopted by the province, withdrawn; one submitted on 31 December 2024
 *            adopted by the province on 5 January 2025 (5); one submitted at 00:00 on 1 January 2026   → 21 points
 *   branch   1 submitted, adopted by county 1 (1)                                                      → 1
 * county 2   2 submitted: one adopted by the province (5), one returned                                  → 5
 * county 3   1 submitted, adopted by the province (5)                                                  → 5 (tie)
 * county 4   5 submitted, each recommended by the province but not adopted (5 × 1)                     → 5, 0 adopted
 * province   1 submitted, not adopted by the nation                                                    → 0
 * </pre>
 * A sibling province's county earns 100 points in the same year and never appears.
 */
@IntegrationTest
class RankingIT {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    RankingData data;
    String marker = String.valueOf(System.nanoTime());
    long root;
    long province;
    long county1;
    long branch;
    long county2;
    long county3;
    long county4;
    long sibling;
    long siblingCounty;
    String provinceAdmin;
    String siblingAdmin;
    long s1Provincial;
    long s1National;
    long draft;

    @BeforeEach
    void aProvinceReportsOver2025() {
        data = new RankingData(jdbc);
        seededPoints();
        root = fixtures.root();
        province = fixtures.unit(root, "排名省老科协" + marker, "PROVINCIAL");
        county1 = fixtures.unit(province, "排名一县老科协" + marker, "COUNTY");
        branch = fixtures.unit(county1, "排名一县分会" + marker, "BRANCH");
        county2 = fixtures.unit(province, "排名二县老科协" + marker, "COUNTY");
        county3 = fixtures.unit(province, "排名三县老科协" + marker, "COUNTY");
        county4 = fixtures.unit(province, "排名四县老科协" + marker, "COUNTY");
        sibling = fixtures.unit(root, "排名邻省老科协" + marker, "PROVINCIAL");
        siblingCounty = fixtures.unit(sibling, "排名邻省某县" + marker, "COUNTY");
        provinceAdmin = fixtures.account("rank.adm", province, Role.UNIT_ADMIN);
        siblingAdmin = fixtures.account("rank.sib", sibling, Role.UNIT_ADMIN);

        long s1 = data.submission(county1, at(2025, 3, 1, 9));
        s1Provincial = data.decide(s1, province, "PROVINCIAL", "ADOPTED_RECOMMENDED", at(2025, 3, 5, 10));
        s1National = data.decide(s1, root, "NATIONAL", "ADOPTED", at(2025, 3, 20, 10));
        long s2 = data.submission(county1, at(2025, 6, 1, 9));
        data.decide(s2, province, "PROVINCIAL", "ADOPTED", at(2025, 6, 2, 9), true);
        data.submission(county1, LocalDateTime.of(2025, 12, 31, 23, 30));
        long late2024 = data.submission(county1, LocalDateTime.of(2024, 12, 31, 23, 59));
        data.decide(late2024, province, "PROVINCIAL", "ADOPTED", at(2025, 1, 5, 9));
        long next = data.submission(county1, LocalDateTime.of(2026, 1, 1, 0, 0));
        data.decide(next, province, "PROVINCIAL", "ADOPTED", at(2026, 1, 2, 9));
        draft = data.submission(county1, null);

        long b1 = data.submission(branch, at(2025, 4, 1, 9));
        data.decide(b1, county1, "COUNTY", "ADOPTED", at(2025, 4, 2, 9));

        long c2a = data.submission(county2, at(2025, 5, 1, 9));
        data.decide(c2a, province, "PROVINCIAL", "ADOPTED", at(2025, 5, 3, 9));
        long c2b = data.submission(county2, at(2025, 5, 2, 9));
        data.decide(c2b, province, "PROVINCIAL", "RETURNED", at(2025, 5, 3, 9));

        long c3 = data.submission(county3, at(2025, 7, 1, 9));
        data.decide(c3, province, "PROVINCIAL", "ADOPTED", at(2025, 7, 3, 9));

        for (int i = 0; i < 5; i++) {
            long c4 = data.submission(county4, at(2025, 8, 1 + i, 9));
            data.decide(c4, province, "PROVINCIAL", "RECOMMENDED", at(2025, 8, 10, 9));
        }

        long p = data.submission(province, at(2025, 9, 1, 9));
        data.decide(p, root, "NATIONAL", "NOT_ADOPTED", at(2025, 9, 9, 9));

        for (int i = 0; i < 10; i++) {
            long s = data.submission(siblingCounty, at(2025, 2, 1 + i, 9));
            data.decide(s, root, "NATIONAL", "ADOPTED", at(2025, 2, 20, 9));
        }
    }

    @Test
    void eachUnitOfTheProvinceIsRankedByPointsThenAdoptions() throws Exception {
        ranking(provinceAdmin, "units")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.total").value(6))
                .andExpect(jsonPath("$.period.from").value("2025-01-01"))
                .andExpect(jsonPath("$.rows.items[0].unitId").value(county1))
                .andExpect(jsonPath("$.rows.items[0].rank").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.submitted").value(3))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedSubmissions").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.rate").value(33.3))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedNational").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedProvincial").value(2))
                .andExpect(jsonPath("$.rows.items[0].figures.adopted").value(3))
                .andExpect(jsonPath("$.rows.items[0].figures.recommended").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(21))
                // county 2 and 3 tie on 5 points and 1 adoption; county 4 has 5 points but no adoption
                .andExpect(jsonPath("$.rows.items[1].rank").value(2))
                .andExpect(jsonPath("$.rows.items[2].rank").value(2))
                .andExpect(jsonPath("$.rows.items[3].unitId").value(county4))
                .andExpect(jsonPath("$.rows.items[3].rank").value(4))
                .andExpect(jsonPath("$.rows.items[3].figures.recommended").value(5))
                .andExpect(jsonPath("$.rows.items[3].figures.rate").value(0.0))
                .andExpect(jsonPath("$.rows.items[4].unitId").value(branch))
                .andExpect(jsonPath("$.rows.items[4].figures.adoptedCounty").value(1))
                .andExpect(jsonPath("$.rows.items[4].figures.rate").value(100.0))
                .andExpect(jsonPath("$.rows.items[5].unitId").value(province))
                .andExpect(jsonPath("$.rows.items[5].own").value(true))
                .andExpect(jsonPath("$.rows.items[5].figures.points").value(0))
                .andExpect(content().string(not(containsString("排名邻省"))));
        List<Long> tied = List.of(id(ranking(provinceAdmin, "units"), 1), id(ranking(provinceAdmin, "units"), 2));
        assertThat(tied).containsExactlyInAnyOrder(county2, county3);
    }

    @Test
    void eachChildIsSummedOverItsSubtreeAndTheProvinceKeepsItsOwnRow() throws Exception {
        ranking(provinceAdmin, "children")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.total").value(5))
                .andExpect(jsonPath("$.rows.items[0].unitId").value(county1))
                .andExpect(jsonPath("$.rows.items[0].figures.submitted").value(4))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedSubmissions").value(2))
                .andExpect(jsonPath("$.rows.items[0].figures.rate").value(50.0))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedCounty").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(22))
                .andExpect(jsonPath("$.rows.items[3].unitId").value(county4))
                .andExpect(jsonPath("$.rows.items[4].unitId").value(province))
                .andExpect(jsonPath("$.rows.items[4].own").value(true))
                .andExpect(jsonPath("$.rows.items[4].rank").value(5))
                .andExpect(content().string(not(containsString("排名邻省"))));
    }

    @Test
    void withdrawingAdoptionsLaterTakesTheirPointsAndThenTheRateAway() throws Exception {
        jdbc.sql("update publicity_decision set withdrawn_at = now() where id = ?").param(s1National).update();
        ranking(provinceAdmin, "units")
                .andExpect(jsonPath("$.rows.items[0].unitId").value(county1))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(11))
                .andExpect(jsonPath("$.rows.items[0].figures.adoptedNational").value(0))
                .andExpect(jsonPath("$.rows.items[0].figures.rate").value(33.3));
        jdbc.sql("update publicity_decision set withdrawn_at = now() where id = ?").param(s1Provincial).update();
        // county 1 now has 5 points (the adoption of its 2024 submission) and no adopted submission of 2025
        mvc.perform(get("/api/v1/publicity/ranking/figures").param("unitId", String.valueOf(county1))
                        .param("from", FROM.toString()).param("to", TO.toString()).with(fixtures.as(provinceAdmin)))
                .andExpect(jsonPath("$.figures.points").value(5))
                .andExpect(jsonPath("$.figures.rate").value(0.0));
        ranking(provinceAdmin, "units")
                .andExpect(jsonPath("$.rows.items[?(@.unitId == %d)].figures.points".formatted(county1)).value(5))
                .andExpect(jsonPath("$.rows.items[?(@.unitId == %d)].figures.rate".formatted(county1)).value(0.0))
                .andExpect(jsonPath("$.rows.items[?(@.unitId == %d)].rank".formatted(county1)).value(1));
    }

    @Test
    void aDraftCountsOnceItIsFirstSubmitted() throws Exception {
        jdbc.sql("update publicity_submission set status = 'IN_REVIEW', submitted_version = 1, first_submitted_at = ?"
                + " where id = ?").param(at(2025, 10, 1, 9).atZone(RankingData.CHINA).toOffsetDateTime())
                .param(draft).update();
        ranking(provinceAdmin, "units")
                .andExpect(jsonPath("$.rows.items[0].figures.submitted").value(4))
                .andExpect(jsonPath("$.rows.items[0].figures.rate").value(25.0));
    }

    @Test
    void pagesCutTheRankingWithoutChangingRanksOrTotal() throws Exception {
        mvc.perform(get("/api/v1/publicity/ranking").param("from", FROM.toString()).param("to", TO.toString())
                        .param("page", "2").param("size", "4").with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.total").value(6))
                .andExpect(jsonPath("$.rows.items.length()").value(2))
                .andExpect(jsonPath("$.rows.items[0].rank").value(5))
                .andExpect(jsonPath("$.rows.items[1].rank").value(6));
    }

    @Test
    void aDayOutsideThePeriodDoesNotCount() throws Exception {
        // 2026 alone: only the submission made at midnight on 1 January and its adoption
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "2026-01-01").param("to", "2026-01-01")
                        .with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.total").value(1))
                .andExpect(jsonPath("$.rows.items[0].unitId").value(county1))
                .andExpect(jsonPath("$.rows.items[0].figures.submitted").value(1))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(0));
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "2026-01-01").param("to", "2026-01-02")
                        .with(fixtures.as(provinceAdmin)))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(5))
                .andExpect(jsonPath("$.rows.items[0].figures.rate").value(100.0));
    }

    @Test
    void aUnitsOwnFiguresLeaveItsSubtreeOut() throws Exception {
        mvc.perform(get("/api/v1/publicity/ranking/figures").param("unitId", String.valueOf(county1))
                        .param("from", FROM.toString()).param("to", TO.toString()).with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures.submitted").value(3))
                .andExpect(jsonPath("$.figures.adoptedCounty").value(0))
                .andExpect(jsonPath("$.figures.rate").value(33.3))
                .andExpect(jsonPath("$.figures.points").value(21));
    }

    @Test
    void theDefaultPeriodIsThisYearOnTheBusinessClock() throws Exception {
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
        mvc.perform(get("/api/v1/publicity/ranking").with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value(today.withDayOfYear(1).toString()))
                .andExpect(jsonPath("$.period.to").value(today.toString()));
    }

    @Test
    void aSiblingProvinceSeesNoneOfItAndCannotChooseItsUnits() throws Exception {
        mvc.perform(get("/api/v1/publicity/ranking").param("unitId", String.valueOf(county1))
                        .with(fixtures.as(siblingAdmin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("管辖范围")));
        mvc.perform(get("/api/v1/publicity/ranking/export.xlsx").param("unitId", String.valueOf(province))
                        .with(fixtures.as(siblingAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/publicity/ranking").param("from", FROM.toString()).param("to", TO.toString())
                        .with(fixtures.as(siblingAdmin)))
                .andExpect(jsonPath("$.rows.total").value(1))
                .andExpect(jsonPath("$.rows.items[0].unitId").value(siblingCounty))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(100))
                .andExpect(content().string(not(containsString("排名一县"))));
    }

    @Test
    void aMemberIsRefused() throws Exception {
        String member = fixtures.account("rank.mem", county1, Role.MEMBER);
        mvc.perform(get("/api/v1/publicity/ranking").with(fixtures.as(member)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("宣传编辑")));
        mvc.perform(get("/publicity/ranking").with(fixtures.as(member))).andExpect(status().isForbidden());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInChinese() throws Exception {
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "2025-06-01").param("to", "2025-05-01")
                        .with(fixtures.as(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("起始日期（2025-06-01）晚于截止日期（2025-05-01）")));
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "1800-01-01").with(fixtures.as(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("1990")));
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "去年").with(fixtures.as(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("from")));
        mvc.perform(get("/api/v1/publicity/ranking").param("view", "best").with(fixtures.as(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("按下级汇总")));
        mvc.perform(get("/publicity/ranking").param("from", "2025-06-01").param("to", "2025-05-01")
                        .with(fixtures.as(provinceAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("起始日期（2025-06-01）晚于截止日期（2025-05-01）")))
                .andExpect(content().string(containsString("value=\"2025-06-01\"")));
    }

    @Test
    void thePageShowsTheOwnFiguresAndTheRanking() throws Exception {
        String countyEditor = fixtures.account("rank.ed", county1, Role.EDITOR);
        mvc.perform(get("/publicity/ranking").param("from", FROM.toString()).param("to", TO.toString())
                        .with(fixtures.as(countyEditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本单位报送统计")))
                .andExpect(content().string(containsString("33.3%")))
                .andExpect(content().string(containsString("排名一县分会" + marker)))
                .andExpect(content().string(not(containsString("排名二县"))));
        mvc.perform(get("/publicity/ranking").param("view", "children").param("from", FROM.toString())
                        .param("to", TO.toString()).with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("unitId=" + county1)))
                .andExpect(content().string(containsString("排名四县老科协" + marker)));
    }

    @Test
    void theExportHasATitleRowAndTheRankedRows() throws Exception {
        byte[] xlsx = mvc.perform(get("/publicity/ranking/export.xlsx").param("view", "units")
                        .param("from", FROM.toString()).param("to", TO.toString()).with(fixtures.as(provinceAdmin)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = sheet(xlsx);
        assertThat(rows.get(0).get(0)).contains("排名省老科协" + marker).contains("按单位")
                .contains("2025-01-01").contains("2025-12-31");
        assertThat(rows.get(1)).startsWith("排名", "单位", "报送数", "国家级采用", "省级采用", "市级采用", "县级采用");
        assertThat(rows).hasSize(2 + 6);
        assertThat(rows.get(2)).containsExactly("1", "排名一县老科协" + marker, "3", "1", "2", "0", "0", "0", "3",
                "33.3%", "1", "21");
        assertThat(rows.get(7).get(1)).isEqualTo("排名省老科协" + marker + "（本级）");
        assertThat(rows.stream().flatMap(List::stream)).noneMatch(cell -> cell.contains("排名邻省"));
    }

    private ResultActions ranking(String user, String view) throws Exception {
        return mvc.perform(get("/api/v1/publicity/ranking").param("view", view).param("from", FROM.toString())
                .param("to", TO.toString()).with(fixtures.as(user)));
    }

    private long id(ResultActions result, int index) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.rows.items[" + index + "].unitId")).longValue();
    }

    private void seededPoints() {
        jdbc.sql("""
                update publicity_points p set adopted = v.adopted, recommended = v.recommended
                  from (values ('NATIONAL', 10, 0), ('PROVINCIAL', 5, 1), ('PREFECTURE', 2, 1), ('COUNTY', 1, 1))
                       as v (level, adopted, recommended)
                 where p.level = v.level
                """).update();
    }

    private static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }

    static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()));
        }
        return rows;
    }
}
