package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.notification.internal.MailOutbox;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MailIT {

    private static final int SMTP_PORT = freePort();
    private static final String API = "/api/v1/admin/mail-settings";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailOutbox outbox;

    String systemAdmin;
    Fixtures.Tree tree;

    @BeforeEach
    void mailThroughGreenMail() throws Exception {
        tree = fixtures.tree();
        systemAdmin = fixtures.account("sysadmin", tree.root(), Role.SYSTEM_ADMIN);
        saveSettings(true, SMTP_PORT, "s3cret-Pass");
    }

    @AfterEach
    void mailOff() throws Exception {
        saveSettings(false, SMTP_PORT, "");
    }

    @Test
    void aReminderReachesTheUnitsMailboxWithAChineseSubject() throws Exception {
        jdbc.sql("update unit set email = 'jiaxian@example.cn' where id = ?").param(tree.countyA()).update();
        PlanFixtures.Plan plan = plans.plan(tree.root(), "老科协工作方案", LocalDate.now().plusDays(5));
        long county = plans.assign(plan, tree.countyA(), tree.provinceA(),
                plans.assign(plan, tree.provinceA(), tree.root(), null));
        String province = fixtures.account("province", tree.provinceA(), Role.UNIT_ADMIN);

        mvc.perform(post("/api/v1/plans/{id}/reminders", plan.id()).with(fixtures.as(province)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitIds\":[" + tree.countyA() + "],\"message\":\"请尽快报送\"}"))
                .andExpect(status().isCreated());
        outbox.drain();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("jiaxian@example.cn");
        assertThat(mail.getSubject()).isEqualTo("甲省老科协催办：老科协工作方案");
        assertThat(mail.getContent().toString()).as("the link opens the county's own task")
                .contains("请尽快报送", "/plans/assignments/" + county);
        assertThat(outboxStatus(tree.countyA())).isEqualTo("SENT");
    }

    @Test
    void aFailedMailIsRetriedLaterAndTheNotificationStays() throws Exception {
        saveSettings(true, freePort(), "");
        jdbc.sql("update unit set email = 'yixian@example.cn' where id = ?").param(tree.countyB()).update();
        long notification = notifyWithMail(tree.countyB(), "催办：测试");

        outbox.drain();

        assertThat(jdbc.sql("select status || ':' || attempts || ':' || (next_attempt_at > now()) from mail_outbox "
                + "where notification_id = ?").param(notification).query(String.class).single())
                .isEqualTo("PENDING:1:true");
        assertThat(jdbc.sql("select count(*) from notification where id = ?").param(notification)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void unitsWithoutAnAddressAreSkipped() {
        notifyWithMail(tree.provinceB(), "催办：无邮箱");

        outbox.drain();

        // skipped, not sent (other tests' rows drained with it may reach the test server)
        assertThat(outboxStatus(tree.provinceB())).isEqualTo("SKIPPED");
    }

    @Test
    void theSystemAdministratorSendsATestMail() throws Exception {
        mvc.perform(post("/admin/mail/test").param("to", "admin@example.cn").with(fixtures.as(systemAdmin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("测试邮件已发送到 admin@example.cn")));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("落实系统测试邮件");
    }

    @Test
    void thePasswordIsStoredEncryptedAndKeptWhenLeftEmpty() throws Exception {
        String stored = setting("mail.password");
        assertThat(stored).isNotBlank().doesNotContain("s3cret-Pass");

        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", "true").param("host", "127.0.0.1").param("port", "2525")
                        .param("from", "luoshi@example.cn").param("password", "")
                        .param("version", setting("mail.version")))
                .andExpect(status().is3xxRedirection());
        assertThat(setting("mail.password")).isEqualTo(stored);
        assertThat(setting("mail.port")).isEqualTo("2525");
        mvc.perform(get("/admin/mail").with(fixtures.as(systemAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已设置密码")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("s3cret-Pass"))));
    }

    @Test
    void aStaleFormAndBadInputKeepWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", "true").param("host", "smtp.typed.example").param("port", "25")
                        .param("from", "not-an-address").param("version", setting("mail.version")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("smtp.typed.example")))
                .andExpect(content().string(containsString("不是有效的邮箱地址")));
        String stale = mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", "true").param("host", "smtp.typed.example").param("port", "25")
                        .param("from", "ok@example.cn").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("smtp.typed.example")))
                .andReturn().getResponse().getContentAsString();
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");

        assertThat(stale).as("the form now carries the version of now")
                .contains("name=\"version\" value=\"" + setting("mail.version") + "\"");
        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", "true").param("host", "smtp.typed.example").param("port", "25")
                        .param("from", "ok@example.cn").param("version", setting("mail.version")))
                .andExpect(status().is3xxRedirection());
        assertThat(setting("mail.host")).isEqualTo("smtp.typed.example");
    }

    @Test
    void onlySystemAdministratorsReachTheMailSettings() throws Exception {
        String unitAdmin = fixtures.account("unit-admin", tree.root(), Role.UNIT_ADMIN);

        mvc.perform(get("/admin/mail").with(fixtures.as(unitAdmin))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail").with(fixtures.as(unitAdmin)).with(csrf())
                        .param("host", "evil.example").param("port", "25").param("version", setting("mail.version")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/mail/test").param("to", "x@example.cn").with(fixtures.as(unitAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theSystemAdministratorReadsAndSavesThroughTheApiAndThePasswordNeverComesBack() throws Exception {
        String stored = setting("mail.password");
        int version = Integer.parseInt(setting("mail.version"));
        String read = mvc.perform(get(API).with(fixtures.as(systemAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.host").value("127.0.0.1"))
                .andExpect(jsonPath("$.passwordSet").value(true))
                .andExpect(jsonPath("$.version").value(version))
                .andReturn().getResponse().getContentAsString();
        assertThat(read).doesNotContain("s3cret-Pass").doesNotContain(stored).doesNotContain("\"password\"");

        putSettings(systemAdmin, "smtp.api.example", 2525, "luoshi@example.cn", version, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.host").value("smtp.api.example"))
                .andExpect(jsonPath("$.port").value(2525))
                .andExpect(jsonPath("$.passwordSet").value(true))
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.password").doesNotExist());
        assertThat(setting("mail.host")).isEqualTo("smtp.api.example");
        assertThat(setting("mail.password")).as("no password sent: the stored one stays").isEqualTo(stored);
        String audited = jdbc.sql("""
                select after_state::text from audit_event where action = 'MAIL_SETTINGS_CHANGED'
                 order by id desc limit 1
                """).query(String.class).single();
        assertThat(audited).contains("smtp.api.example", "2525").doesNotContain("s3cret-Pass");

        putSettings(systemAdmin, "smtp.api.example", 2525, "luoshi@example.cn", version + 1, "new-Pass-2")
                .andExpect(status().isOk());
        assertThat(setting("mail.password")).isNotEqualTo(stored).doesNotContain("new-Pass-2");
    }

    @Test
    void aStaleVersionThroughTheApiIsA409AndChangesNothing() throws Exception {
        int version = Integer.parseInt(setting("mail.version"));
        putSettings(systemAdmin, "smtp.api.example", 25, "luoshi@example.cn", version - 1, null)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");
    }

    @Test
    void badInputThroughTheApiIsA400NamingTheFieldInChinese() throws Exception {
        int version = Integer.parseInt(setting("mail.version"));
        putSettings(systemAdmin, "smtp.api.example", 70000, "luoshi@example.cn", version, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("port"))
                .andExpect(jsonPath("$.detail").value(containsString("端口（port）须在 1 到 65535 之间")));
        putSettings(systemAdmin, "smtp.api.example", 25, "not-an-address", version, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"))
                .andExpect(jsonPath("$.detail").value(containsString("发件人地址（from）不是有效的邮箱地址")));
        putSettings(systemAdmin, "", 25, "luoshi@example.cn", null, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("host", "version")));
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");
        assertThat(setting("mail.version")).isEqualTo(String.valueOf(version));
    }

    @Test
    void theApiSendsATestMailAndSaysWhyWhenItCannot() throws Exception {
        testMailThroughApi(systemAdmin, "admin@example.cn")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sentTo").value("admin@example.cn"));
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).isEqualTo("落实系统测试邮件");

        testMailThroughApi(systemAdmin, "not-an-address")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
        saveSettings(true, freePort(), "");
        testMailThroughApi(systemAdmin, "admin@example.cn")
                .andExpect(status().isBadGateway())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("测试邮件发送失败")));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void onlySystemAdministratorsReachTheMailSettingsApi() throws Exception {
        String unitAdmin = fixtures.account("unit-admin", tree.root(), Role.UNIT_ADMIN);
        String provinceAdmin = fixtures.account("province-admin", tree.provinceA(), Role.UNIT_ADMIN);
        int version = Integer.parseInt(setting("mail.version"));

        for (String user : new String[] {unitAdmin, provinceAdmin}) {
            mvc.perform(get(API).with(fixtures.as(user)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("只有系统管理员")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("127.0.0.1"))));
            putSettings(user, "evil.example", 25, "evil@example.cn", version, "x")
                    .andExpect(status().isForbidden());
            testMailThroughApi(user, "x@example.cn").andExpect(status().isForbidden());
        }
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private org.springframework.test.web.servlet.ResultActions putSettings(String user, String host, int port,
            String from, Integer version, String password) throws Exception {
        String body = """
                {"enabled":true,"host":"%s","port":%d,"from":"%s"%s%s}
                """.formatted(host, port, from, version == null ? "" : ",\"version\":" + version,
                password == null ? "" : ",\"password\":\"" + password + "\"");
        return mvc.perform(put(API).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private org.springframework.test.web.servlet.ResultActions testMailThroughApi(String user, String to)
            throws Exception {
        return mvc.perform(post(API + "/test").with(fixtures.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + to + "\"}"));
    }

    private void saveSettings(boolean enabled, int port, String password) throws Exception {
        String version = jdbc.sql("select value from app_setting where name = 'mail.version'").query(String.class)
                .optional().orElse("0");
        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", String.valueOf(enabled)).param("host", "127.0.0.1")
                        .param("port", String.valueOf(port)).param("from", "luoshi@example.cn")
                        .param("password", password).param("version", version))
                .andExpect(status().is3xxRedirection());
    }

    private String setting(String name) {
        return jdbc.sql("select value from app_setting where name = ?").param(name).query(String.class).single();
    }

    /** A notification with its outbox row for the unit's contact address, as the module writes them. */
    private long notifyWithMail(long unitId, String title) {
        long id = jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body)
                select id, path, 'MANUAL', ?, '正文' from unit where id = ? returning id
                """).param(title).param(unitId).query(Long.class).single();
        jdbc.sql("insert into mail_outbox (notification_id) values (?)").param(id).update();
        return id;
    }

    private String outboxStatus(long unitId) {
        return jdbc.sql("""
                select o.status from mail_outbox o join notification n on n.id = o.notification_id
                 where n.unit_id = ? order by o.id desc limit 1
                """).param(unitId).query(String.class).single();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
