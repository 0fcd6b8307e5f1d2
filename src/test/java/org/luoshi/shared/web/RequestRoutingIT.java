package org.luoshi.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Requests find their controller by path first (PathFirstMappings) and pass the firewall's character checks
 * (SecurityConfiguration): what a client sees must be what Spring MVC and Spring Security answer by default.
 */
@IntegrationTest
class RequestRoutingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPathWithVariablesReachesItsControllerAndAWrongMethodGets405() throws Exception {
        String admin = fixtures.account("route", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/plans/assignments/999999").with(fixtures.as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        mvc.perform(delete("/api/v1/plans/assignments/999999/items/1/reports").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", Matchers.containsString("POST")));
    }

    @Test
    void aPathNoControllerServesGets404() throws Exception {
        String admin = fixtures.account("route", fixtures.tree().provinceA(), Role.UNIT_ADMIN);
        mvc.perform(get("/api/v1/plans/assignments/1/nothing-here").with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void badJsonAndMistypedParametersGetAChineseProblemNamingTheField() throws Exception {
        String admin = fixtures.account("routesys", fixtures.tree().root(), Role.SYSTEM_ADMIN);
        mvc.perform(put("/api/v1/admin/mail-settings").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"host\": \"smtp.example.org\", \"port\": \"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("port"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("“port”应为整数")));
        mvc.perform(put("/api/v1/admin/mail-settings").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"host\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("不是有效的 JSON")));
        mvc.perform(get("/api/v1/plans/assignments/abc").with(fixtures.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("id"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("“id”应为整数")));
    }

    @Test
    void headersWithControlCharactersAreRefusedAndChineseOnesPass() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer abc\u0007"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer 中文令牌"))
                .andExpect(status().isUnauthorized());
    }
}
