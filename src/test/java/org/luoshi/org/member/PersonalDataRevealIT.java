package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * PIPL: phone and ID numbers are masked for everyone by default; a unit administrator reveals one member's numbers
 * with a deliberate POST, and only that is recorded, once.
 */
@IntegrationTest
class PersonalDataRevealIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    Fixtures.Tree tree;
    String admin;
    String leader;
    String family;
    String phone;
    String idNumber;
    long member;
    long neighbour;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        admin = fixtures.account("revealAdmin", tree.provinceA(), Role.UNIT_ADMIN);
        leader = fixtures.account("revealLeader", tree.provinceA(), Role.LEADER);
        family = "揭" + UUID.randomUUID().toString().substring(0, 6);
        phone = TestIds.phone();
        idNumber = TestIds.born(1949, true);
        member = create(family + "甲", phone, idNumber);
        neighbour = create(family + "乙", TestIds.phone(), TestIds.born(1950, false));
    }

    @Test
    void aUnitAdministratorsListPagesAndApiShowMaskedNumbersAndWriteNoAuditRow() throws Exception {
        long before = auditRowsBy(admin);

        mvc.perform(get("/org/members").param("name", family).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(masked(phone))))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString(idNumber))))
                .andExpect(content().string(containsString("/org/members/" + member + "/reveal")));
        mvc.perform(get("/api/v1/members").param("name", family).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].phone").value(containsString("****")))
                .andExpect(jsonPath("$.items[0].personalDataShown").value(false))
                .andExpect(content().string(not(containsString(phone))))
                .andExpect(content().string(not(containsString(idNumber))));
        mvc.perform(get("/org/members/" + member).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(masked(phone))))
                .andExpect(content().string(not(containsString(idNumber))))
                .andExpect(content().string(containsString("查看完整号码")));
        mvc.perform(get("/api/v1/members/" + member).with(fixtures.as(admin)))
                .andExpect(jsonPath("$.phone").value(masked(phone)));
        mvc.perform(get("/api/v1/members/lookup").param("idNumber", idNumber).with(fixtures.as(admin)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(idNumber))));
        mvc.perform(get("/org/members/" + member + "/edit").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + masked(phone) + "\"")))
                .andExpect(content().string(not(containsString(idNumber))));

        assertThat(auditRowsBy(admin)).as("masked views are not accesses to personal data").isEqualTo(before);
    }

    @Test
    void revealingShowsOneMembersNumbersAndIsRecordedOnceWithWhoWhomAndWhere() throws Exception {
        mvc.perform(post("/org/members/" + member + "/reveal").with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString(phone)))
                .andExpect(content().string(containsString(idNumber)))
                .andExpect(content().string(containsString("已记入审计日志")))
                .andExpect(content().string(not(containsString("查看完整号码"))));

        Map<String, Object> row = jdbc.sql("""
                select actor_name, ip, entity_type, entity_id, summary from audit_event
                 where action = 'PERSONAL_DATA_VIEWED' and entity_id = ?""")
                .param(String.valueOf(member)).query().singleRow();
        assertThat(row).containsEntry("actor_name", admin).containsEntry("entity_type", "MEMBER");
        assertThat(row.get("ip")).isNotNull();
        assertThat((String) row.get("summary")).contains(family + "甲").doesNotContain(phone);

        JsonNode revealed = json.readTree(mvc.perform(post("/api/v1/members/" + member + "/reveal")
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(revealed.get("phone").asString()).isEqualTo(phone);
        assertThat(revealed.get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(revealed.get("personalDataShown").asBoolean()).isTrue();
        assertThat(revealsOf(member)).as("one row per reveal").isEqualTo(2);
        assertThat(revealsOf(neighbour)).as("nobody else's numbers were shown").isZero();
    }

    @Test
    void aLeaderIsNeitherOfferedNorAllowedToRevealOrExportFullNumbers() throws Exception {
        mvc.perform(get("/org/members/" + member).with(fixtures.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("查看完整号码"))))
                .andExpect(content().string(not(containsString("/reveal"))));
        mvc.perform(get("/org/members").param("name", family).with(fixtures.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/reveal"))))
                .andExpect(content().string(not(containsString("含完整号码"))));

        mvc.perform(post("/api/v1/members/" + member + "/reveal").with(fixtures.as(leader)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("不能查看或导出完整号码")));
        mvc.perform(post("/org/members/" + member + "/reveal").with(fixtures.as(leader)).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("不能查看或导出完整号码")))
                .andExpect(content().string(not(containsString(phone))));
        mvc.perform(post("/org/members/export.xlsx").param("name", family).with(fixtures.as(leader)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(revealsOf(member)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBERS_EXPORTED_UNMASKED' "
                + "and actor_name = ?").param(leader).query(Long.class).single()).isZero();
    }

    @Test
    void theFullNumberExportIsOfferedToAnAdministratorWithTheListsFilter() throws Exception {
        mvc.perform(get("/org/members").param("name", family).param("gender", "M").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("导出 Excel（含完整号码）")))
                .andExpect(content().string(containsString("name=\"name\" value=\"" + family + "\"")))
                .andExpect(content().string(containsString("name=\"gender\" value=\"M\"")));
    }

    @Test
    void savingAnEditWithTheMaskedNumbersUnchangedKeepsTheStoredNumbers() throws Exception {
        JsonNode shown = json.readTree(mvc.perform(get("/api/v1/members/" + member).with(fixtures.as(admin)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        mvc.perform(put("/api/v1/members/" + member).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("unitId", tree.countyA(), "name", family + "丙",
                                "phone", shown.get("phone").asString(), "idNumber",
                                shown.get("idNumber").asString(), "version", shown.get("version").asInt()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(masked(phone)));
        mvc.perform(post("/org/members/" + member).with(fixtures.as(admin)).with(csrf())
                        .param("unitId", String.valueOf(tree.countyA())).param("name", family + "丁")
                        .param("phone", masked(phone)).param("idNumber", shown.get("idNumber").asString())
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/api/v1/members/" + member + "/reveal").with(fixtures.as(admin)).with(csrf()))
                .andExpect(jsonPath("$.name").value(family + "丁"))
                .andExpect(jsonPath("$.phone").value(phone))
                .andExpect(jsonPath("$.idNumber").value(idNumber));
    }

    private long create(String name, String phone, String idNumber) throws Exception {
        String response = mvc.perform(post("/api/v1/members").with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("unitId", tree.countyA(), "name", name,
                                "phone", phone, "idNumber", idNumber))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value(masked(phone)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response).get("id").asLong();
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    private long auditRowsBy(String account) {
        return jdbc.sql("select count(*) from audit_event where actor_name = ?").param(account)
                .query(Long.class).single();
    }

    private long revealsOf(long memberId) {
        return jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_DATA_VIEWED' and entity_id = ?")
                .param(String.valueOf(memberId)).query(Long.class).single();
    }
}
