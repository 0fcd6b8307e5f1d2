package org.luoshi.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.test.web.servlet.ResultActions;

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
    void aSilentUnitOfAPlanIssuedTodayIsOfferedAndChasedAndTheUserReturnsWhereTheyCameFrom() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);
        String rollup = "/plans/" + plan.id() + "/rollup?unitId=" + tree.provinceA();

        String page = mvc.perform(get("/plans/{id}/reminders/new", plan.id()).param("returnTo", rollup)
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未签收的单位")))
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(containsString("请抓紧落实各项任务，按时报送进展。")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).as("the own unit is never offered")
                .doesNotContain("name=\"unitIds\" value=\"" + tree.provinceA() + "\"");

        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .param("message", "新方案请尽快签收。").param("returnTo", rollup)
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl(rollup));
        assertThat(jdbc.sql("select body || '|' || link from notification where unit_id = ? and kind = 'MANUAL'")
                .param(tree.countyA()).query(String.class).single())
                .contains("新方案请尽快签收。", "/plans/assignments/");
    }

    @Test
    void tickingNothingSaysSoBesideTheListAndAForeignReturnAddressIsNotFollowed() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("message", "请签收")
                        .param("returnTo", "//evil.example.com/").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有勾选要催办的单位")))
                .andExpect(content().string(not(containsString("(unitIds)"))))
                .andExpect(content().string(not(containsString("（unitIds）"))))
                .andExpect(content().string(containsString("请签收")));
        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .param("returnTo", "//evil.example.com/").with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan.id()));
    }

    @Test
    void theOwnUnitTickedElsewhereIsDroppedNotRefusedAndTheListsFilter() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);
        long countyA2 = fixtures.unit(tree.provinceA(), "甲省二县老科协", "COUNTY");
        long assignment = plans.assign(plan, countyA2, tree.provinceA(), null);
        plans.acknowledge(assignment);

        mvc.perform(get("/plans/{id}/reminders/new", plan.id()).param("which", "UNACKNOWLEDGED")
                        .param("unitIds", String.valueOf(tree.provinceA())).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(not(containsString("甲省二县老科协"))));
        mvc.perform(get("/plans/{id}/reminders/new", plan.id()).param("which", "UNREPORTED")
                        .with(fixtures.as(admin)))
                .andExpect(content().string(containsString("甲省二县老科协")))
                .andExpect(content().string(containsString("1 项未报送")));
        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.provinceA()))
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有勾选要催办的单位")));
        assertThat(manualCount(tree.provinceA())).isZero();
    }

    @Test
    void aLeaderIsNotOffered催办() throws Exception {
        String leader = fixtures.account("province-leader", tree.provinceA(), Role.LEADER);
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/reminders/new"))));
        mvc.perform(get("/plans/{id}/rollup", plan.id()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("/reminders/new")));
        mvc.perform(get("/plans/{id}/reminders/new", plan.id()).with(fixtures.as(leader)))
                .andExpect(status().isForbidden());
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
                        .param("message", typed).param("idempotencyKey", "key-of-the-refused-form")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(typed)))
                .andExpect(content().string(containsString("最多 500 个字")))
                .andExpect(content().string(containsString("value=\"key-of-the-refused-form\"")));
        assertThat(manualCount(tree.countyA())).isZero();

        mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                        .param("message", "抓紧").param("idempotencyKey", "key-of-the-refused-form")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + plan.id()));
        assertThat(manualCount(tree.countyA())).as("the refused attempt did not use up the key").isEqualTo(1);
    }

    @Test
    void aDoubleClickOnThePageRemindsOnce() throws Exception {
        String admin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);
        String form = mvc.perform(get("/plans/{id}/reminders/new", plan.id())
                        .param("unitIds", String.valueOf(tree.countyA())).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).as("the form carries a one-time key").isTrue();

        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/plans/{id}/reminders", plan.id()).param("unitIds", String.valueOf(tree.countyA()))
                            .param("message", "请尽快报送").param("idempotencyKey", key.group(1))
                            .with(fixtures.as(admin)).with(csrf()))
                    .andExpect(redirectedUrl("/plans/" + plan.id()))
                    .andExpect(flash().attribute("flash", containsString("1 个单位")));
        }

        assertThat(manualCount(tree.countyA())).isEqualTo(1);
        assertThat(mails(tree.countyA())).isEqualTo(1);
    }

    @Test
    void aRetriedApiRequestWithTheSameKeyIsAnsweredAlikeAndSendsNothingNew() throws Exception {
        String national = fixtures.account("national-admin", tree.root(), Role.UNIT_ADMIN);
        String key = UUID.randomUUID().toString();

        remindThroughApi(national, key).andExpect(status().isCreated()).andExpect(jsonPath("$.sent").value(2))
                .andExpect(header().string("Idempotent-Replayed", "false"));
        remindThroughApi(national, key).andExpect(status().isCreated()).andExpect(jsonPath("$.sent").value(2))
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(manualCount(tree.countyA())).isEqualTo(1);
        assertThat(mails(tree.countyB())).isEqualTo(1);

        remindThroughApi(national, UUID.randomUUID().toString()).andExpect(status().isCreated());
        remindThroughApi(national, null).andExpect(status().isCreated());
        assertThat(manualCount(tree.countyA())).as("other keys, or none, are new reminders").isEqualTo(3);
        assertThat(mails(tree.countyB())).isEqualTo(3);
    }

    @Test
    void twoRequestsWithOneKeyAtTheSameTimeRemindOnce() throws Exception {
        String national = fixtures.account("national-admin", tree.root(), Role.UNIT_ADMIN);
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(
                    () -> remindThroughApi(national, key).andReturn().getResponse().getStatus(),
                    () -> remindThroughApi(national, key).andReturn().getResponse().getStatus()));
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(manualCount(tree.countyA())).isEqualTo(1);
        assertThat(manualCount(tree.countyB())).isEqualTo(1);
    }

    @Test
    void aKeyIsNoPassForAnotherPlanOrAnotherAccount() throws Exception {
        String national = fixtures.account("national-admin", tree.root(), Role.UNIT_ADMIN);
        String provinceB = fixtures.account("province-b", tree.provinceB(), Role.UNIT_ADMIN);
        String key = UUID.randomUUID().toString();
        remindThroughApi(national, key).andExpect(status().isCreated());
        PlanFixtures.Plan other = plans.plan(tree.root(), "另一个方案", LocalDate.now().plusDays(5));
        plans.assign(other, tree.provinceA(), tree.root(), null);

        mvc.perform(post("/api/v1/plans/{id}/reminders", other.id()).with(fixtures.as(national)).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + tree.provinceA() + "]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已用于另一个方案")));
        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(provinceB)).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + tree.countyA() + "]}"))
                .andExpect(status().isNotFound());
        assertThat(manualCount(tree.provinceA())).isZero();
        assertThat(manualCount(tree.countyA())).isEqualTo(1);
    }

    private ResultActions remindThroughApi(String user, String key) throws Exception {
        var request = post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitIds\":[" + tree.countyA() + "," + tree.countyB() + "]}");
        return mvc.perform(key == null ? request : request.header("Idempotency-Key", key));
    }

    private long mails(long unitId) {
        return jdbc.sql("""
                select count(*) from mail_outbox o join notification n on n.id = o.notification_id
                 where n.unit_id = ? and n.kind = 'MANUAL'
                """).param(unitId).query(Long.class).single();
    }

    private long manualCount(long unitId) {
        return jdbc.sql("select count(*) from notification where unit_id = ? and kind = 'MANUAL'").param(unitId)
                .query(Long.class).single();
    }
}
