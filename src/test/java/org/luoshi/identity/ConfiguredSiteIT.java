package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A site behind a TLS-terminating proxy, as an operator configures it: HSTS and Secure cookies from the setting,
 * the client's address from the trusted proxy, the API description opened on purpose. The same properties as
 * {@link ConfiguredLockoutIT}, so the two share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = {"luoshi.security.lockout.max-attempts=3", "luoshi.security.lockout.duration=30m",
        "luoshi.web.https=true", "luoshi.web.trusted-proxies=10.0.0.0/8, 192.0.2.10", "luoshi.web.api-docs-public=true"})
class ConfiguredSiteIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void httpsByConfigurationSendsHstsAndSecureCookiesWhateverTheRequestSays() throws Exception {
        String username = fixtures.account("tls", fixtures.tree().countyA(), Role.MEMBER);
        MvcResult login = mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD)
                .with(csrf())).andReturn();
        assertThat(login.getResponse().getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
        assertThat(login.getResponse().getHeaders("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").containsIgnoringCase("Secure"));
    }

    @Test
    void theClientBehindATrustedProxyIsTheOneAudited() throws Exception {
        String username = fixtures.account("prx", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf())
                // the client forged the first entry; our proxies appended the rest
                .header("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 10.2.0.1").with(request -> {
                    request.setRemoteAddr("192.0.2.10");
                    return request;
                })).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select ip from audit_event where action = 'LOGIN_SUCCESS' and actor_name = ?")
                .param(username).query(String.class).single()).isEqualTo("203.0.113.9");
    }

    @Test
    void anUntrustedPeerIsTakenAsItIs() throws Exception {
        String username = fixtures.account("prx", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD).with(csrf())
                .header("X-Forwarded-For", "203.0.113.9").with(request -> {
                    request.setRemoteAddr("192.168.7.7");
                    return request;
                })).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select ip from audit_event where action = 'LOGIN_SUCCESS' and actor_name = ?")
                .param(username).query(String.class).single()).isEqualTo("192.168.7.7");
    }

    @Test
    void theApiDescriptionCanBeOpenedToAll() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }
}
