package org.luoshi.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a person or a client sees when the input is hostile or malformed: the login form, a page's filter, a forged
 * CSRF token, an anonymous write, a strict JSON body, a parameter sent twice, a long file name, an error that
 * escaped to the container. Always a Chinese sentence saying what to fix, never a 500.
 */
@IntegrationTest
class InputRefusalsIT {

    /** base64url of 36 bytes 0x00 and 36 bytes 0xFF: the right length, and no UTF-8 once unmasked. */
    static final String FORGED_CSRF = Base64.getUrlEncoder().encodeToString(forged());

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aNulInTheLoginFormIsRefusedOnAPageThatNamesTheField() throws Exception {
        mvc.perform(post("/login").param("username", "a\u0000b").param("password", "x").with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("“username”含有看不见的控制字符")));
    }

    @Test
    void aPageFilterWithANulOrTwoValuesOrALetterForANumberSaysWhatToFix() throws Exception {
        String admin = fixtures.account("refusal", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
        mvc.perform(get("/org/members").param("name", "张\u0000").with(fixtures.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“name”含有看不见的控制字符")));
        mvc.perform(get("/org/members").param("page", "x").with(fixtures.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“page”应为整数")));
        mvc.perform(get("/api/v1/members").param("name", "张", "李").with(fixtures.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.detail").value(containsString("只能填写一次")));
    }

    @Test
    void aForgedCsrfTokenIsRefusedWith403OrAsking401NotA500() throws Exception {
        mvc.perform(post("/login").param("username", "nobody").param("password", "x").param("_csrf", FORGED_CSRF))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("页面已过期")));
        mvc.perform(post("/api/v1/members").header("X-CSRF-TOKEN", FORGED_CSRF)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("请先登录")));
    }

    @Test
    void aLoggedInApiWriteWithoutItsCsrfTokenSaysHowToSendIt() throws Exception {
        String admin = fixtures.account("refusal", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
        mvc.perform(post("/api/v1/members").with(fixtures.as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("X-CSRF-TOKEN")));
    }

    @Test
    void jsonIsReadStrictlyAndEachRefusalNamesItsField() throws Exception {
        String admin = fixtures.account("refusal", fixtures.tree().root(), Role.SYSTEM_ADMIN);
        expectFieldRefused(admin, "/api/v1/members/1/status", "{\"status\": 1, \"version\": 0}", "status",
                "ACTIVE");
        expectFieldRefused(admin, "/api/v1/members/1/status", "{\"status\": \"ACTIVE\", \"version\": \"0\"}",
                "version", "应为整数");
        expectFieldRefused(admin, "/api/v1/members/1/status", "{\"status\": \"ACTIVE\", \"version\": 1.5}",
                "version", "应为整数");
        expectFieldRefused(admin, "/api/v1/members", "{\"name\": \"王\\u202Egpj.exe\"}", "name", "改变文字方向");
        expectFieldRefused(admin, "/api/v1/members", "{\"name\": \"王\\ud800\"}", "name", "无效的字符");
        mvc.perform(put("/api/v1/admin/mail-settings").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("enabled"))
                .andExpect(jsonPath("$.detail").value(containsString("true 或 false")));
    }

    @Test
    void aFileNameLongerThanAnyColumnOrWithANulIsRefusedByName() throws Exception {
        String admin = fixtures.account("refusal", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
        mvc.perform(multipart("/api/v1/members/import").with(fixtures.as(admin)).with(csrf())
                        .file(new MockMultipartFile("file", "名".repeat(300) + ".xlsx", "application/octet-stream",
                                new byte[] {1})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("超过 200 个字符")));
        mvc.perform(multipart("/api/v1/members/import").with(fixtures.as(admin)).with(csrf())
                        .file(new MockMultipartFile("file", "名单\u0000.xlsx", "application/octet-stream",
                                new byte[] {1})))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("file"));
    }

    @Test
    void anErrorThatReachesTheContainerIsAnsweredInChineseForTheApiAndForPages() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/members"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("系统出错了")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/org/members"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("请检查刚才填写或选择的内容")));
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 503)
                        .requestAttr(RequestDispatcher.ERROR_MESSAGE, "系统正在恢复，请稍后再试。")
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/members"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail").value("系统正在恢复，请稍后再试。"));
    }

    private void expectFieldRefused(String user, String path, String json, String field, String words)
            throws Exception {
        mvc.perform(post(path).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(containsString(words)));
    }

    private static byte[] forged() {
        byte[] token = new byte[72];
        java.util.Arrays.fill(token, 36, 72, (byte) 0xFF);
        return token;
    }
}
