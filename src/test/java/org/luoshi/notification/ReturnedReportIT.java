package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.luoshi.notification.internal.MailOutbox;
import org.luoshi.plan.ProgressReported;
import org.luoshi.plan.ProgressReturned;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The loop closed (issue 9, "Done means"): a county's report returned by its province reaches the county's
 * administrator in the app and, as chosen, by mail, with the comment; 查看 opens the county's own task and takes
 * the notification off the unread count; the county's members are not told.
 */
@IntegrationTest
@RecordApplicationEvents
class ReturnedReportIT {

    private static final int SMTP_PORT = freePort();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H',
        'D', 'R'};
    private static final String COMMENT = "照片看不清，请补充集中学习的签到表。";

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
    @Autowired
    ApplicationEvents events;

    Fixtures.Tree tree;
    String systemAdmin;
    String provinceAdmin;
    String countyAdmin;
    String countyLeader;
    String countyMember;
    PlanFixtures.Plan plan;
    long countyTask;
    String address;

    @BeforeEach
    void aCountyWorkingOnAPlanOfItsProvince() throws Exception {
        tree = fixtures.tree();
        systemAdmin = fixtures.account("sysadmin", tree.root(), Role.SYSTEM_ADMIN);
        provinceAdmin = fixtures.account("pa", tree.provinceA(), Role.UNIT_ADMIN);
        countyAdmin = fixtures.account("ca", tree.countyA(), Role.UNIT_ADMIN);
        countyLeader = fixtures.account("cl", tree.countyA(), Role.LEADER);
        countyMember = fixtures.account("cm", tree.countyA(), Role.MEMBER);
        plan = plans.plan(tree.root(), "退回通知方案", LocalDate.now().plusDays(30));
        long provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(provinceTask);
        countyTask = plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask);
        plans.acknowledge(countyTask);
        plans.approveImplementationPlan(countyTask);
        address = countyAdmin + "@example.cn";
        mailSettings(true);
    }

    @AfterEach
    void mailOff() throws Exception {
        mailSettings(false);
    }

    @Test
    void theCountyAdministratorIsToldInTheAppAndByMailWithTheComment() throws Exception {
        mvc.perform(post("/notifications/settings").with(fixtures.as(countyAdmin)).with(csrf())
                        .param("mail.REPORT_RETURNED", "true").param("email", address))
                .andExpect(redirectedUrl("/notifications/settings"));

        returnTheCountysReport();

        assertThat(events.stream(ProgressReported.class)).hasSize(1);
        assertThat(events.stream(ProgressReturned.class)).singleElement()
                .satisfies(returned -> assertThat(returned.reason()).isEqualTo(COMMENT));
        mvc.perform(get("/notifications").with(fixtures.as(countyAdmin)))
                .andExpect(content().string(containsString("进展被退回")))
                .andExpect(content().string(containsString(COMMENT)));
        mvc.perform(get("/notifications").with(fixtures.as(countyLeader)))
                .andExpect(content().string(containsString(COMMENT)));
        mvc.perform(get("/notifications").with(fixtures.as(countyMember)))
                .andExpect(content().string(not(containsString(COMMENT))));

        outbox.drain();
        MimeMessage mail = mailTo(address);
        assertThat(mail.getSubject()).startsWith("进展被退回：");
        assertThat(mail.getContent().toString()).contains(COMMENT, "/plans/assignments/" + countyTask);
    }

    @Test
    void inAppOnlyMeansNoMailToThePerson() throws Exception {
        mvc.perform(post("/notifications/settings").with(fixtures.as(countyAdmin)).with(csrf())
                        .param("mail.REPORT_RETURNED", "false").param("email", address))
                .andExpect(redirectedUrl("/notifications/settings"));

        returnTheCountysReport();
        outbox.drain();

        assertThat(received(address)).isEmpty();
        assertThat(jdbc.sql("""
                select count(*) from notification where unit_id = ? and kind = 'REPORT_RETURNED'
                """).param(tree.countyA()).query(Long.class).single()).as("still told in the app").isEqualTo(1);
    }

    @Test
    void viewingOpensTheCountysOwnTaskAndTheBadgeGoesDown() throws Exception {
        returnTheCountysReport();
        long id = jdbc.sql("select id from notification where unit_id = ? and kind = 'REPORT_RETURNED'")
                .param(tree.countyA()).query(Long.class).single();
        int before = unread(countyAdmin);

        mvc.perform(get("/notifications").with(fixtures.as(countyAdmin)))
                .andExpect(content().string(containsString("/notifications/" + id + "/open")));
        mvc.perform(post("/notifications/{id}/open", id).with(fixtures.as(countyAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/plans/assignments/" + countyTask));

        assertThat(unread(countyAdmin)).isEqualTo(before - 1);
        mvc.perform(post("/notifications/{id}/open", id).with(fixtures.as(countyMember)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private void returnTheCountysReport() throws Exception {
        String report = mvc.perform(multipart("/api/v1/plans/assignments/{a}/items/{i}/reports", countyTask,
                                plan.itemIds().get(0))
                        .file(new MockMultipartFile("files", "学习.png", "image/png", PNG))
                        .param("text", "组织集中学习 2 次").param("percent", "50")
                        .with(fixtures.as(countyAdmin)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long reportId = ((Number) JsonPath.read(report, "$.id")).longValue();
        mvc.perform(post("/api/v1/plans/reports/{id}/return", reportId).with(fixtures.as(provinceAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"" + COMMENT + "\"}"))
                .andExpect(status().isOk());
    }

    private int unread(String user) throws Exception {
        String json = mvc.perform(get("/api/v1/notifications/unread-count").with(fixtures.as(user)))
                .andExpect(jsonPath("$.unread").isNumber()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.unread")).intValue();
    }

    private MimeMessage mailTo(String to) throws Exception {
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        List<MimeMessage> mails = received(to);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private List<MimeMessage> received(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                        .anyMatch(recipient -> recipient.toString().equals(to));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void mailSettings(boolean enabled) throws Exception {
        String version = jdbc.sql("select value from app_setting where name = 'mail.version'").query(String.class)
                .optional().orElse("0");
        mvc.perform(post("/admin/mail").with(fixtures.as(systemAdmin)).with(csrf())
                        .param("enabled", String.valueOf(enabled)).param("host", "127.0.0.1")
                        .param("port", String.valueOf(SMTP_PORT)).param("from", "luoshi@example.cn")
                        .param("password", "").param("version", version))
                .andExpect(status().is3xxRedirection());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
