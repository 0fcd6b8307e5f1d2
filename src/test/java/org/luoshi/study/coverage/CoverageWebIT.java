package org.luoshi.study.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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

/**
 * 学习覆盖 as a province sees it: per county (each summed over its subtree), the units furthest behind, the weekly
 * trend and the sections, on the page, in the API and in Excel; a member and a sibling province are refused.
 */
@IntegrationTest
class CoverageWebIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Tree tree;
    long countyA2;
    long branch;
    CoverageFixtures.Material material;
    String adminA;
    String leaderA;
    String memberA;
    String adminB;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    /**
     * Province A: county 1 (12 members; 6 started, 3 finished) with a branch below it (10 members, 2 finished),
     * county 2 (10 members, none read). The material is national.
     */
    @BeforeEach
    void provinceAReadsANationalMaterial() {
        tree = fixtures.tree();
        countyA2 = fixtures.unit(tree.provinceA(), "甲省二县老科协", "COUNTY");
        branch = fixtures.unit(tree.countyA(), "甲省一县某支部", "BRANCH");
        CoverageFixtures data = new CoverageFixtures(jdbc);
        material = data.material(tree.root(), "覆盖测试材料", 3);
        for (int i = 0; i < 12; i++) {
            long member = data.member(tree.countyA());
            if (i < 3) {
                data.read(material, member, today.minusDays(20), 3, today.minusDays(10));
            } else if (i < 6) {
                data.read(material, member, today.minusDays(3), 1, null);
            }
        }
        for (int i = 0; i < 10; i++) {
            long member = data.member(branch);
            if (i < 2) {
                data.read(material, member, today.minusDays(8), 3, today.minusDays(1));
            }
        }
        for (int i = 0; i < 10; i++) {
            data.member(countyA2);
        }
        data.member(tree.provinceB());
        adminA = fixtures.account("cov.admin", tree.provinceA(), Role.UNIT_ADMIN);
        leaderA = fixtures.account("cov.leader", tree.provinceA(), Role.LEADER);
        memberA = fixtures.account("cov.member", tree.countyA(), Role.MEMBER);
        adminB = fixtures.account("cov.adminB", tree.provinceB(), Role.UNIT_ADMIN);
    }

    @Test
    void theProvinceSeesEachCountySummedOverItsSubtree() throws Exception {
        mvc.perform(get("/api/v1/study/coverage/{id}", material.id()).with(fixtures.as(leaderA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.members").value(32))
                .andExpect(jsonPath("$.total.started").value(8))
                .andExpect(jsonPath("$.total.finished").value(5))
                .andExpect(jsonPath("$.total.finishedShare").value(15.6))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].figures.members".formatted(tree.countyA()))
                        .value(22))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].figures.finished".formatted(tree.countyA()))
                        .value(5))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].hasSubunits".formatted(tree.countyA()))
                        .value(true))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].figures.started".formatted(countyA2)).value(0));
        mvc.perform(get("/api/v1/study/coverage/{id}", material.id()).param("unitId",
                        String.valueOf(tree.countyA())).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.children[0].own").value(true))
                .andExpect(jsonPath("$.children[0].figures.members").value(12))
                .andExpect(jsonPath("$.children[0].figures.finishedShare").value(25.0))
                .andExpect(jsonPath("$.children[1].unitId").value(branch))
                .andExpect(jsonPath("$.children[1].figures.finishedShare").value(20.0));
    }

    @Test
    void theUnitsFurthestBehindComeFirst() throws Exception {
        mvc.perform(get("/api/v1/study/coverage/{id}/behind", material.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].unitId").value(countyA2))
                .andExpect(jsonPath("$.items[1].unitId").value(branch))
                .andExpect(jsonPath("$.items[2].unitId").value(tree.countyA()));
    }

    @Test
    void theTrendIsCumulativeWeekByWeek() throws Exception {
        mvc.perform(get("/api/v1/study/coverage/{id}/trend", material.id()).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$[0].started").value(3))
                .andExpect(jsonPath("$[0].finished").value(0))
                .andExpect(jsonPath("$[-1:].started").value(8))
                .andExpect(jsonPath("$[-1:].finished").value(5));
    }

    @Test
    void eachSectionCountsWhoFinishedIt() throws Exception {
        mvc.perform(get("/api/v1/study/coverage/{id}/sections", material.id()).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$[0].ordinal").value(1))
                .andExpect(jsonPath("$[0].finished").value(8))
                .andExpect(jsonPath("$[1].finished").value(5))
                .andExpect(jsonPath("$[2].finished").value(5));
    }

    @Test
    void thePageShowsTheCountiesAndExportsEachView() throws Exception {
        mvc.perform(get("/study/coverage/{id}", material.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省二县老科协")))
                .andExpect(content().string(containsString("进度最慢的单位")));
        mvc.perform(get("/study/coverage/{id}/sections", material.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第1节")));
        mvc.perform(get("/study/coverage").with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("覆盖测试材料")));
        byte[] children = mvc.perform(get("/study/coverage/{id}/export.xlsx", material.id())
                        .param("view", "children").with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(children)).anySatisfy(row -> assertThat(row).startsWith("甲省一县老科协", "22", "8"));
        byte[] sections = mvc.perform(get("/api/v1/study/coverage/{id}/export.xlsx", material.id())
                        .param("view", "sections").with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(sections)).anySatisfy(row -> assertThat(row).startsWith("1", "第1章", "第1节", "8"));
        for (String view : List.of("behind", "trend")) {
            mvc.perform(get("/api/v1/study/coverage/{id}/export.xlsx", material.id()).param("view", view)
                    .with(fixtures.as(leaderA))).andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/study/coverage/{id}/export.xlsx", material.id()).param("view", "all")
                        .with(fixtures.as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("view"));
    }

    @Test
    void aMemberSeesNoCoverageOfOthers() throws Exception {
        for (String url : List.of("/api/v1/study/coverage/{id}", "/api/v1/study/coverage/{id}/behind",
                "/api/v1/study/coverage/{id}/sections", "/api/v1/study/coverage/{id}/export.xlsx",
                "/api/v1/study/coverage/{id}/trend", "/study/coverage/{id}", "/study/coverage/{id}/sections")) {
            mvc.perform(get(url, material.id()).with(fixtures.as(memberA))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/study/coverage/materials").with(fixtures.as(memberA)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("会员只能查看本人的阅读进度")));
    }

    @Test
    void aSiblingProvinceIsRefused() throws Exception {
        for (String url : List.of("/api/v1/study/coverage/{id}", "/api/v1/study/coverage/{id}/behind",
                "/api/v1/study/coverage/{id}/sections", "/api/v1/study/coverage/{id}/export.xlsx",
                "/api/v1/study/coverage/{id}/trend", "/study/coverage/{id}", "/study/coverage/{id}/sections",
                "/study/coverage/{id}/export.xlsx")) {
            mvc.perform(get(url, material.id()).param("unitId", String.valueOf(tree.countyA()))
                    .with(fixtures.as(adminB))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/study/coverage/{id}", material.id())
                        .param("unitId", String.valueOf(tree.provinceA())).with(fixtures.as(adminB)))
                .andExpect(jsonPath("$.detail").value(containsString("不在本单位及下级范围内")));
        CoverageFixtures data = new CoverageFixtures(jdbc);
        CoverageFixtures.Material ofB = data.material(tree.provinceB(), "乙省自己的材料", 1);
        mvc.perform(get("/api/v1/study/coverage/{id}", ofB.id()).with(fixtures.as(adminA)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theWordReportStatesCoveragePerCountyAndTheUnitsBehind() throws Exception {
        org.luoshi.study.internal.report.StudyReportSection section = sections.stream()
                .filter(s -> s.order() == 30).findFirst().orElseThrow();
        org.luoshi.org.UnitRef province = units.find(tree.provinceA()).orElseThrow();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            section.write(new org.luoshi.study.internal.report.StudyReportScope(province, today,
                    new org.luoshi.shared.security.Actor(0, "t", "t", province.id(), province.path(),
                            java.util.Set.of(Role.UNIT_ADMIN))), document);
            String text;
            try (var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
                text = extractor.getText();
            }
            assertThat(text).contains("《覆盖测试材料》", "共有会员 32 人", "读完 5 人（15.6%）", "甲省二县老科协",
                    "进度最慢的");
        }
    }

    @Test
    void theWorkBenchMayShowTheNewestMaterialsCoverageInBrief() {
        long ownMaterial = new CoverageFixtures(jdbc).material(tree.provinceA(), "甲省最新材料", 1).id();
        jdbc.sql("update study_material set published_at = now() + interval '1 day' where id = ?").param(ownMaterial)
                .update();
        org.luoshi.org.UnitRef province = units.find(tree.provinceA()).orElseThrow();
        var admin = new org.luoshi.shared.security.Actor(0, "t", "t", province.id(), province.path(),
                java.util.Set.of(Role.UNIT_ADMIN));
        assertThat(coverage.newest(admin)).hasValueSatisfying(brief -> {
            assertThat(brief.materialId()).isEqualTo(ownMaterial);
            assertThat(brief.members()).isEqualTo(32);
            assertThat(brief.link()).isEqualTo("/study/coverage/" + ownMaterial);
        });
        var member = new org.luoshi.shared.security.Actor(0, "t", "t", province.id(), province.path(),
                java.util.Set.of(Role.MEMBER));
        assertThat(coverage.newest(member)).isEmpty();
    }

    @Autowired
    org.luoshi.study.ReadingCoverage coverage;
    @Autowired
    List<org.luoshi.study.internal.report.StudyReportSection> sections;
    @Autowired
    org.luoshi.org.UnitDirectory units;

    static List<List<String>> cells(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.add(row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()));
        }
        return rows;
    }
}
