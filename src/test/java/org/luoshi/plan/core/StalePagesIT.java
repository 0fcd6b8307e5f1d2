package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Two people on one assignment or plan: the one who acts on an outdated page is told so in Chinese on the page
 * (never an error page), keeps what they typed, and succeeds when they submit again after the look.
 */
@IntegrationTest
class StalePagesIT {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final String STALE = "已被他人修改";
    private static final String STALE_FORM = "在您填写期间已被他人修改";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;
    long planId;
    long itemId;
    long task;
    String colleague;

    @BeforeEach
    void provinceHasThePlan() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] plan = api.draft(w.nationAdmin());
        planId = plan[0];
        itemId = plan[1];
        task = api.issuedToChildren(w, planId);
        colleague = fixtures.account("pa-colleague", w.provinceA(), org.luoshi.shared.security.Role.UNIT_ADMIN);
    }

    @Test
    void aButtonOnAnOutdatedPageGoesBackWithTheReasonAndWorksAfterALook() throws Exception {
        api.acknowledge(w.provinceAdminA(), task);
        addMeasureAs(w.provinceAdminA(), "第一条举措");
        int seen = versionOnPage("/plans/assignments/" + task);
        addMeasureAs(colleague, "同事加的举措");

        mvc.perform(post("/plans/assignments/{id}/implementation-plan/submit", task)
                        .param("version", String.valueOf(seen)).with(fixtures.as(w.provinceAdminA())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans/assignments/" + task))
                .andExpect(flash().attribute("flashError", containsString(STALE)))
                .andExpect(flash().attribute("flashError", containsString("查看最新内容")));
        assertThat(implStatus()).isEqualTo("NONE");

        int now = versionOnPage("/plans/assignments/" + task);
        assertThat(now).isGreaterThan(seen);
        mvc.perform(post("/plans/assignments/{id}/implementation-plan/submit", task)
                        .param("version", String.valueOf(now)).with(fixtures.as(w.provinceAdminA())).with(csrf()))
                .andExpect(redirectedUrl("/plans/assignments/" + task))
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attributeExists("flash"));
        assertThat(implStatus()).isEqualTo("SUBMITTED");
    }

    @Test
    void aStaleReturnKeepsTheTypedCommentInItsBox() throws Exception {
        api.acknowledge(w.provinceAdminA(), task);
        addMeasureAs(w.provinceAdminA(), "第一条举措");
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + task + "/implementation-plan/submit", "{}")
                .andExpect(status().isOk());
        int seen = versionOnPage("/plans/assignments/" + task, w.nationAdmin());
        jdbc.sql("update assignment set version = version + 1 where id = ?").param(task).update();

        // the redirect is followed in the same session, where the flash attributes wait
        MvcResult refused = mvc.perform(post("/plans/assignments/{id}/implementation-plan/return", task)
                        .param("version", String.valueOf(seen)).param("comment", "请补充每月的时间安排")
                        .with(fixtures.as(w.nationAdmin())).with(csrf()))
                .andExpect(redirectedUrl("/plans/assignments/" + task))
                .andExpect(flash().attribute("flashError", containsString(STALE)))
                .andReturn();
        String page = mvc.perform(get("/plans/assignments/{id}", task).cookie(refused.getResponse().getCookies())
                        .with(fixtures.as(w.nationAdmin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(STALE).containsPattern("id=\"impl-comment\"[^>]*>请补充每月的时间安排</textarea>");
        assertThat(implStatus()).isEqualTo("SUBMITTED");
    }

    @Test
    void aStaleMeasureFormIsShownAgainAsTypedAndSavesOnTheSecondSubmit() throws Exception {
        api.acknowledge(w.provinceAdminA(), task);
        int seen = versionOnPage("/plans/assignments/" + task + "/measures/new?item=" + itemId);
        addMeasureAs(colleague, "同事加的举措");

        String page = postMeasure(seen).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(STALE_FORM, "每月组织一次专题学习", "王五");
        int refreshed = version(page);
        assertThat(refreshed).isEqualTo(currentVersion()).isGreaterThan(seen);
        assertThat(measures()).isEqualTo(1);

        postMeasure(refreshed).andExpect(redirectedUrl("/plans/assignments/" + task + "#item-" + itemId));
        assertThat(measures()).isEqualTo(2);
    }

    @Test
    void aStaleProgressReportKeepsTheTextAndItsKeyAndMakesOneReport() throws Exception {
        api.acknowledge(w.provinceAdminA(), task);
        String form = page("/plans/assignments/" + task + "/items/" + itemId + "/progress");
        int seen = version(form);
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        addMeasureAs(colleague, "同事加的举措");

        String page = postReport(seen, key.group(1)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(STALE_FORM, "已组织集中学习三次", key.group(1), "重新选择");
        assertThat(reports()).isZero();

        postReport(version(page), key.group(1)).andExpect(status().is3xxRedirection());
        postReport(version(page), key.group(1)).andExpect(status().is3xxRedirection());
        assertThat(reports()).as("the repeat with the same key makes no second report").isEqualTo(1);
    }

    @Test
    void aStaleForwardKeepsTheNotice() throws Exception {
        api.acknowledge(w.provinceAdminA(), task);
        int seen = versionOnPage("/plans/assignments/" + task + "/forward");
        addMeasureAs(colleague, "同事加的举措");

        String page = postForward(seen).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(STALE_FORM, "请各县本月内完成部署");
        assertThat(forwarded()).isZero();

        postForward(version(page)).andExpect(redirectedUrl("/plans/assignments/" + task));
        assertThat(forwarded()).isEqualTo(1);
    }

    @Test
    void aStalePlanEditAndIssueAreShownAgainAndGoThroughTheSecondTime() throws Exception {
        long[] draft = api.draft(w.nationAdmin());
        int seen = versionOnPage("/plans/" + draft[0] + "/edit", w.nationAdmin());
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + draft[0] + "/items",
                "{\"numbering\":\"（三）\",\"title\":\"同事加的条目\"}").andExpect(status().isCreated());

        String page = postEdit(draft[0], seen).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(STALE_FORM, "改过的方案标题");
        postEdit(draft[0], version(page)).andExpect(redirectedUrl("/plans/" + draft[0]));
        assertThat(jdbc.sql("select title from plan where id = ?").param(draft[0]).query(String.class).single())
                .isEqualTo("改过的方案标题");

        int beforeIssue = versionOnPage("/plans/" + draft[0] + "/issue", w.nationAdmin());
        jdbc.sql("update plan set version = version + 1 where id = ?").param(draft[0]).update();
        String issuePage = postIssue(draft[0], beforeIssue).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(issuePage).contains(STALE_FORM);
        postIssue(draft[0], version(issuePage)).andExpect(redirectedUrl("/plans/" + draft[0]));
        assertThat(jdbc.sql("select status from plan where id = ?").param(draft[0]).query(String.class).single())
                .isEqualTo("ISSUED");
    }

    @Test
    void aStaleItemRemovalGoesBackToThePlanWithTheReason() throws Exception {
        long[] draft = api.draft(w.nationAdmin());
        int seen = versionOnPage("/plans/" + draft[0], w.nationAdmin());
        jdbc.sql("update plan set version = version + 1 where id = ?").param(draft[0]).update();

        mvc.perform(post("/plans/{p}/items/{i}/remove", draft[0], draft[1]).param("version", String.valueOf(seen))
                        .with(fixtures.as(w.nationAdmin())).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + draft[0]))
                .andExpect(flash().attribute("flashError", containsString(STALE)));
        assertThat(jdbc.sql("select count(*) from plan_item where id = ?").param(draft[1]).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theApiStillAnswersAStaleVersionWithProblemJson() throws Exception {
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + task + "/acknowledge", "{\"version\":7}")
                .andExpect(status().isConflict())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
    }

    private org.springframework.test.web.servlet.ResultActions postMeasure(int version) throws Exception {
        return mvc.perform(post("/plans/assignments/{id}/measures/new", task).param("itemId", String.valueOf(itemId))
                .param("content", "每月组织一次专题学习").param("responsible", "王五")
                .param("version", String.valueOf(version)).with(fixtures.as(w.provinceAdminA())).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions postReport(int version, String key) throws Exception {
        return mvc.perform(multipart("/plans/assignments/{a}/items/{i}/progress", task, itemId)
                .param("text", "已组织集中学习三次").param("percent", "60").param("idempotencyKey", key)
                .param("version", String.valueOf(version)).with(fixtures.as(w.provinceAdminA())).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions postForward(int version) throws Exception {
        return mvc.perform(post("/plans/assignments/{id}/forward", task).param("mode", "CHILDREN")
                .param("notice", "请各县本月内完成部署").param("dues[" + itemId + "]", LocalDate.now().plusDays(10).toString())
                .param("version", String.valueOf(version)).with(fixtures.as(w.provinceAdminA())).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions postEdit(long plan, int version) throws Exception {
        return mvc.perform(post("/plans/{id}/edit", plan).param("title", "改过的方案标题")
                .param("version", String.valueOf(version)).with(fixtures.as(w.nationAdmin())).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions postIssue(long plan, int version) throws Exception {
        return mvc.perform(post("/plans/{id}/issue", plan).param("mode", "CHILDREN")
                .param("version", String.valueOf(version)).with(fixtures.as(w.nationAdmin())).with(csrf()));
    }

    private void addMeasureAs(String user, String content) throws Exception {
        api.postJson(user, "/api/v1/plans/assignments/" + task + "/measures",
                "{\"itemId\":%d,\"content\":\"%s\",\"responsible\":\"张三\"}".formatted(itemId, content))
                .andExpect(status().isCreated());
    }

    private int versionOnPage(String url) throws Exception {
        return versionOnPage(url, w.provinceAdminA());
    }

    private int versionOnPage(String url, String user) throws Exception {
        return version(mvc.perform(get(url).with(fixtures.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(w.provinceAdminA()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static int version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("the page carries a version").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private int currentVersion() {
        return jdbc.sql("select version from assignment where id = ?").param(task).query(Integer.class).single();
    }

    private String implStatus() {
        return jdbc.sql("select impl_status from assignment where id = ?").param(task).query(String.class).single();
    }

    private long measures() {
        return jdbc.sql("select count(*) from measure where assignment_id = ?").param(task)
                .query(Long.class).single();
    }

    private long reports() {
        return jdbc.sql("select count(*) from progress_report where assignment_id = ?").param(task)
                .query(Long.class).single();
    }

    private long forwarded() {
        return jdbc.sql("select count(*) from assignment where parent_assignment_id = ?").param(task)
                .query(Long.class).single();
    }
}
