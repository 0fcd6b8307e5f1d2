package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PasswordChangeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void theNewPasswordWorksAndTheOldOneNoLonger() throws Exception {
        String username = fixtures.account("pw", fixtures.tree().countyA(), Role.MEMBER);
        MvcResult result = mvc.perform(post("/me/password").with(fixtures.as(username)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "Brand-New-Pass-7")
                .param("repeatPassword", "Brand-New-Pass-7")).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/me");

        LoginFlow old = new LoginFlow(mvc);
        old.login(username, Fixtures.PASSWORD);
        assertThat(old.redirect()).isEqualTo("/login?error");
        LoginFlow fresh = new LoginFlow(mvc);
        fresh.login(username, "Brand-New-Pass-7");
        assertThat(fresh.redirect()).isEqualTo("/");
    }

    @Test
    void theCurrentPasswordIsRequired() throws Exception {
        String username = fixtures.account("pw", fixtures.tree().countyA(), Role.MEMBER);
        String page = mvc.perform(post("/me/password").with(fixtures.as(username)).with(csrf())
                .param("currentPassword", "Not-The-Password-1").param("newPassword", "Brand-New-Pass-7")
                .param("repeatPassword", "Brand-New-Pass-7")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("当前密码不正确");
    }

    @Test
    void thePolicyIsExplainedInChinese() throws Exception {
        String username = fixtures.account("pw", fixtures.tree().countyA(), Role.MEMBER);
        assertThat(change(username, "short-1")).contains("至少需要 10 个字符");
        assertThat(change(username, "abcdefghijkl")).contains("至少两类");
        assertThat(change(username, "x-" + username + "-2026")).contains("不能包含用户名");
    }

    @Test
    void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String username = fixtures.account("pw", tree.countyA(), Role.MEMBER);
        Integer id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/accounts").param("q", username)
                .with(fixtures.as(admin))).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String response = mvc.perform(post("/api/v1/accounts/" + id + "/reset-password").with(fixtures.as(admin))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        String temporary = com.jayway.jsonpath.JsonPath.read(response, "$.temporaryPassword");

        LoginFlow browser = new LoginFlow(mvc);
        browser.login(username, temporary);
        assertThat(browser.redirect()).isEqualTo("/me/password");
        assertThat(browser.perform(get("/api/v1/me")).getResponse().getStatus()).isEqualTo(403);
        browser.perform(post("/me/password").with(csrf()).param("currentPassword", temporary)
                .param("newPassword", "Mine-At-Last-9").param("repeatPassword", "Mine-At-Last-9"));
        assertThat(browser.redirect()).isEqualTo("/me");
        assertThat(browser.perform(get("/")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void commonAndPatternedPasswordsAreRefusedSayingWhy() throws Exception {
        String username = fixtures.account("pw", fixtures.tree().countyA(), Role.MEMBER);
        assertThat(change(username, "Password123")).contains("密码太容易被猜到").contains("泄露的密码库");
        assertThat(change(username, "qwertyuiop1")).contains("密码太容易被猜到");
        assertThat(change(username, "1234567890a")).contains("密码太容易被猜到");
        assertThat(change(username, "aaaaaaaaa1")).contains("密码太容易被猜到");
    }

    @Test
    void theTemporaryPasswordCannotBeKept() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("adm", tree.provinceA(), Role.UNIT_ADMIN);
        String username = fixtures.account("pw", tree.countyA(), Role.MEMBER);
        String temporary = resetPassword(admin, username);

        LoginFlow browser = new LoginFlow(mvc);
        browser.login(username, temporary);
        String page = browser.perform(post("/me/password").with(csrf()).param("currentPassword", temporary)
                .param("newPassword", temporary).param("repeatPassword", temporary)).getResponse()
                .getContentAsString();
        assertThat(page).contains("不能继续使用管理员给您的临时密码");
        assertThat(browser.perform(get("/")).getResponse().getRedirectedUrl()).isEqualTo("/me/password");
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsAndTokensAndSaysSo() throws Exception {
        String username = fixtures.account("pw", fixtures.tree().countyA(), Role.MEMBER);
        LoginFlow phone = new LoginFlow(mvc);
        phone.login(username, Fixtures.PASSWORD);
        LoginFlow desk = new LoginFlow(mvc);
        desk.login(username, Fixtures.PASSWORD);
        String token = com.jayway.jsonpath.JsonPath.read(desk.perform(post("/api/v1/me/tokens").with(csrf())
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"name\":\"同步\",\"password\":\"" + Fixtures.PASSWORD + "\"}")).getResponse()
                .getContentAsString(), "$.secret");
        assertThat(phone.perform(get("/api/v1/me")).getResponse().getStatus()).isEqualTo(200);

        desk.perform(post("/me/password").with(csrf()).param("currentPassword", Fixtures.PASSWORD)
                .param("newPassword", "Brand-New-Pass-7").param("repeatPassword", "Brand-New-Pass-7"));
        assertThat(desk.redirect()).isEqualTo("/me");
        String profile = desk.perform(get("/me")).getResponse().getContentAsString();
        assertThat(profile).contains("其他设备或浏览器上的登录已全部退出（1 处）").contains("访问令牌已全部撤销（1 个）");

        assertThat(phone.perform(get("/api/v1/me")).getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(401);
        assertThat(desk.perform(get("/api/v1/me")).getResponse().getStatus()).isEqualTo(200);
    }

    private String resetPassword(String admin, String username) throws Exception {
        Integer id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get("/api/v1/accounts").param("q", username)
                .with(fixtures.as(admin))).andReturn().getResponse().getContentAsString(), "$.items[0].id");
        String response = mvc.perform(post("/api/v1/accounts/" + id + "/reset-password").with(fixtures.as(admin))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        return com.jayway.jsonpath.JsonPath.read(response, "$.temporaryPassword");
    }

    private String change(String username, String next) throws Exception {
        return mvc.perform(post("/me/password").with(fixtures.as(username)).with(csrf())
                .param("currentPassword", Fixtures.PASSWORD).param("newPassword", next).param("repeatPassword", next))
                .andReturn().getResponse().getContentAsString();
    }
}
