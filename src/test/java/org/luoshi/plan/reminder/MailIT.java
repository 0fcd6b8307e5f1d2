package org.luoshi.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.luoshi.plan.internal.reminder.MailOutbox;
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
        plans.assign(plan, tree.countyA(), tree.provinceA(),
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
        assertThat(mail.getContent().toString()).contains("请尽快报送", "/plans/" + plan.id());
        assertThat(outboxStatus(tree.countyA())).isEqualTo("SENT");
    }

    @Test
    void aFailedMailIsRetriedLaterAndTheNotificationStays() throws Exception {
        saveSettings(true, freePort(), "");
        jdbc.sql("update unit set email = 'yixian@example.cn' where id = ?").param(tree.countyB()).update();
        long notification = jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body)
                select id, path, 'MANUAL', '催办：测试', '正文' from unit where id = ? returning id
                """).param(tree.countyB()).query(Long.class).single();

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
        jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body)
                select id, path, 'MANUAL', '催办：无邮箱', '正文' from unit where id = ?
                """).param(tree.provinceB()).update();

        outbox.drain();

        assertThat(outboxStatus(tree.provinceB())).isEqualTo("SKIPPED");
        assertThat(smtp.getReceivedMessages()).isEmpty();
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
        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", "true").param("host", "smtp.typed.example").param("port", "25")
                        .param("from", "ok@example.cn").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("smtp.typed.example")));
        assertThat(setting("mail.host")).isEqualTo("127.0.0.1");
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
