package org.luoshi.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator of province A cannot see or change anything of province B, on any account endpoint. */
@IntegrationTest
class AccountScopeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Tree tree;
    String adminA;
    String memberB;
    long idB;

    @BeforeEach
    void twoProvinces() {
        tree = fixtures.tree();
        adminA = fixtures.account("adminA", tree.provinceA(), Role.UNIT_ADMIN);
        memberB = fixtures.account("memberB", tree.countyB(), Role.MEMBER);
        idB = jdbc.sql("select id from account where username = ?").param(memberB).query(Long.class).single();
    }

    @Test
    void pagesAnswerNotFound() throws Exception {
        mvc.perform(get("/identity/accounts/" + idB).with(fixtures.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/identity/accounts/" + idB + "/edit").with(fixtures.as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/identity/accounts/" + idB).with(fixtures.as(adminA)).with(csrf())
                .param("displayName", "x").param("unitCode", fixtures.code(tree.countyA())).param("roles", "MEMBER"))
                .andExpect(status().isNotFound());
        for (String action : new String[] {"enable", "disable", "unlock", "reset-password"}) {
            mvc.perform(post("/identity/accounts/" + idB + "/" + action).with(fixtures.as(adminA)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/identity/accounts").param("unit", fixtures.code(tree.provinceB()))
                .with(fixtures.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/identity/accounts/export.xlsx").param("unit", fixtures.code(tree.provinceB()))
                .with(fixtures.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/identity/accounts").param("q", memberB).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.not(Matchers.containsString("/identity/accounts/" + idB + "\""))));
    }

    @Test
    void apiAnswersNotFound() throws Exception {
        mvc.perform(get("/api/v1/accounts/" + idB).with(fixtures.as(adminA))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("没有找到该账号")));
        mvc.perform(put("/api/v1/accounts/" + idB).with(fixtures.as(adminA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"x","unitCode":"%s","roles":["MEMBER"],"version":0}
                        """.formatted(fixtures.code(tree.countyA()))))
                .andExpect(status().isNotFound());
        for (String action : new String[] {"enable", "disable", "unlock", "reset-password"}) {
            mvc.perform(post("/api/v1/accounts/" + idB + "/" + action).with(fixtures.as(adminA)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/accounts").param("unit", fixtures.code(tree.provinceB())).with(fixtures.as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/accounts").param("q", memberB).with(fixtures.as(adminA)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void noAccountCanBeCreatedOrMovedIntoTheOtherProvince() throws Exception {
        mvc.perform(post("/api/v1/accounts").with(fixtures.as(adminA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"username":"b%d","displayName":"某人","unitCode":"%s","roles":["MEMBER"]}
                        """.formatted(System.nanoTime(), fixtures.code(tree.countyB()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCode"));
        String memberA = fixtures.account("memberA", tree.countyA(), Role.MEMBER);
        long idA = jdbc.sql("select id from account where username = ?").param(memberA).query(Long.class).single();
        mvc.perform(put("/api/v1/accounts/" + idA).with(fixtures.as(adminA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"displayName":"x","unitCode":"%s","roles":["MEMBER"],"version":0}
                        """.formatted(fixtures.code(tree.provinceB()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitCode"));
    }

    @Test
    void tokensOfOthersCannotBeRevoked() throws Exception {
        String response = mvc.perform(post("/api/v1/me/tokens").with(fixtures.as(memberB)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"b\",\"password\":\"" + Fixtures.PASSWORD + "\"}")).andReturn().getResponse()
                .getContentAsString();
        Integer tokenId = com.jayway.jsonpath.JsonPath.read(response, "$.token.id");
        mvc.perform(delete("/api/v1/me/tokens/" + tokenId).with(fixtures.as(adminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/tokens/" + tokenId + "/revoke").with(fixtures.as(adminA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/tokens").with(fixtures.as(adminA)))
                .andExpect(jsonPath("$[?(@.id == " + tokenId + ")]").isEmpty());
    }
}
