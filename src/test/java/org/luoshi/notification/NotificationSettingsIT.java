package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.notification.internal.DailyDigest;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 通知设置: each person's choice per kind, their address and the daily digest; members see no plan reminders. */
@IntegrationTest
class NotificationSettingsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DailyDigest digest;

    Fixtures.Tree tree;
    String admin;
    String member;

    @BeforeEach
    void aCountyWithAnAdministratorAndAMember() {
        tree = fixtures.tree();
        admin = fixtures.account("ca", tree.countyA(), Role.UNIT_ADMIN);
        member = fixtures.account("cm", tree.countyA(), Role.MEMBER);
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void thePageShowsEachKindWithItsDefaultAndSavesTheChoiceAudited() throws Exception {
        mvc.perform(get("/notifications/settings").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("进展退回")))
                .andExpect(content().string(containsString("name=\"mail.OVERDUE\" value=\"true\" checked")));

        mvc.perform(post("/notifications/settings").with(fixtures.as(admin)).with(csrf())
                        .param("mail.OVERDUE", "false").param("mail.ISSUED", "true")
                        .param("email", " zhang@example.cn ").param("dailyDigest", "true"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/notifications/settings").with(fixtures.as(admin)))
                .andExpect(jsonPath("$.byMail.OVERDUE").value(false))
                .andExpect(jsonPath("$.byMail.ISSUED").value(true))
                .andExpect(jsonPath("$.email").value("zhang@example.cn"))
                .andExpect(jsonPath("$.dailyDigest").value(true));
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'NOTIFICATION_SETTINGS_CHANGED' and entity_id = ?
                """).param(String.valueOf(accountId(admin))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theApiRefusesAnAddressThatIsNoneInChineseAndChangesNothing() throws Exception {
        mvc.perform(put("/api/v1/notifications/settings").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"byMail\":{\"OVERDUE\":false},\"email\":\"不是邮箱\",\"dailyDigest\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("email"))
                .andExpect(jsonPath("$.detail").value(containsString("不是有效的邮箱地址")));
        for (String hostile : List.of("{\"byMail\":\"x\"}", "{\"byMail\":{\"NO_SUCH\":true,\"OVERDUE\":null}}",
                "{\"dailyDigest\":\"sometimes\"}", "{\"email\":\"" + "a".repeat(200) + "@example.cn\"}", "[]")) {
            mvc.perform(put("/api/v1/notifications/settings").with(fixtures.as(admin)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(hostile))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).as(hostile).isLessThan(500))
                    .andExpect(result -> assertThat(result.getResponse().getStatus() < 400
                            || result.getResponse().getContentAsString().matches("(?s).*[\\u4e00-\\u9fff].*"))
                            .as("%s: %s", hostile, result.getResponse().getContentAsString()).isTrue());
        }
        mvc.perform(post("/notifications/settings").with(fixtures.as(admin)).with(csrf()).param("email", "x@"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的邮箱地址")))
                .andExpect(content().string(containsString("value=\"x@\"")));
        mvc.perform(get("/api/v1/notifications/settings").with(fixtures.as(admin)))
                .andExpect(jsonPath("$.byMail.OVERDUE").value(true))
                .andExpect(jsonPath("$.dailyDigest").value(false));
    }

    @Test
    void membersAreNotToldOfTheirUnitsOverdueReminders() throws Exception {
        notify(tree.countyA(), "OVERDUE", "已逾期：某方案", OffsetDateTime.now());

        mvc.perform(get("/notifications").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("已逾期：某方案")));
        mvc.perform(get("/notifications").with(fixtures.as(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("已逾期：某方案"))));
        mvc.perform(get("/api/v1/notifications/unread-count").with(fixtures.as(member)))
                .andExpect(jsonPath("$.unread").value(0));
        // a member chooses only for the notices about their own registrations (活动报名), none of plan work
        mvc.perform(get("/notifications/settings").with(fixtures.as(member)))
                .andExpect(content().string(containsString("活动提醒")))
                .andExpect(content().string(not(containsString("已逾期"))));
    }

    @Test
    void theDailyDigestGathersTheDaysUnreadOnesOncePerDay() throws Exception {
        LocalDate day = LocalDate.now(TestClock.CHINA).plusDays(400);
        TestClock.INSTANCE.setTo(day);
        mvc.perform(post("/notifications/settings").with(fixtures.as(admin)).with(csrf())
                        .param("email", "digest@example.cn").param("dailyDigest", "true"))
                .andExpect(status().is3xxRedirection());
        OffsetDateTime now = TestClock.INSTANCE.instant().atOffset(java.time.ZoneOffset.UTC);
        notify(tree.countyA(), "OVERDUE", "摘要一：已逾期", now.minusHours(2));
        notify(tree.countyA(), "MANUAL", "摘要二：催办", now.minusHours(1));
        long read = notify(tree.countyA(), "ISSUED", "摘要三：已读", now.minusHours(1));
        jdbc.sql("update notification set read_at = ? where id = ?").param(now).param(read).update();
        notify(tree.countyA(), "OVERDUE", "摘要四：前天的", now.minusDays(2));

        digest.run();
        digest.run();

        List<String> bodies = digests("digest@example.cn");
        assertThat(bodies).as("once a day").singleElement().asString()
                .contains("摘要一：已逾期", "摘要二：催办", "/notifications")
                .doesNotContain("摘要三：已读", "摘要四：前天的");

        TestClock.INSTANCE.advance(Duration.ofDays(1));
        digest.run();
        assertThat(digests("digest@example.cn")).as("nothing unread since: no mail").hasSize(1);
    }

    private List<String> digests(String address) {
        return jdbc.sql("select subject || '|' || body from mail_outbox where address = ? and notification_id is null")
                .param(address).query(String.class).list();
    }

    private long notify(long unitId, String kind, String title, OffsetDateTime at) {
        return jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, created_at)
                select id, path, ?, ?, '正文', ? from unit where id = ? returning id
                """).param(kind).param(title).param(at).param(unitId).query(Long.class).single();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }
}
