package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AccountsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void unitAdministratorCreatesAnAccountInTheSubtreeWithATemporaryPassword() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String username = "new" + System.nanoTime();
        String response = mvc.perform(post("/api/v1/accounts").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"王县长","unitCode":"%s","roles":["UNIT_ADMIN","EDITOR"]}
                        """.formatted(username, fixtures.code(tree.countyA()))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.username").value(username))
                .andExpect(jsonPath("$.account.mustChangePassword").value(true))
                .andReturn().getResponse().getContentAsString();
        String temporary = JsonPath.read(response, "$.temporaryPassword");

        LoginFlow browser = new LoginFlow(mvc);
        browser.login(username, temporary);
        assertThat(browser.redirect()).isEqualTo("/me/password");
        browser.perform(get("/"));
        assertThat(browser.redirect()).endsWith("/me/password");
    }

    @Test
    void unitAdministratorMayNotGrantSystemAdministrator() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        mvc.perform(post("/api/v1/accounts").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"x%d","displayName":"某人","unitCode":"%s","roles":["SYSTEM_ADMIN"]}
                        """.formatted(System.nanoTime(), fixtures.code(tree.countyA()))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("系统管理员角色只能由系统管理员授予")));
        mvc.perform(post("/identity/accounts").with(fixtures.as(admin)).with(csrf())
                .param("username", "y" + System.nanoTime()).param("displayName", "某人")
                .param("unitCode", fixtures.code(tree.countyA())).param("roles", "SYSTEM_ADMIN"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("某人")));
    }

    @Test
    void unitAdministratorCannotTouchASystemAdministratorInTheSubtree() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        long sysadmin = id(fixtures.account("sys", tree.countyA(), Role.SYSTEM_ADMIN));
        mvc.perform(post("/api/v1/accounts/" + sysadmin + "/reset-password").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/" + sysadmin + "/disable").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void systemAdministratorGrantsSystemAdministrator() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("sys", tree.root(), Role.SYSTEM_ADMIN);
        mvc.perform(post("/api/v1/accounts").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"s%d","displayName":"第二管理员","unitCode":"%s","roles":["SYSTEM_ADMIN"]}
                        """.formatted(System.nanoTime(), fixtures.code(tree.root()))))
                .andExpect(status().isCreated());
    }

    @Test
    void badInputIsRefusedFieldByFieldInChinese() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String existing = fixtures.account("dup", tree.countyA(), Role.MEMBER);
        mvc.perform(post("/api/v1/accounts").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"%s","displayName":"某人","unitCode":"%s","roles":["MEMBER"]}
                        """.formatted(existing, fixtures.code(tree.countyA()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("username"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已被使用")));
        mvc.perform(post("/api/v1/accounts").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"a%d","displayName":"某人","unitCode":"%s","roles":[]}
                        """.formatted(System.nanoTime(), fixtures.code(tree.countyA()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("roles"));
        String page = mvc.perform(post("/identity/accounts").with(fixtures.as(admin)).with(csrf())
                .param("username", "Bad Name!").param("displayName", "李四")
                .param("unitCode", fixtures.code(tree.countyA())).param("roles", "MEMBER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("用户名须为 3–40 个字符").contains("李四");
    }

    @Test
    void editChangesRolesAndUnitWithOptimisticLockingAndIsAudited() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String target = fixtures.account("edit", tree.countyA(), Role.MEMBER);
        long id = id(target);
        mvc.perform(put("/api/v1/accounts/" + id).with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"改名了","unitCode":"%s","roles":["EDITOR"],"version":0}
                        """.formatted(fixtures.code(tree.provinceA()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("改名了"))
                .andExpect(jsonPath("$.roles[0]").value("EDITOR"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/accounts/" + id).with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"又改","unitCode":"%s","roles":["EDITOR"],"version":0}
                        """.formatted(fixtures.code(tree.provinceA()))))
                .andExpect(status().isConflict());
        String stalePage = mvc.perform(post("/identity/accounts/" + id).with(fixtures.as(admin)).with(csrf())
                .param("displayName", "页面上改的").param("unitCode", fixtures.code(tree.provinceA()))
                .param("roles", "EDITOR").param("version", "0"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(stalePage).contains("已被他人修改").contains("页面上改的");

        String before = jdbc.sql("select before_state::text from audit_event where action = 'ACCOUNT_UPDATED' "
                + "and entity_id = ? order by id desc limit 1").param(String.valueOf(id)).query(String.class).single();
        String after = jdbc.sql("select after_state::text from audit_event where action = 'ACCOUNT_UPDATED' "
                + "and entity_id = ? order by id desc limit 1").param(String.valueOf(id)).query(String.class).single();
        assertThat(before).contains("MEMBER").doesNotContain("password").doesNotContain("{bcrypt}");
        assertThat(after).contains("改名了").contains("EDITOR").doesNotContain("{bcrypt}");
    }

    @Test
    void disableUnlockAndResetPassword() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String target = fixtures.account("state", tree.countyA(), Role.MEMBER);
        long id = id(target);
        mvc.perform(post("/identity/accounts/" + id + "/disable").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        LoginFlow browser = new LoginFlow(mvc);
        browser.login(target, Fixtures.PASSWORD);
        assertThat(browser.errorPage())
                .contains("该账号已停用");
        mvc.perform(post("/api/v1/accounts/" + id + "/enable").with(fixtures.as(admin)).with(csrf()))
                .andExpect(jsonPath("$.enabled").value(true));

        jdbc.sql("update account set failed_attempts = 5, locked_until = now() + interval '10 minutes' where id = ?")
                .param(id).update();
        mvc.perform(get("/identity/accounts/" + id).with(fixtures.as(admin)))
                .andExpect(content().string(Matchers.containsString("已锁定")));
        mvc.perform(post("/api/v1/accounts/" + id + "/unlock").with(fixtures.as(admin)).with(csrf()))
                .andExpect(jsonPath("$.locked").value(false));

        String page = mvc.perform(post("/identity/accounts/" + id + "/reset-password").with(fixtures.as(admin))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String temporary = page.replaceAll("(?s).*id=\"temporary-password\">([^<]+)<.*", "$1");
        LoginFlow owner = new LoginFlow(mvc);
        owner.login(target, temporary);
        assertThat(owner.redirect()).isEqualTo("/me/password");
    }

    @Test
    void theListFiltersAndExportsWithinTheSubtree() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String editor = fixtures.account("listed", tree.countyA(), Role.EDITOR);
        String outsider = fixtures.account("listed", tree.countyB(), Role.EDITOR);
        mvc.perform(get("/identity/accounts").param("role", "EDITOR").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(editor)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(outsider))));
        mvc.perform(get("/api/v1/accounts").param("q", "listed").with(fixtures.as(admin)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].username").value(editor));

        byte[] xlsx = mvc.perform(get("/identity/accounts/export.xlsx").param("q", "listed")
                .with(fixtures.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> usernames = new ArrayList<>();
        List<List<String>> headers = new ArrayList<>();
        ExcelReader.read(new ByteArrayInputStream(xlsx), headers::add, row -> usernames.add(row.get("用户名")));
        assertThat(headers.get(0)).contains("用户名", "所属单位", "角色");
        assertThat(usernames).containsExactly(editor);
    }

    @Test
    void leadersAndMembersCannotManageAccounts() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String leader = fixtures.account("lead", tree.provinceA(), Role.LEADER);
        mvc.perform(get("/identity/accounts").with(fixtures.as(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/accounts").with(fixtures.as(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(fixtures.as(leader))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-events").with(fixtures.as(leader))).andExpect(status().isForbidden());
    }

    private long id(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }
}
