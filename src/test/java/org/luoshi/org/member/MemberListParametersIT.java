package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What /v3/api-docs says GET /api/v1/members takes is what it honours: every documented parameter narrows or orders. */
@IntegrationTest
class MemberListParametersIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ObjectMapper json;

    @Test
    void everyDocumentedParameterOfTheMemberListChangesWhatItReturns() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String admin = fixtures.account("paramsAdmin", tree.provinceA(), Role.UNIT_ADMIN);
        String family = "参" + UUID.randomUUID().toString().substring(0, 6);
        int year = Year.now().getValue();
        long older = create(admin, Map.of("unitId", tree.countyA(), "name", family + "甲", "gender", "M",
                "birthYear", year - 77, "field", "农业技术", "title", "研究员"));
        long younger = create(admin, Map.of("unitId", tree.provinceA(), "name", "另" + family, "gender", "F",
                "birthYear", year - 62, "field", "医药卫生", "title", "主任医师"));
        withdraw(admin, younger);

        String base = "name=" + family + "&nameMode=contains&";
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("unitId", new Case(base + "unitId=" + tree.countyA(), List.of(older)));
        cases.put("name", new Case("nameMode=contains&name=" + family + "甲", List.of(older)));
        cases.put("nameMode", new Case("name=" + family + "&nameMode=prefix", List.of(older)));
        cases.put("field", new Case(base + "field=农业", List.of(older)));
        cases.put("title", new Case(base + "title=研究员", List.of(older)));
        cases.put("age", new Case(base + "age=A60_64", List.of(younger)));
        cases.put("status", new Case(base + "status=WITHDRAWN", List.of(younger)));
        cases.put("gender", new Case(base + "gender=F", List.of(younger)));
        cases.put("sort", new Case(base + "sort=BIRTH_YEAR_DESC", List.of(younger, older)));
        cases.put("size", new Case(base + "sort=BIRTH_YEAR&size=1", List.of(older)));
        cases.put("page", new Case(base + "sort=BIRTH_YEAR&size=1&page=2", List.of(younger)));

        assertThat(documentedParameters(admin)).as("documented, and nothing more").isEqualTo(cases.keySet());
        assertThat(ids(admin, base + "sort=BIRTH_YEAR")).containsExactly(older, younger);
        cases.forEach((parameter, c) -> assertThat(ids(admin, c.query())).as(parameter)
                .containsExactlyElementsOf(c.expected()));
    }

    private record Case(String query, List<Long> expected) {
    }

    private Set<String> documentedParameters(String account) throws Exception {
        JsonNode spec = json.readTree(mvc.perform(get("/v3/api-docs").with(fixtures.as(account))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        return spec.at("/paths/~1api~1v1~1members/get/parameters").valueStream()
                .map(p -> p.get("name").asString()).collect(Collectors.toSet());
    }

    private List<Long> ids(String account, String query) {
        try {
            JsonNode page = json.readTree(mvc.perform(get("/api/v1/members?" + query).with(fixtures.as(account)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
            return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
        } catch (Exception e) {
            throw new AssertionError(query, e);
        }
    }

    private long create(String account, Map<String, Object> member) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/members").with(fixtures.as(account)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(member)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();
    }

    private void withdraw(String account, long id) throws Exception {
        mvc.perform(post("/api/v1/members/" + id + "/status").with(fixtures.as(account)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("status", "WITHDRAWN", "version", 0))))
                .andExpect(status().isOk());
    }
}
