package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.excel.ExcelReader;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loginsSucceededAndFailedAreRecordedWithTheAddress() throws Exception {
        String username = fixtures.account("aud", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user(username).password("Wrong-Password-1"));
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user(username).password(Fixtures.PASSWORD));
        List<String> actions = jdbc.sql("select action || ' ' || coalesce(ip, '?') from audit_event "
                + "where actor_name = ? order by id").param(username).query(String.class).list();
        assertThat(actions).containsExactly("LOGIN_FAILURE 127.0.0.1", "LOGIN_SUCCESS 127.0.0.1");
    }

    @Test
    void aFailedLoginForAnUnknownUsernameIsFiledAtTheRoot() throws Exception {
        String ghost = "ghost" + System.nanoTime();
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
                .formLogin().user(ghost).password("Wrong-Password-1"));
        String scope = jdbc.sql("select scope_path from audit_event where actor_name = ?").param(ghost)
                .query(String.class).single();
        assertThat(scope).isEqualTo(jdbc.sql("select path from unit where parent_id is null order by id limit 1")
                .query(String.class).single());
    }

    @Test
    void administratorsSeeTheirSubtreeOnlyWithChangesAsADiff() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String adminA = fixtures.account("audA", tree.provinceA(), Role.UNIT_ADMIN);
        String adminB = fixtures.account("audB", tree.provinceB(), Role.UNIT_ADMIN);
        String memberA = fixtures.account("audmA", tree.countyA(), Role.MEMBER);
        String memberB = fixtures.account("audmB", tree.countyB(), Role.MEMBER);
        mvc.perform(post("/identity/accounts/" + id(memberA) + "/disable").with(fixtures.as(adminA)).with(csrf()));
        mvc.perform(post("/identity/accounts/" + id(memberB) + "/disable").with(fixtures.as(adminB)).with(csrf()));

        mvc.perform(get("/audit").param("action", "ACCOUNT_DISABLED").with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(memberA)))
                .andExpect(content().string(Matchers.containsString("停用账号")))
                .andExpect(content().string(Matchers.containsString("diff-after")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(memberB))));
        mvc.perform(get("/api/v1/audit-events").param("actor", adminB).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit-events").param("actor", adminA).param("action", "ACCOUNT_DISABLED")
                .with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("enabled"))
                .andExpect(jsonPath("$.items[0].changes[0].before").value("true"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("false"));

        for (String url : new String[] {"/audit/export.xlsx", "/api/v1/audit-events/export.xlsx"}) {
            byte[] xlsx = mvc.perform(get(url).param("action", "ACCOUNT_DISABLED").with(fixtures.as(adminA)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<String> summaries = new ArrayList<>();
            ExcelReader.read(new ByteArrayInputStream(xlsx), headers -> { }, row -> summaries.add(row.get("摘要")));
            assertThat(summaries).contains(memberA).doesNotContain(memberB);
        }
    }

    @Test
    void anAdministratorSeesWhatPeopleOfTheSubtreeDidElsewhere() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String adminA = fixtures.account("audA", tree.provinceA(), Role.UNIT_ADMIN);
        String memberA = fixtures.account("audmA", tree.countyA(), Role.MEMBER);
        mvc.perform(post("/me/tokens").param("name", "县里的令牌").param("password", Fixtures.PASSWORD).with(fixtures.as(memberA)).with(csrf()));
        mvc.perform(get("/api/v1/audit-events").param("actor", memberA).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.items[0].action").value("TOKEN_CREATED"));
    }

    @Test
    void filtersByDayRange() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String adminA = fixtures.account("audA", tree.provinceA(), Role.UNIT_ADMIN);
        String memberA = fixtures.account("audmA", tree.countyA(), Role.MEMBER);
        mvc.perform(post("/identity/accounts/" + id(memberA) + "/unlock").with(fixtures.as(adminA)).with(csrf()));
        mvc.perform(get("/api/v1/audit-events").param("actor", adminA).param("to", "2020-01-01")
                .with(fixtures.as(adminA))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/audit-events").param("actor", adminA).param("from", "2020-01-01")
                .with(fixtures.as(adminA))).andExpect(jsonPath("$.total").value(1));
    }

    private long id(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }
}
