package org.luoshi.study.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.ObjectMapper;

/**
 * 领导小组 as a county records it and its province reads it: counted toward the plan's first item, kept in history,
 * phone numbers masked until revealed, founding document checked, rolled up over the province, refused to siblings.
 */
@IntegrationTest
class LeadingGroupIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    long province;
    long county;
    long otherCounty;
    long sibling;
    PlanFixtures.Plan plan;
    String countyAdmin;
    String provinceAdmin;
    String siblingAdmin;
    String tag = "组" + System.nanoTime() % 1_000_000;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    @BeforeEach
    void aCountyHasAcknowledgedAPlanOfTwoItems() {
        long root = fixtures.root();
        province = fixtures.unit(root, "甲省老科协" + tag, "PROVINCIAL");
        county = fixtures.unit(province, "甲县老科协" + tag, "COUNTY");
        otherCounty = fixtures.unit(province, "乙县老科协" + tag, "COUNTY");
        sibling = fixtures.unit(root, "乙省老科协" + tag, "PROVINCIAL");
        plan = plans.plan(root, "学习方案" + tag, today.plusDays(10), today.plusDays(20));
        long provinceTask = plans.assign(plan, province, root, null);
        plans.acknowledge(provinceTask);
        plans.acknowledge(plans.assign(plan, county, province, provinceTask));
        plans.acknowledge(plans.assign(plan, otherCounty, province, provinceTask));
        plans.assign(plan, sibling, root, null);
        countyAdmin = fixtures.account("grpcounty", county, Role.UNIT_ADMIN);
        provinceAdmin = fixtures.account("grpprov", province, Role.UNIT_ADMIN);
        siblingAdmin = fixtures.account("grpsib", sibling, Role.UNIT_ADMIN);
    }

    @Test
    void aCountyRecordsItsGroupAndItCountsTowardThePlansFirstItem() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.minusDays(3).toString()));

        assertThat(counted(group)).containsExactly(plan.itemIds().get(0));
        MockHttpServletResponse page = call(get("/study/groups/" + group), countyAdmin);
        assertThat(page.getContentAsString()).contains("甲县老科协" + tag).contains("登记领导小组");
    }

    @Test
    void relinkingMovesTheCountAndUnlinkingOrDeletingWithdrawsIt() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        long second = plan.itemIds().get(1);

        MockHttpServletResponse moved = call(put("/api/v1/study/groups/" + group).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("setUpOn", today.toString(), "itemId", second,
                        "version", 0))), countyAdmin);
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);
        assertThat(counted(group)).containsExactly(second);

        java.util.Map<String, Object> unlink = new java.util.HashMap<>();
        unlink.put("setUpOn", today.toString());
        unlink.put("itemId", null);
        unlink.put("version", 1);
        assertThat(call(put("/api/v1/study/groups/" + group).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(unlink)), countyAdmin).getStatus()).isEqualTo(200);
        assertThat(counted(group)).isEmpty();

    }

    @Test
    void deletingTheGroupUncountsIt() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        assertThat(counted(group)).hasSize(1);

        assertThat(call(delete("/api/v1/study/groups/" + group), countyAdmin).getStatus()).isEqualTo(204);

        assertThat(counted(group)).isEmpty();
        assertThat(call(get("/api/v1/study/groups/" + group), countyAdmin).getStatus()).isEqualTo(404);
    }

    @Test
    void aGroupSetUpTomorrowIsRefusedInChineseNamingTheField() throws Exception {
        MockHttpServletResponse api = call(post("/api/v1/study/groups").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("planId", plan.id(),
                        "setUpOn", today.plusDays(1).toString()))), countyAdmin);
        assertThat(api.getStatus()).isEqualTo(400);
        assertThat(api.getContentAsString()).contains("成立日期").contains("晚于今天");

        MockHttpServletResponse form = call(post("/study/groups").param("itemId",
                String.valueOf(plan.itemIds().get(0))).param("setUpOn", today.plusDays(1).toString()), countyAdmin);
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString()).contains("setUpOn-error").contains("晚于今天");
        assertThat(jdbc.sql("select count(*) from study_group where unit_id = ?").param(county).query(Long.class)
                .single()).isZero();
    }

    @Test
    void anItemOfAnotherPlanIsRefusedAndASecondGroupForThePlanToo() throws Exception {
        PlanFixtures.Plan other = plans.plan(fixtures.root(), "另一方案" + tag, today.plusDays(5));
        MockHttpServletResponse wrong = call(post("/api/v1/study/groups").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("planId", plan.id(), "itemId", other.itemIds().get(0),
                        "setUpOn", today.toString()))), countyAdmin);
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("计入事项");

        record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        MockHttpServletResponse twice = call(post("/api/v1/study/groups").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("planId", plan.id(), "setUpOn", today.toString()))),
                countyAdmin);
        assertThat(twice.getStatus()).isEqualTo(400);
        assertThat(twice.getContentAsString()).contains("已登记");
    }

    @Test
    void phonesAreMaskedEverywhereUntilRevealedAndTheRevealIsAudited() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        long seat = seat(group, Map.of("role", "HEAD", "name", "王建国", "post", "会长", "phone", "13912345678"));

        assertThat(call(get("/api/v1/study/groups/" + group), provinceAdmin).getContentAsString())
                .contains("139****5678").doesNotContain("13912345678");
        assertThat(call(get("/study/groups/" + group), countyAdmin).getContentAsString())
                .contains("139****5678").doesNotContain("13912345678");
        assertThat(jdbc.sql("select phone_enc from study_group_seat where id = ?").param(seat).query(byte[].class)
                .single()).isNotEqualTo("13912345678".getBytes(StandardCharsets.UTF_8));

        MockHttpServletResponse revealed = call(post("/api/v1/study/groups/" + group + "/seats/" + seat
                + "/reveal"), provinceAdmin);
        assertThat(revealed.getContentAsString()).contains("13912345678");
        assertThat(revealed.getHeader("Cache-Control")).contains("no-store");
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'PERSONAL_DATA_VIEWED' and entity_type = 'study_group'
                   and entity_id = ?
                """).param(String.valueOf(group)).query(Long.class).single()).isEqualTo(1);
        assertThat(call(post("/study/groups/" + group + "/seats/" + seat + "/reveal"), countyAdmin)
                .getContentAsString()).contains("13912345678");
    }

    @Test
    void seatsFollowTheRulesAndEveryChangeIsInTheHistory() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        long inCounty = member(county, "李秀英" + tag);
        long elsewhere = member(sibling, "张志强" + tag);
        seat(group, Map.of("role", "HEAD", "name", "王建国", "phone", "0571-88880000"));
        seat(group, Map.of("role", "MEMBER", "memberId", inCounty));

        assertThat(refusal(group, Map.of("role", "HEAD", "name", "赵德明"))).contains("已有组长");
        assertThat(refusal(group, Map.of("role", "MEMBER", "memberId", inCounty))).contains("请勿重复添加");
        assertThat(refusal(group, Map.of("role", "MEMBER", "memberId", elsewhere))).contains("不在本单位");
        assertThat(refusal(group, Map.of("role", "LIAISON"))).contains("姓名");
        assertThat(refusal(group, Map.of("role", "LIAISON", "name", "周", "phone", "abc"))).contains("电话");

        MockHttpServletResponse form = call(post("/study/groups/" + group + "/seats").param("role", "LIAISON")
                .param("name", "周桂兰").param("phone", "abc"), countyAdmin);
        assertThat(form.getStatus()).isEqualTo(400);
        assertThat(form.getContentAsString()).contains("phone-error").contains("电话（phone）“abc”格式不正确");

        String history = call(get("/api/v1/study/groups/" + group + "/history"), provinceAdmin).getContentAsString();
        assertThat(history).contains("登记领导小组").contains("增加组长：王建国").contains("李秀英" + tag);
        assertThat(call(get("/study/groups/" + group), countyAdmin).getContentAsString()).contains("变更记录")
                .contains("增加组长：王建国");
    }

    @Test
    void theFoundingDocumentIsAPdfWordOrImageAndATextFileIsRefused() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        MockHttpServletResponse text = call(multipart("/api/v1/study/groups/" + group + "/document")
                .file(new MockMultipartFile("document", "成立文件.txt", "text/plain", "不是文件".getBytes(
                        StandardCharsets.UTF_8))), countyAdmin);
        assertThat(text.getStatus()).isEqualTo(400);
        assertThat(text.getContentAsString()).contains("成立文件");

        MockHttpServletResponse pdf = call(multipart("/api/v1/study/groups/" + group + "/document")
                .file(new MockMultipartFile("document", "成立文件.pdf", "application/pdf", "%PDF-1.4 成立".getBytes(
                        StandardCharsets.UTF_8))), countyAdmin);
        assertThat(pdf.getStatus()).as(pdf.getContentAsString()).isEqualTo(200);
        MockHttpServletResponse download = call(get("/api/v1/study/groups/" + group + "/document"), provinceAdmin);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(call(get("/api/v1/study/groups/" + group + "/history"), countyAdmin).getContentAsString())
                .contains("成立文件.pdf");
    }

    @Test
    void theProvinceSeesTheShareOfCountiesWithAGroupAndTheSiblingIsRefused() throws Exception {
        record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));

        String rollup = call(get("/api/v1/study/groups/rollup").param("planId", String.valueOf(plan.id()))
                .param("unitId", String.valueOf(province)), provinceAdmin).getContentAsString();
        assertThat((Integer) JsonPath.read(rollup, "$.total.assigned")).isEqualTo(3);
        assertThat((Integer) JsonPath.read(rollup, "$.total.withGroup")).isEqualTo(1);
        List<Integer> countyWith = JsonPath.read(rollup, "$.children[?(@.unitId == " + county + ")].withGroup");
        assertThat(countyWith).containsExactly(1);

        String without = call(get("/api/v1/study/groups/rollup/without").param("planId", String.valueOf(plan.id()))
                .param("unitId", String.valueOf(province)), provinceAdmin).getContentAsString();
        assertThat(without).contains("乙县老科协" + tag).contains("甲省老科协" + tag).doesNotContain("甲县老科协" + tag);

        assertThat(call(get("/study/groups/rollup").param("planId", String.valueOf(plan.id()))
                .param("unitId", String.valueOf(province)), provinceAdmin).getContentAsString())
                .contains("已成立领导小组 1 个");
        assertThat(call(get("/study/groups/rollup/export").param("planId", String.valueOf(plan.id()))
                .param("unitId", String.valueOf(province)), provinceAdmin).getContentType())
                .startsWith("application/vnd.openxmlformats");

        assertThat(call(get("/api/v1/study/groups/rollup").param("planId", String.valueOf(plan.id()))
                .param("unitId", String.valueOf(province)), siblingAdmin).getStatus()).isEqualTo(404);
    }

    @Test
    void aSiblingNeitherReadsNorChangesTheGroup() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        assertThat(call(get("/api/v1/study/groups/" + group), siblingAdmin).getStatus()).isEqualTo(404);
        assertThat(call(get("/study/groups/" + group), siblingAdmin).getStatus()).isEqualTo(404);
        assertThat(call(delete("/api/v1/study/groups/" + group), siblingAdmin).getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/study/groups"), siblingAdmin).getContentAsString()).doesNotContain(tag);
        // the province reads, but only the county's own administrators change it
        assertThat(call(delete("/api/v1/study/groups/" + group), provinceAdmin).getStatus()).isEqualTo(403);
    }

    @Test
    void aGroupFollowsItsCountyMovedToAnotherProvince() throws Exception {
        long group = record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        String nationAdmin = fixtures.account("grpnation", fixtures.root(), Role.UNIT_ADMIN);

        MockHttpServletResponse moved = call(post("/api/v1/units/" + county + "/move")
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + sibling + "}"), nationAdmin);
        assertThat(moved.getStatus()).as(moved.getContentAsString()).isEqualTo(200);

        assertThat(call(get("/api/v1/study/groups/" + group), siblingAdmin).getStatus()).isEqualTo(200);
        assertThat(call(get("/api/v1/study/groups/" + group), provinceAdmin).getStatus()).isEqualTo(404);
    }

    @Test
    void theWordReportStatesTheShareOfUnitsWithAGroupPerChildUnit() throws Exception {
        record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));

        MockHttpServletResponse docx = call(get("/api/v1/study/report.docx").param("unitId", String.valueOf(province))
                .param("date", today.toString()), provinceAdmin);
        assertThat(docx.getStatus()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("学习情况统计").contains("领导小组成立情况")
                    .contains("甲县老科协" + tag).contains("乙县老科协" + tag).contains("已成立领导小组 1 个");
        }
        assertThat(call(get("/study/report"), provinceAdmin).getContentAsString()).contains("生成 Word 报告");
        assertThat(call(get("/study"), provinceAdmin).getContentAsString()).contains("/study/groups")
                .contains("/study/report");
        assertThat(call(get("/api/v1/study/report.docx").param("unitId", String.valueOf(province)), siblingAdmin)
                .getStatus()).isEqualTo(404);
        assertThat(call(get("/api/v1/study/report.docx").param("date", today.plusDays(2).toString()), provinceAdmin)
                .getContentAsString()).contains("统计日期");
    }

    @Test
    void theListAndItsExportShowTheSubtreesGroups() throws Exception {
        record(countyAdmin, Map.of("planId", plan.id(), "setUpOn", today.toString()));
        String list = call(get("/api/v1/study/groups").param("planId", String.valueOf(plan.id())), provinceAdmin)
                .getContentAsString();
        assertThat((Integer) JsonPath.read(list, "$.total")).isEqualTo(1);
        assertThat(list).contains("甲县老科协" + tag);
        assertThat(call(get("/study/groups/export").param("planId", String.valueOf(plan.id())), provinceAdmin)
                .getContentType()).startsWith("application/vnd.openxmlformats");
    }

    // ---- helpers

    private long record(String admin, Map<String, Object> body) throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/study/groups").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)), admin);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    private long seat(long group, Map<String, Object> body) throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/study/groups/" + group + "/seats")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), countyAdmin);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    private String refusal(long group, Map<String, Object> body) throws Exception {
        MockHttpServletResponse response = call(post("/api/v1/study/groups/" + group + "/seats")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), countyAdmin);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        return response.getContentAsString();
    }

    private long member(long unitId, String name) {
        return jdbc.sql("insert into member (unit_id, unit_path, name) select id, path, ? from unit where id = ? "
                + "returning id").param(name).param(unitId).query(Long.class).single();
    }

    private List<Long> counted(long group) {
        return jdbc.sql("select item_id from counted_work where kind = 'study.group' and record_id = ?").param(group)
                .query(Long.class).list();
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String username)
            throws Exception {
        return mvc.perform(request.with(fixtures.as(username)).with(csrf())).andReturn().getResponse();
    }
}
