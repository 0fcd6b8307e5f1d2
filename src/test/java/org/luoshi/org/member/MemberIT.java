package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
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

@IntegrationTest
class MemberIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    Fixtures.Tree tree;
    String adminA;
    String adminB;
    String leaderA;
    String memberA;
    /** A surname unique to this test, so name filters see only this test's members. */
    String family;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        adminA = fixtures.account("adminA", tree.provinceA(), Role.UNIT_ADMIN);
        adminB = fixtures.account("adminB", tree.provinceB(), Role.UNIT_ADMIN);
        leaderA = fixtures.account("leaderA", tree.provinceA(), Role.LEADER);
        memberA = fixtures.account("memberA", tree.countyA(), Role.MEMBER);
        family = "测" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void provinceAdministratorSeesOnlyItsOwnSubtree() throws Exception {
        long inA = create(adminA, tree.countyA(), family + "甲", TestIds.born(1950, true), TestIds.phone());
        long inB = create(adminB, tree.countyB(), family + "乙", TestIds.born(1950, true), TestIds.phone());

        JsonNode list = apiList(adminA, "name=" + family);
        assertThat(ids(list)).containsExactly(inA);
        assertThat(list.get("total").asLong()).isEqualTo(1);

        mvc.perform(get("/api/v1/members/" + inB).with(fixtures.as(adminA))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("未找到该会员")));
        mvc.perform(get("/org/members/" + inB).with(fixtures.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members").param("unitId", String.valueOf(tree.provinceB()))
                .with(fixtures.as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/org/members").param("unitId", String.valueOf(tree.countyB()))
                .with(fixtures.as(adminA))).andExpect(status().isNotFound());
    }

    @Test
    void provinceAdministratorCannotChangeAnotherProvincesMember() throws Exception {
        long inB = create(adminB, tree.countyB(), family + "乙", TestIds.born(1950, true), null);

        mvc.perform(put("/api/v1/members/" + inB).with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitId", tree.countyA(), "name", "改名", "gender", "M", "version", 0))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/members/" + inB + "/status").with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("status", "DECEASED", "version", 0))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/org/members/" + inB).with(fixtures.as(adminA)).with(csrf())
                .param("unitId", String.valueOf(tree.countyA())).param("name", "改名").param("gender", "M")
                .param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/org/members/" + inB + "/edit").with(fixtures.as(adminA))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select name from member where id = ?").param(inB).query(String.class).single())
                .isEqualTo(family + "乙");
    }

    @Test
    void administratorCannotPlaceAMemberInAnotherProvince() throws Exception {
        mvc.perform(post("/api/v1/members").with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitId", tree.countyB(), "name", family, "gender", "F"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("unitId"))
                .andExpect(jsonPath("$.detail").value(containsString("所属单位")));
    }

    @Test
    void filtersNarrowTheListBySubtreeFieldTitleAgeStatusAndGender() throws Exception {
        int year = Year.now().getValue();
        long farmer = create(adminA, tree.countyA(), family + "农", TestIds.born(year - 72, true), null,
                Map.of("field", "农业技术", "title", "高级农艺师"));
        long doctor = create(adminA, tree.provinceA(), family + "医", TestIds.born(year - 86, false), null,
                Map.of("field", "医药卫生", "title", "主任医师"));
        long engineer = create(adminA, tree.countyA(), "另" + family + "工", TestIds.born(year - 91, true), null,
                Map.of("field", "机械工程", "title", "高级工程师"));
        changeStatus(adminA, engineer, "WITHDRAWN");

        assertThat(ids(apiList(adminA, "name=" + family))).containsExactlyInAnyOrder(farmer, doctor);
        assertThat(ids(apiList(adminA, "name=" + family + "&nameMode=contains")))
                .containsExactlyInAnyOrder(farmer, doctor, engineer);
        String mine = "name=" + family + "&nameMode=contains&";
        assertThat(ids(apiList(adminA, mine + "unitId=" + tree.countyA()))).containsExactlyInAnyOrder(farmer, engineer);
        assertThat(ids(apiList(adminA, mine + "field=农业"))).containsExactly(farmer);
        assertThat(ids(apiList(adminA, mine + "title=工程师"))).containsExactly(engineer);
        assertThat(ids(apiList(adminA, mine + "age=A70_74"))).containsExactly(farmer);
        assertThat(ids(apiList(adminA, mine + "age=A85_89"))).containsExactly(doctor);
        assertThat(ids(apiList(adminA, mine + "age=A90_PLUS"))).containsExactly(engineer);
        assertThat(ids(apiList(adminA, mine + "status=WITHDRAWN"))).containsExactly(engineer);
        assertThat(ids(apiList(adminA, mine + "gender=F"))).containsExactly(doctor);
        assertThat(ids(apiList(adminA, mine + "sort=BIRTH_YEAR"))).containsExactly(engineer, doctor, farmer);
        assertThat(ids(apiList(adminA, mine + "sort=BIRTH_YEAR_DESC"))).containsExactly(farmer, doctor, engineer);

        JsonNode paged = apiList(adminA, mine + "size=2&page=2&sort=BIRTH_YEAR");
        assertThat(ids(paged)).containsExactly(farmer);
        assertThat(paged.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void listPageShowsUnitNamesAndMasksPersonalDataForEveryone() throws Exception {
        String phone = TestIds.phone();
        String id = TestIds.born(1948, true);
        create(adminA, tree.countyA(), family, id, phone);

        for (String reader : List.of(leaderA, adminA)) {
            mvc.perform(get("/org/members").param("name", family).with(fixtures.as(reader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("甲省一县老科协")))
                    .andExpect(content().string(containsString(phone.substring(0, 3) + "****" + phone.substring(7))))
                    .andExpect(content().string(not(containsString(phone))))
                    .andExpect(content().string(not(containsString(id))));
        }
        mvc.perform(get("/org/members").param("name", family).with(fixtures.as(leaderA)))
                .andExpect(content().string(not(containsString("新增会员"))));
        mvc.perform(get("/org/members").param("name", family).with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("新增会员")));
    }

    @Test
    void lastChangeIsTimedInTheAssociationsZone() throws Exception {
        long id = create(adminA, tree.countyA(), family, TestIds.born(1950, true), TestIds.phone());
        jdbc.sql("update member set updated_at = '2026-11-20T07:05:00Z' where id = ?").param(id).update();

        mvc.perform(get("/org/members/" + id).with(fixtures.as(adminA)))
                .andExpect(content().string(containsString("最后修改：2026-11-20 15:05")));
    }

    @Test
    void plainMembersMayNotListMembersAndLeadersMayNotChangeThem() throws Exception {
        mvc.perform(get("/org/members").with(fixtures.as(memberA))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/members").with(fixtures.as(memberA))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("无权查看会员名册")));
        mvc.perform(get("/api/v1/members/export.xlsx").with(fixtures.as(memberA))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/members").with(fixtures.as(leaderA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitId", tree.countyA(), "name", family, "gender", "M"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/org/members/new").with(fixtures.as(leaderA))).andExpect(status().isForbidden());
    }

    @Test
    void formShowsEveryProblemInChineseAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/org/members").with(fixtures.as(adminA)).with(csrf())
                        .param("unitId", String.valueOf(tree.countyA())).param("name", "")
                        .param("gender", "M").param("birthYear", "1850").param("phone", "12345")
                        .param("idNumber", "110105194912310021").param("joinedOn", "去年春天")
                        .param("title", "研究员-保留"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写“姓名”")))
                .andExpect(content().string(containsString("“出生年份”应为 1900 到")))
                .andExpect(content().string(containsString("“手机号”应为 11 位大陆手机号")))
                .andExpect(content().string(containsString("“身份证号”校验位不正确")))
                .andExpect(content().string(containsString("“入会日期”无法识别")))
                .andExpect(content().string(containsString("value=\"研究员-保留\"")))
                .andExpect(content().string(containsString("value=\"110105194912310021\"")));
    }

    @Test
    void formRegistersAMemberAndNormalisesWhatWasTyped() throws Exception {
        String id = TestIds.born(1951, false);
        mvc.perform(get("/org/members/new").param("unitId", String.valueOf(tree.countyA())).with(fixtures.as(adminA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省一县老科协")))
                .andExpect(content().string(containsString("<label for=\"formerEmployer\">原工作单位</label>")));
        mvc.perform(post("/org/members").with(fixtures.as(adminA)).with(csrf())
                        .param("unitId", String.valueOf(tree.countyA())).param("name", " " + family + " ")
                        .param("phone", "+86 139-0000-1111").param("idNumber", id.toLowerCase())
                        .param("joinedOn", "2019年5月4日"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/org/members/*"));
        JsonNode found = json.readTree(mvc.perform(get("/api/v1/members/lookup").param("idNumber", id)
                .with(fixtures.as(adminA))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(found.get("name").asString()).isEqualTo(family);
        assertThat(found.get("phone").asString()).isEqualTo("139****1111");
        assertThat(found.get("gender").asString()).as("taken from the ID number").isEqualTo("F");
        assertThat(found.get("birthYear").asInt()).isEqualTo(1951);
        assertThat(found.get("joinedOn").asString()).isEqualTo("2019-05-04");
    }

    @Test
    void apiRefusesBadInputWithProblemJsonNamingEachField() throws Exception {
        mvc.perform(post("/api/v1/members").with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitId", tree.countyA(), "name", family, "gender", "男",
                                "phone", "010-1234567", "idNumber", "11010519491231002X", "birthYear", 1950))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("phone")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("birthYear")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("gender")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("“出生年份”1950 与身份证号"))));
    }

    @Test
    void theSameIdNumberCannotBeRegisteredTwice() throws Exception {
        String id = TestIds.born(1950, true);
        create(adminA, tree.countyA(), family, id, null);
        mvc.perform(post("/api/v1/members").with(fixtures.as(adminB)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("unitId", tree.countyB(), "name", family, "idNumber", id))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("idNumber"))
                .andExpect(jsonPath("$.detail").value(containsString("已登记为会员")));
    }

    @Test
    void aStaleVersionIsAConflictNotAnOverwrite() throws Exception {
        long id = create(adminA, tree.countyA(), family, null, null, Map.of("gender", "M"));
        Map<String, Object> edit = new HashMap<>(Map.of("unitId", tree.countyA(), "name", family + "一",
                "gender", "M", "version", 0));
        mvc.perform(put("/api/v1/members/" + id).with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(edit)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        edit.put("name", family + "二");
        mvc.perform(put("/api/v1/members/" + id).with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(edit)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        mvc.perform(post("/org/members/" + id).with(fixtures.as(adminA)).with(csrf())
                        .param("unitId", String.valueOf(tree.countyA())).param("name", family + "三")
                        .param("gender", "M").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("value=\"" + family + "三\"")));
        assertThat(jdbc.sql("select name from member where id = ?").param(id).query(String.class).single())
                .isEqualTo(family + "一");
    }

    @Test
    void statusChangesFollowTheMembersLife() throws Exception {
        long id = create(adminA, tree.countyA(), family, null, null, Map.of("gender", "F"));
        mvc.perform(post("/org/members/" + id + "/status").with(fixtures.as(adminA)).with(csrf())
                .param("status", "SUSPENDED").param("version", "0")).andExpect(status().is3xxRedirection());
        changeStatus(adminA, id, "DECEASED");
        mvc.perform(post("/api/v1/members/" + id + "/status").with(fixtures.as(adminA)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("status", "ACTIVE", "version", 2))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("会员当前状态为“已故”，不能变更为“正常”。"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBER_STATUS_CHANGED' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void phoneAndIdNumberAreEncryptedAtRest() throws Exception {
        String phone = TestIds.phone();
        String idNumber = TestIds.born(1949, true);
        long id = create(adminA, tree.countyA(), family, idNumber, phone);
        Map<String, Object> row = jdbc.sql("select phone_enc, phone_hash, id_number_enc, id_number_hash from member "
                + "where id = ?").param(id).query().singleRow();
        String storedPhone = new String((byte[]) row.get("phone_enc"), StandardCharsets.ISO_8859_1);
        String storedId = new String((byte[]) row.get("id_number_enc"), StandardCharsets.ISO_8859_1);
        assertThat(storedPhone).doesNotContain(phone).doesNotContain(phone.substring(3));
        assertThat(storedId).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
        assertThat((byte[]) row.get("phone_hash")).hasSize(32);
        assertThat((byte[]) row.get("id_number_hash")).hasSize(32);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_id = ? and (after_state::text like ? "
                        + "or after_state::text like ?)").param(String.valueOf(id)).param("%" + phone + "%")
                .param("%" + idNumber + "%").query(Long.class).single())
                .as("the audit trail keeps personal data masked").isZero();
    }

    @Test
    void lookupByIdNumberFindsOnlyWithinTheSubtree() throws Exception {
        String idNumber = TestIds.born(1947, true);
        long id = create(adminB, tree.countyB(), family, idNumber, null);

        mvc.perform(get("/api/v1/members/lookup").param("idNumber", idNumber.toLowerCase())
                .with(fixtures.as(adminB))).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/members/lookup").param("idNumber", idNumber).with(fixtures.as(adminA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/org/members/lookup").param("idNumber", idNumber).with(fixtures.as(adminB)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/org/members/" + id));
        mvc.perform(get("/org/members/lookup").param("idNumber", idNumber).with(fixtures.as(adminA)))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/org/members"));
    }

    @Test
    void exportMasksPersonalDataForEveryoneUnlessAnAdministratorChoosesFullNumbers() throws Exception {
        String phone = TestIds.phone();
        String idNumber = TestIds.born(1946, false);
        create(adminA, tree.countyA(), family, idNumber, phone);
        create(adminB, tree.countyB(), family + "乙", TestIds.born(1946, false), TestIds.phone());

        for (String reader : List.of(leaderA, adminA)) {
            List<Map<String, String>> masked = Sheets.read(mvc.perform(get("/org/members/export.xlsx")
                            .param("name", family).with(fixtures.as(reader))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray());
            assertThat(masked).hasSize(1);
            assertThat(masked.get(0).get("手机号")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
            assertThat(masked.get(0).get("身份证号")).startsWith(idNumber.substring(0, 6) + "****")
                    .doesNotContain(idNumber.substring(6, 14));
        }

        List<Map<String, String>> full = Sheets.read(mvc.perform(post("/api/v1/members/export.xlsx")
                        .param("name", family).with(fixtures.as(adminA)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(full).hasSize(1);
        assertThat(full.get(0)).containsEntry("手机号", phone).containsEntry("身份证号", idNumber)
                .containsEntry("所属单位", "甲省一县老科协").containsEntry("性别", "女");

        mvc.perform(get("/org/members/export.xlsx").param("unitId", String.valueOf(tree.provinceB()))
                .with(fixtures.as(adminA))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBERS_EXPORTED' and actor_name in (?, ?)")
                .param(leaderA).param(adminA).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBERS_EXPORTED_UNMASKED' "
                + "and actor_name = ?").param(adminA).query(Long.class).single()).isEqualTo(1);
    }

    private long create(String account, long unitId, String name, String idNumber, String phone) throws Exception {
        return create(account, unitId, name, idNumber, phone, Map.of());
    }

    private long create(String account, long unitId, String name, String idNumber, String phone,
            Map<String, Object> more) throws Exception {
        Map<String, Object> member = new HashMap<>(more);
        member.put("unitId", unitId);
        member.put("name", name);
        if (idNumber != null) {
            member.put("idNumber", idNumber);
        }
        if (phone != null) {
            member.put("phone", phone);
        }
        String response = mvc.perform(post("/api/v1/members").with(fixtures.as(account)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(member)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response).get("id").asLong();
    }

    private void changeStatus(String account, long id, String status) throws Exception {
        int version = json.readTree(mvc.perform(get("/api/v1/members/" + id).with(fixtures.as(account)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).get("version").asInt();
        mvc.perform(post("/api/v1/members/" + id + "/status").with(fixtures.as(account)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("status", status, "version", version))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value(status));
    }

    private JsonNode apiList(String account, String query) throws Exception {
        String response = mvc.perform(get("/api/v1/members?" + query).with(fixtures.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(response);
    }

    private static List<Long> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asLong()).toList();
    }

    private String body(Map<String, ?> value) {
        return json.writeValueAsString(value);
    }
}
