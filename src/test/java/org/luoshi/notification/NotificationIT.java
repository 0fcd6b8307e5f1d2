package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.internal.AccountDetailsService;
import org.luoshi.notification.web.NotificationBadge;
import org.luoshi.org.UnitMoved;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NotificationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationBadge badge;
    @Autowired
    AccountDetailsService accounts;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    Fixtures.Tree tree;
    String provinceA;
    String provinceAColleague;
    String provinceB;
    long oldA;
    long newA;

    @BeforeEach
    void notificationsForProvinceA() {
        tree = fixtures.tree();
        provinceA = fixtures.account("pa-admin", tree.provinceA(), Role.UNIT_ADMIN);
        provinceAColleague = fixtures.account("pa-leader", tree.provinceA(), Role.LEADER);
        provinceB = fixtures.account("pb-admin", tree.provinceB(), Role.UNIT_ADMIN);
        oldA = notify(tree.provinceA(), "OVERDUE", "甲省旧通知", OffsetDateTime.now().minusDays(2));
        newA = notify(tree.provinceA(), "MANUAL", "甲省新通知", OffsetDateTime.now());
        notify(tree.countyA(), "OVERDUE", "甲省一县通知", OffsetDateTime.now());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyAccountOfTheUnitSeesItsNotificationsUnreadFirst() throws Exception {
        jdbc.sql("update notification set read_at = now() where id = ?").param(newA).update();

        mvc.perform(get("/notifications").with(fixtures.as(provinceAColleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省旧通知")))
                .andExpect(content().string(containsString("甲省新通知")))
                .andExpect(content().string(containsString("未读 1 条")))
                .andExpect(content().string(not(containsString("甲省一县通知"))));
        mvc.perform(get("/api/v1/notifications").with(fixtures.as(provinceA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].title").value("甲省旧通知"))
                .andExpect(jsonPath("$.items[1].title").value("甲省新通知"));
        mvc.perform(get("/api/v1/notifications").param("unreadOnly", "true").with(fixtures.as(provinceA)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/notifications").param("kind", "MANUAL").with(fixtures.as(provinceA)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("MANUAL"));
    }

    @Test
    void markingReadOnThePageCountsForTheWholeUnit() throws Exception {
        mvc.perform(post("/notifications/{id}/read", oldA).with(fixtures.as(provinceA)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/api/v1/notifications/unread-count").with(fixtures.as(provinceAColleague)))
                .andExpect(jsonPath("$.unread").value(1));
        signInAs(provinceAColleague);
        assertThat(badge.unreadCount()).isEqualTo(1);

        mvc.perform(post("/notifications/read-all").with(fixtures.as(provinceAColleague)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(badge.unreadCount()).isZero();
    }

    @Test
    void markingReadThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/notifications/{id}/read", newA).with(fixtures.as(provinceA)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(readAt(newA)).isNotNull();
        assertThat(readAt(oldA)).isNull();

        mvc.perform(post("/api/v1/notifications/read-all").with(fixtures.as(provinceA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(1));
        assertThat(readAt(oldA)).isNotNull();
    }

    @Test
    void anotherProvinceNeverSeesNorTouchesThem() throws Exception {
        mvc.perform(get("/notifications").with(fixtures.as(provinceB)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲省"))));
        mvc.perform(get("/api/v1/notifications").with(fixtures.as(provinceB)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/notifications/unread-count").with(fixtures.as(provinceB)))
                .andExpect(jsonPath("$.unread").value(0));
        assertThat(exportedTitles(provinceB)).isEmpty();
        assertThat(exportedTitles(provinceA)).containsExactlyInAnyOrder("甲省旧通知", "甲省新通知");

        mvc.perform(post("/notifications/{id}/read", oldA).with(fixtures.as(provinceB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/notifications/{id}/read", oldA).with(fixtures.as(provinceB)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/read-all").with(fixtures.as(provinceB)).with(csrf()));
        mvc.perform(post("/api/v1/notifications/read-all").with(fixtures.as(provinceB)).with(csrf()))
                .andExpect(jsonPath("$.marked").value(0));

        assertThat(readAt(oldA)).isNull();
        assertThat(readAt(newA)).isNull();
    }

    @Test
    void theNationalBodyDoesNotReadItsProvincesDesk() throws Exception {
        String national = fixtures.account("national", tree.root(), Role.SYSTEM_ADMIN);
        mvc.perform(get("/notifications").with(fixtures.as(national)))
                .andExpect(content().string(not(containsString("甲省旧通知"))));
        mvc.perform(post("/api/v1/notifications/{id}/read", oldA).with(fixtures.as(national)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void timesAreTheAssociationsOnThePageAndInTheExport() throws Exception {
        notify(tree.provinceA(), "OVERDUE", "定时通知", OffsetDateTime.parse("2026-11-20T07:05:00Z"));

        mvc.perform(get("/notifications").with(fixtures.as(provinceA)))
                .andExpect(content().string(containsString("2026-11-20 15:05")));
        byte[] xlsx = mvc.perform(get("/notifications/export.xlsx").with(fixtures.as(provinceA)))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            assertThat(rows.filter(row -> "定时通知".equals(row.getCellText(2))).map(row -> row.getCellText(0))
                    .findFirst().orElseThrow()).startsWith("2026-11-20").contains("15:05");
        }
    }

    @Test
    void aMovedUnitsNotificationsKeepItsPath() {
        long county = notify(tree.countyA(), "OVERDUE", "迁移前的通知", OffsetDateTime.now());
        String oldPath = jdbc.sql("select path from unit where id = ?").param(tree.countyA()).query(String.class)
                .single();
        String newPath = oldPath.replace("/" + tree.provinceA() + "/", "/" + tree.provinceB() + "/");
        try {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new UnitMoved(tree.countyA(), oldPath, newPath)));
            assertThat(jdbc.sql("select unit_path from notification where id = ?").param(county)
                    .query(String.class).single()).isEqualTo(newPath);
        } finally {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new UnitMoved(tree.countyA(), newPath, oldPath)));
        }
    }

    private List<String> exportedTitles(String username) throws Exception {
        byte[] xlsx = mvc.perform(get("/notifications/export.xlsx").with(fixtures.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> titles = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            try (var rows = workbook.getFirstSheet().openStream()) {
                rows.skip(1).map((Row row) -> row.getCellText(2)).forEach(titles::add);
            }
        }
        return titles;
    }

    private long notify(long unitId, String kind, String title, OffsetDateTime at) {
        String path = jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
        return jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, created_at)
                values (?, ?, ?, ?, '正文', ?) returning id
                """).param(unitId).param(path).param(kind).param(title).param(at).query(Long.class).single();
    }

    private OffsetDateTime readAt(long id) {
        return jdbc.sql("select read_at from notification where id = ?").param(id).query(OffsetDateTime.class)
                .list().get(0);
    }

    private void signInAs(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
