package org.luoshi.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ManualReminderIT {

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

    @BeforeEach
    void issuedToBothProvincesAndTheirCounties() {
        tree = fixtures.tree();
        plan = plans.plan(tree.root(), "人工催办方案", LocalDate.now().plusDays(5));
        long a = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.assign(plan, tree.countyA(), tree.provinceA(), a);
        long b = plans.assign(plan, tree.provinceB(), tree.root(), null);
        plans.assign(plan, tree.countyB(), tree.provinceB(), b);
    }

    @Test
    void provinceChasesItsCountyFromThePage() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(get("/plans/{id}/reminders/new", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(containsString("人工催办方案")));

        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .param("message", "请本周五前报送学习情况，谢谢！").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/" + plan.id()))
                .andExpect(flash().attribute("flash", containsString("1 个单位")));

        assertThat(jdbc.sql("select body from notification where unit_id = ? and kind = 'MANUAL' and sent_by_unit_id = ?")
                .param(tree.countyA()).param(tree.provinceA()).query(String.class).list())
                .singleElement().asString().contains("甲省老科协", "请本周五前报送学习情况，谢谢！");
    }

    @Test
    void anyAncestorMayChaseThroughTheApi() throws Exception {
        String national = fixtures.account("national-admin", tree.root(), Role.UNIT_ADMIN);

        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(national)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + tree.countyA() + "," + tree.countyB() + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sent").value(2));

        assertThat(manualCount(tree.countyA())).isEqualTo(1);
        assertThat(manualCount(tree.countyB())).isEqualTo(1);
        assertThat(jdbc.sql("select body from notification where unit_id = ? and kind = 'MANUAL'")
                .param(tree.countyB()).query(String.class).single()).contains("请抓紧落实各项任务");
    }

    @Test
    void aSiblingProvinceCannotChaseAnotherProvincesCounty() throws Exception {
        String provinceB = fixtures.account("province-b", tree.provinceB(), Role.UNIT_ADMIN);

        mvc.perform(get("/plans/{id}/reminders/new", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .with(fixtures.as(provinceB)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("甲省一县老科协"))));
        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .with(fixtures.as(provinceB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(provinceB)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + tree.countyB() + "," + tree.countyA() + "]}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("不在本单位下级范围内")));

        assertThat(manualCount(tree.countyA())).isZero();
        assertThat(manualCount(tree.countyB())).as("nothing is sent when one target is refused").isZero();
    }

    @Test
    void aCountyCannotChaseItsProvinceNorItself() throws Exception {
        String county = fixtures.account("county-admin", tree.countyA(), Role.UNIT_ADMIN);

        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[" + tree.provinceA() + "]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.provinceA()))
                        .with(fixtures.as(county)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(county)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[" + tree.countyA() + "]}"))
                .andExpect(status().isForbidden());

        assertThat(manualCount(tree.provinceA())).isZero();
        assertThat(manualCount(tree.countyA())).isZero();
    }

    @Test
    void aLeaderMayNotChaseAndNoUnitsIsAnInputError() throws Exception {
        String leader = fixtures.account("province-leader", tree.provinceA(), Role.LEADER);
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(leader)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[" + tree.countyA() + "]}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitIds\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitIds"));
        assertThat(manualCount(tree.countyA())).isZero();
    }

    @Test
    void aTooLongMessageStaysOnThePageWithTheReason() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);
        String typed = "抓紧".repeat(251);

        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .param("message", typed).with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(typed)))
                .andExpect(content().string(containsString("最多 500 个字")));
        assertThat(manualCount(tree.countyA())).isZero();
    }

    private long manualCount(long unitId) {
        return jdbc.sql("select count(*) from notification where unit_id = ? and kind = 'MANUAL'").param(unitId)
                .query(Long.class).single();
    }
}
