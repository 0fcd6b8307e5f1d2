package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aTokenActsAsItsAccountWithTheSameScope() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("tokadm", tree.provinceA(), Role.UNIT_ADMIN);
        String other = fixtures.account("tokb", tree.countyB(), Role.MEMBER);
        String token = createToken(admin, null);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(admin));
        mvc.perform(get("/api/v1/accounts").param("q", other).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where prefix = ?")
                .param(token.substring(0, 10)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void theTokenIsShownOnceAndStoredOnlyAsItsHash() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String token = createToken(username, null);
        assertThat(jdbc.sql("select count(*) from api_token where encode(token_hash, 'escape') like ?")
                .param("%" + token + "%").query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/me/tokens").with(fixtures.as(username)))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 10)))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
    }

    @Test
    void aRevokedTokenIsRefusedWith401InChinese() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String response = mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"公众号同步\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(response, "$.secret");
        Integer id = JsonPath.read(response, "$.token.id");
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(fixtures.as(username)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已被撤销")));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String token = createToken(username, LocalDate.now(TestClock.INSTANCE));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        TestClock.INSTANCE.advance(Duration.ofDays(2));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已过期")));
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String token = createToken(username, null);
        jdbc.sql("update account set enabled = false where username = ?").param(username).update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已停用")));
    }

    @Test
    void anUnknownTokenIsRefusedAndNeedsNoCsrf() throws Exception {
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer ls_made-up")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("访问令牌无效")));
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String token = createToken(username, null);
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"第二个\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不能用访问令牌创建新令牌")));
        assertThat(jdbc.sql("select count(*) from api_token t join account a on a.id = t.account_id"
                + " where a.username = ?").param(username).query(Long.class).single()).isOne();
    }

    @Test
    void aSessionMustTypeThePasswordAgainToCreateAToken() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"同步\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("password"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("登录密码不正确")));
        String page = mvc.perform(post("/me/tokens").param("name", "同步").param("password", "Wrong-Horse-42")
                .with(fixtures.as(username)).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("登录密码不正确").doesNotContainPattern("ls_[A-Za-z0-9_-]{43}");
    }

    @Test
    void disablingAnAccountRevokesItsTokensForGood() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("tokadm", tree.provinceA(), Role.UNIT_ADMIN);
        String username = fixtures.account("tok", tree.countyA(), Role.MEMBER);
        String token = createToken(username, null);
        long id = jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();

        mvc.perform(post("/api/v1/accounts/" + id + "/disable").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts/" + id + "/enable").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("已被撤销")));
        mvc.perform(get("/api/v1/audit-events").param("actor", admin).with(fixtures.as(admin)))
                .andExpect(jsonPath("$.items[*].action", Matchers.hasItem("TOKEN_REVOKED")));
    }

    @Test
    void aResetPasswordRevokesTheTokens() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("tokadm", tree.provinceA(), Role.UNIT_ADMIN);
        String username = fixtures.account("tok", tree.countyA(), Role.MEMBER);
        String token = createToken(username, null);
        long id = jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
        mvc.perform(post("/api/v1/accounts/" + id + "/reset-password").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theTokensPageShowsANewTokenOnceAndRevokesIt() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        String page = mvc.perform(post("/me/tokens").param("name", "数据交换").param("password", Fixtures.PASSWORD)
                .with(fixtures.as(username))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("只显示这一次").containsPattern("ls_[A-Za-z0-9_-]{43}");
        String again = mvc.perform(get("/me/tokens").with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString();
        assertThat(again).contains("数据交换").doesNotContainPattern("ls_[A-Za-z0-9_-]{43}");
        long id = jdbc.sql("select t.id from api_token t join account a on a.id = t.account_id where a.username = ?")
                .param(username).query(Long.class).single();
        mvc.perform(post("/me/tokens/" + id + "/revoke").with(fixtures.as(username)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select revoked_at is not null from api_token where id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void tokenNameIsRequiredWithAChineseMessage() throws Exception {
        String username = fixtures.account("tok", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("请填写令牌名称")));
    }

    private String createToken(String username, LocalDate expiresOn) throws Exception {
        String body = "{\"name\":\"测试\",\"password\":\"" + Fixtures.PASSWORD + "\""
                + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"") + "}";
        String response = mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(response, "$.secret");
    }
}
