package org.luoshi.shared.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The API is documented where integrators look for it, for anyone logged in (luoshi.web.api-docs-public opens it). */
@IntegrationTest
class ApiDocumentationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void openApiDescribesEveryModulesEndpoints() throws Exception {
        String member = fixtures.account("doc", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(get("/v3/api-docs").with(fixtures.as(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/units")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/members")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/accounts")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/audit-events")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/me/tokens")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/plans")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/plans/assignments/{id}/acknowledge")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/plans/{planId}/rollup")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/plans/{planId}/reminders")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/notifications")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/admin/mail-settings")))
                .andExpect(jsonPath("$.paths['/api/v1/admin/mail-settings']", hasKey("put")))
                .andExpect(jsonPath("$.paths", hasKey("/api/v1/admin/mail-settings/test")));
    }
}
