package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a site on the default settings shows to the network: no forged address believed, privacy headers on every
 * answer, operators' endpoints for system administrators, the API description for those logged in.
 * {@link AnonymousSessionsIT} covers sessions and cookies over real HTTP.
 */
@IntegrationTest
class SiteExposureIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aForgedForwardedForFromAnIntranetAddressDoesNotReachTheAuditLog() throws Exception {
        String username = fixtures.account("xff", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf())
                .header("X-Forwarded-For", "203.0.113.66").with(request -> {
                    request.setRemoteAddr("192.168.1.20");
                    return request;
                })).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select ip from audit_event where action = 'LOGIN_SUCCESS' and actor_name = ?")
                .param(username).query(String.class).single()).isEqualTo("192.168.1.20");
    }

    @Test
    void everyAnswerKeepsReferrersOnTheSiteAndRefusesDeviceFeatures() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", org.hamcrest.Matchers.containsString("camera=()")));
        String member = fixtures.account("hdr", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(get("/api/v1/me").with(fixtures.as(member)))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().exists("Permissions-Policy"));
    }

    @Test
    void metricsPrometheusAndInfoAreForSystemAdministratorsOnly() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String member = fixtures.account("met", tree.countyA(), Role.MEMBER);
        String unitAdmin = fixtures.account("met", tree.provinceA(), Role.UNIT_ADMIN);
        String sysAdmin = fixtures.account("met", tree.root(), Role.SYSTEM_ADMIN);
        for (String path : new String[] {"/actuator/metrics", "/actuator/prometheus", "/actuator/info"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(302);
            mvc.perform(get(path).with(fixtures.as(member))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(fixtures.as(unitAdmin))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(fixtures.as(sysAdmin))).andExpect(status().isOk());
        }
    }

    @Test
    void prometheusScrapesWithASystemAdministratorsToken() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String sysAdmin = fixtures.account("scrape", tree.root(), Role.SYSTEM_ADMIN);
        String member = fixtures.account("scrape", tree.countyA(), Role.MEMBER);
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token(sysAdmin)))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token(member)))
                .andExpect(status().isForbidden());
    }

    private String token(String username) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(username))
                .with(csrf()).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"name\":\"prometheus\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
                .andReturn().getResponse().getContentAsString(), "$.secret");
    }

    @Test
    void healthAndItsProbesStayPublic() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path)
                    .isIn(200, 503);
        }
    }

    @Test
    void theApiDescriptionNeedsALoginByDefault() throws Exception {
        for (String path : new String[] {"/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html"}) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getRedirectedUrl()).as(path)
                    .endsWith("/login");
        }
        String member = fixtures.account("doc", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(get("/v3/api-docs").with(fixtures.as(member))).andExpect(status().isOk());
    }
}
