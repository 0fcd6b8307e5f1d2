package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Registering a member with an ID number registered in another province tells that it is a member's: each such
 * attempt is audited, and an account may make only a few a day (counted in the database, for every node).
 */
@IntegrationTest
class IdNumberProbeIT {

    /** luoshi.members.id-number-probes.max-attempts, as configured by default. */
    static final int LIMIT = 10;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    Fixtures.Tree tree;
    String prober;
    String owner;
    String family;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        prober = fixtures.account("prober", tree.provinceA(), Role.UNIT_ADMIN);
        owner = fixtures.account("owner", tree.provinceB(), Role.UNIT_ADMIN);
        family = "探" + UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void numbersRegisteredInAnotherProvinceAreAuditedAndLimitedPerAccount() throws Exception {
        for (int i = 0; i < LIMIT; i++) {
            String elsewhere = registered(owner, tree.countyB());
            register(prober, tree.countyA(), elsewhere).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("已登记为会员")));
        }
        assertThat(probes()).isEqualTo(LIMIT);
        assertThat(jdbc.sql("select count(*) from id_number_probe where account_id = "
                + "(select id from account where username = ?)").param(prober).query(Long.class).single())
                .as("counted in the database that every node shares").isEqualTo(LIMIT);

        // now any ID number is refused before it is looked at, so the answer tells nothing about it
        register(prober, tree.countyA(), registered(owner, tree.countyB()))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.detail").value(containsString("暂时不能再填写身份证号")));
        register(prober, tree.countyA(), TestIds.born(1952, true)).andExpect(status().isTooManyRequests());
        mvc.perform(post("/org/members").with(fixtures.as(prober)).with(csrf())
                        .param("unitId", String.valueOf(tree.countyA())).param("name", family)
                        .param("idNumber", TestIds.born(1953, true)))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("暂时不能再填写身份证号")))
                .andExpect(content().string(containsString("value=\"" + family + "\"")));
        assertThat(probes()).as("refusals look at no number, so they record none").isEqualTo(LIMIT);

        TestClock.INSTANCE.advance(Duration.ofDays(1).plusMinutes(1));
        register(prober, tree.countyA(), TestIds.born(1954, true)).andExpect(status().isCreated());
    }

    @Test
    void aFileOfNumbersProbesNoMoreThanTheFormMay() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < LIMIT + 1; i++) {
            rows.add(Arrays.asList(family + i, null, null, null, registered(owner, tree.countyB()),
                    fixtures.code(tree.countyA()), null, null, null, null, null));
        }
        rows.add(Arrays.asList(family + "新", null, null, null, TestIds.born(1951, false),
                fixtures.code(tree.countyA()), null, null, null, null, null));

        JsonNode result = json.readTree(mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "probe.xlsx", MemberImportIT.XLSX,
                                Sheets.xlsx(Sheets.TEMPLATE_HEADERS, rows)))
                        .with(fixtures.as(prober)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(result.get("imported").asInt()).isZero();
        List<String> reasons = result.get("errors").valueStream().map(e -> e.get("reason").asString()).toList();
        assertThat(reasons).hasSize(LIMIT + 2);
        assertThat(reasons.subList(0, LIMIT)).allMatch(reason -> reason.contains("已登记为会员"));
        assertThat(reasons.subList(LIMIT, LIMIT + 2)).allMatch(reason -> reason.contains("暂时不能再填写身份证号"));
        assertThat(probes()).isEqualTo(LIMIT);
    }

    @Test
    void aNumberRegisteredInOnesOwnSubtreeIsNoProbe() throws Exception {
        String mine = registered(prober, tree.countyA());
        register(prober, tree.provinceA(), mine).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("可用身份证号查找该会员")));
        assertThat(probes()).isZero();
    }

    @Test
    void theAuditRowKeepsTheNumberMaskedAndNamesNoUnitOfTheMember() throws Exception {
        String elsewhere = registered(owner, tree.countyB());
        register(prober, tree.countyA(), elsewhere).andExpect(status().isBadRequest());

        Map<String, Object> row = jdbc.sql("""
                select e.ip, e.scope_path, e.after_state::text as after, e.summary from audit_event e
                 where e.action = 'ID_NUMBER_REGISTERED_ELSEWHERE' and e.actor_name = ?""")
                .param(prober).query().singleRow();
        assertThat(row.get("ip")).isNotNull();
        assertThat((String) row.get("after")).contains(elsewhere.substring(0, 6) + "****")
                .doesNotContain(elsewhere);
        assertThat((String) row.get("summary")).doesNotContain(elsewhere);
        assertThat((String) row.get("scope_path")).as("filed under the prober's own unit").isEqualTo(
                jdbc.sql("select path from unit where id = ?").param(tree.provinceA()).query(String.class).single());
    }

    private String registered(String account, long unitId) throws Exception {
        String idNumber = TestIds.born(1950, true);
        register(account, unitId, idNumber).andExpect(status().isCreated());
        return idNumber;
    }

    private ResultActions register(String account, long unitId, String idNumber) throws Exception {
        return mvc.perform(post("/api/v1/members").with(fixtures.as(account)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("unitId", unitId, "name", family, "idNumber", idNumber))));
    }

    private long probes() {
        return jdbc.sql("select count(*) from audit_event where action = 'ID_NUMBER_REGISTERED_ELSEWHERE' "
                + "and actor_name = ?").param(prober).query(Long.class).single();
    }
}
