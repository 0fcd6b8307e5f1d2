package org.luoshi.study.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.study.internal.coverage.CoverageRecount;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 计入落实 of coverage: a county links its members' finished share of a material to a plan item whose target is in
 * %, the plan counts the whole percent at once, counts it again on the schedule as members read, and no longer
 * when unlinked. Items counted in other units (次) are refused, as is a second material for one item.
 */
@IntegrationTest
class CoverageCountingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageRecount recount;

    Fixtures.Tree tree;
    PlanFixtures.Plan plan;
    CoverageFixtures data;
    CoverageFixtures.Material material;
    List<Long> members;
    String adminCounty;
    String adminProvince;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    /** County A (8 members, 3 finished) acknowledged a plan whose first item targets 80 %, the second 4 次. */
    @BeforeEach
    void aCountyHasAcknowledgedAPlanWithACoverageTarget() {
        tree = fixtures.tree();
        plan = plans.plan(tree.root(), "覆盖计入测试方案", today.plusDays(30), today.plusDays(60));
        jdbc.sql("update plan_item set target_quantity = 80, target_unit = '%' where id = ?")
                .param(plan.itemIds().get(0)).update();
        jdbc.sql("update plan_item set target_quantity = 4, target_unit = '次' where id = ?")
                .param(plan.itemIds().get(1)).update();
        long provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask));
        data = new CoverageFixtures(jdbc);
        material = data.material(tree.root(), "计入测试材料", 2);
        members = java.util.stream.IntStream.range(0, 8).mapToObj(i -> data.member(tree.countyA())).toList();
        for (int i = 0; i < 3; i++) {
            data.read(material, members.get(i), today.minusDays(5), 2, today.minusDays(1));
        }
        adminCounty = fixtures.account("cnt.admin", tree.countyA(), Role.UNIT_ADMIN);
        adminProvince = fixtures.account("cnt.prov", tree.provinceA(), Role.UNIT_ADMIN);
    }

    @Test
    void onlyItemsWithATargetInPercentAreOffered() throws Exception {
        mvc.perform(get("/api/v1/study/coverage/linkable-items").with(fixtures.as(adminCounty)))
                .andExpect(jsonPath("$[?(@.item.planId == %d)].item.itemId".formatted(plan.id()))
                        .value(plan.itemIds().get(0).intValue()));
    }

    @Test
    void linkingCountsTheFinishedShareAtOnceAndTheScheduleCountsItAgain() throws Exception {
        long link = link(plan.itemIds().get(0))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.countedPercent").value(37))
                .andReturn().getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1")
                .transform(Long::parseLong);
        assertThat(counted(link)).containsExactly(37);

        data.read(material, members.get(3), today.minusDays(2), 2, today);
        data.read(material, members.get(4), today.minusDays(2), 2, today);
        recount.run();
        assertThat(counted(link)).as("5 of 8 finished").containsExactly(62);

        mvc.perform(delete("/api/v1/study/coverage/links/{id}", link).with(fixtures.as(adminProvince)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/study/coverage/links/{id}", link).with(fixtures.as(adminCounty)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(counted(link)).isEmpty();
    }

    @Test
    void aCountTowardAnItemInTimesOrASecondMaterialIsRefused() throws Exception {
        link(plan.itemIds().get(1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("itemId"))
                .andExpect(jsonPath("$.detail").value(containsString("目标单位为 %")));
        link(plan.itemIds().get(0)).andExpect(status().isCreated());
        link(plan.itemIds().get(0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("已计入")));
    }

    @Test
    void theCountyLinksFromItsCoveragePage() throws Exception {
        mvc.perform(post("/study/coverage/{id}/links", material.id()).param("itemId",
                        String.valueOf(plan.itemIds().get(0))).with(csrf()).with(fixtures.as(adminCounty)))
                .andExpect(redirectedUrlPattern("/study/coverage/" + material.id() + "*"));
        mvc.perform(get("/study/coverage/{id}", material.id()).with(fixtures.as(adminCounty)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("取消计入")));
        mvc.perform(post("/study/coverage/{id}/links", material.id()).param("itemId",
                        String.valueOf(plan.itemIds().get(1))).with(csrf()).with(fixtures.as(adminCounty)))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("目标单位为 %")));
    }

    private org.springframework.test.web.servlet.ResultActions link(long itemId) throws Exception {
        return mvc.perform(post("/api/v1/study/coverage/links").contentType(MediaType.APPLICATION_JSON)
                .content("{\"materialId\":%d,\"itemId\":%d}".formatted(material.id(), itemId))
                .with(fixtures.as(adminCounty)).with(csrf()));
    }

    private List<Integer> counted(long link) {
        return jdbc.sql("select quantity from counted_work where kind = 'study.reading' and record_id = ?")
                .param(link).query(Integer.class).list();
    }
}
