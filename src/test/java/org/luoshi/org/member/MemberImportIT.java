package org.luoshi.org.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class MemberImportIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    String family;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        adminA = fixtures.account("importA", tree.provinceA(), Role.UNIT_ADMIN);
        adminB = fixtures.account("importB", tree.provinceB(), Role.UNIT_ADMIN);
        family = "导" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void goodRowsAreKeptAndEveryBadRowIsReportedWithRowColumnAndReason() throws Exception {
        String firstId = TestIds.born(1950, true);
        String secondId = TestIds.born(1944, false);
        String phone = TestIds.phone();
        String countyA = fixtures.code(tree.countyA());
        String wrongChecksum = firstId.substring(0, 17) + (firstId.charAt(17) == '1' ? '2' : '1');
        String youngerId = TestIds.born(1960, true);
        List<List<String>> rows = List.of(
                row(family + "一", "男", fullWidth("1950"), fullWidth(phone.substring(0, 3) + " " + phone.substring(3)),
                        fullWidth(firstId.toLowerCase()), " " + countyA + " ", "农业", "研究员", "某农科院", "群众",
                        "2020/1/1"),
                row(family + "二", null, null, "+86 " + TestIds.phone(), secondId, fixtures.code(tree.provinceA()),
                        null, null, null, null, "43831"),
                row(family + "三", "男", "1950", null, wrongChecksum, countyA, null, null, null, null, null),
                row(family + "四", "男", "1950", "12345", null, countyA, null, null, null, null, null),
                row(family + "五", "女", "1950", null, null, fixtures.code(tree.countyB()), null, null, null, null,
                        null),
                row(family + "六", "男", "1950", null, firstId, countyA, null, null, null, null, null),
                row(family + "七", "未知", "1950", null, null, countyA, null, null, null, null, "明年"),
                row(null, "男", "1950", null, null, countyA, null, null, null, null, null),
                row(family + "九", "男", "1950", null, youngerId, countyA, null, null, null, null, null));

        JsonNode result = importAsApi(adminA, Sheets.xlsx(Sheets.TEMPLATE_HEADERS, rows));

        assertThat(result.get("rows").asInt()).isEqualTo(9);
        assertThat(result.get("imported").asInt()).isEqualTo(2);
        assertThat(result.get("rejected").asInt()).isEqualTo(7);
        Map<Integer, String> errors = errorsByRow(result);
        assertThat(errors.keySet()).containsExactlyInAnyOrder(4, 5, 6, 7, 8, 9, 10);
        assertThat(errors.get(4)).contains("身份证号: “身份证号”校验位不正确");
        assertThat(errors.get(5)).contains("手机号: “手机号”应为 11 位");
        assertThat(errors.get(6)).contains("所属单位编码: “所属单位编码”" + fixtures.code(tree.countyB()) + " 不存在或不在您的管辖范围内");
        assertThat(errors.get(7)).contains("身份证号: “身份证号”与本文件第 2 行重复");
        assertThat(errors.get(8)).contains("性别: “性别”只能填“男”或“女”").contains("入会日期: “入会日期”无法识别");
        assertThat(errors.get(9)).contains("姓名: 请填写“姓名”");
        assertThat(errors.get(10)).contains("出生年份: “出生年份”1950 与身份证号中的出生年份 1960 不一致");

        JsonNode first = lookup(adminA, firstId);
        assertThat(first.get("name").asString()).isEqualTo(family + "一");
        assertThat(first.get("phone").asString()).as("masked by default").isEqualTo(
                phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(revealed(adminA, first.get("id").asLong()).get("phone").asString()).isEqualTo(phone);
        assertThat(first.get("birthYear").asInt()).isEqualTo(1950);
        assertThat(first.get("joinedOn").asString()).isEqualTo("2020-01-01");
        assertThat(first.get("unitName").asString()).isEqualTo("甲省一县老科协");
        JsonNode second = lookup(adminA, secondId);
        assertThat(second.get("gender").asString()).isEqualTo("F");
        assertThat(second.get("birthYear").asInt()).isEqualTo(1944);
        assertThat(second.get("joinedOn").asString()).isEqualTo("2020-01-01");

        byte[] report = mvc.perform(get(result.get("reportUrl").asString()).with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn().getResponse()
                .getContentAsByteArray();
        List<Map<String, String>> reported = Sheets.read(report);
        assertThat(reported).extracting(r -> r.get("行号")).containsOnly("4", "5", "6", "7", "8", "9", "10");
        assertThat(reported).anySatisfy(r -> assertThat(r).containsEntry("行号", "6")
                .containsEntry("列", "所属单位编码"));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'MEMBERS_IMPORTED' "
                        + "and after_state ->> 'importId' = ?").param(result.get("id").asString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rowsAlreadyInTheRegistryAreRefused() throws Exception {
        String id = TestIds.born(1952, true);
        byte[] file = Sheets.xlsx(Sheets.TEMPLATE_HEADERS,
                List.of(row(family, "男", null, null, id, fixtures.code(tree.countyA()), null, null, null, null, null)));
        assertThat(importAsApi(adminA, file).get("imported").asInt()).isEqualTo(1);

        JsonNode again = importAsApi(adminA, file);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(errorsByRow(again).get(2)).contains("已登记为会员");
    }

    @Test
    void thePageShowsTheResultAndOffersTheErrorReport() throws Exception {
        byte[] file = Sheets.xlsx(Sheets.TEMPLATE_HEADERS, List.of(
                row(family + "好", "女", "1949", null, null, fixtures.code(tree.countyA()), null, null, null, null, null),
                row(family + "坏", "女", "1849", null, null, fixtures.code(tree.countyA()), null, null, null, null, null)));
        MvcResult upload = mvc.perform(multipart("/org/members/import")
                        .file(new MockMultipartFile("file", "会员.xlsx", XLSX, file))
                        .with(fixtures.as(adminA)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String resultUrl = upload.getResponse().getRedirectedUrl();
        mvc.perform(get("/org/members/import").with(fixtures.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/org/members/import-template.xlsx")));

        mvc.perform(get(resultUrl).with(fixtures.as(adminA))).andExpect(status().isOk())
                .andExpect(content().string(containsString("共读取 2 行：导入 1 人，1 行有问题未导入。")))
                .andExpect(content().string(containsString("“出生年份”应为 1900 到")))
                .andExpect(content().string(containsString(resultUrl + "/errors.xlsx")));
        List<Map<String, String>> report = Sheets.read(mvc.perform(get(resultUrl + "/errors.xlsx")
                .with(fixtures.as(adminA))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(report).singleElement().satisfies(r -> assertThat(r).containsEntry("行号", "3")
                .containsEntry("列", "出生年份"));

        mvc.perform(get(resultUrl).with(fixtures.as(adminB))).andExpect(status().isNotFound());
        mvc.perform(get(resultUrl + "/errors.xlsx").with(fixtures.as(adminB))).andExpect(status().isNotFound());
        String id = resultUrl.substring(resultUrl.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/members/import/" + id + "/errors.xlsx").with(fixtures.as(adminB)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theTemplateHasExactlyThePublishedHeadersAndExplainsEachColumn() throws Exception {
        byte[] template = mvc.perform(get("/org/members/import-template.xlsx").with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(Sheets.headers(template)).containsExactlyElementsOf(Sheets.TEMPLATE_HEADERS);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheets().count()).isEqualTo(2);
            List<String> explained = new ArrayList<>();
            workbook.getSheet(1).orElseThrow().openStream().skip(1).forEach(r -> explained.add(r.getCellText(0)));
            assertThat(explained).containsExactlyElementsOf(Sheets.TEMPLATE_HEADERS);
        }
        mvc.perform(get("/api/v1/members/import-template.xlsx").with(fixtures.as(adminA)))
                .andExpect(status().isOk());
    }

    @Test
    void aFileWithoutTheTemplatesHeadersOrNotASpreadsheetIsRefusedAsAWhole() throws Exception {
        List<String> headers = new ArrayList<>(Sheets.TEMPLATE_HEADERS);
        headers.set(4, "证件号码");
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "m.xlsx", XLSX, Sheets.xlsx(headers, List.of())))
                        .with(fixtures.as(adminA)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("表头缺少“身份证号”列。请下载最新模板，不要修改表头。"));
        mvc.perform(multipart("/org/members/import")
                        .file(new MockMultipartFile("file", "m.xlsx", XLSX, "姓名,性别".getBytes(StandardCharsets.UTF_8)))
                        .with(fixtures.as(adminA)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是有效的 Excel")));
    }

    @Test
    void leadersMayNotImport() throws Exception {
        String leader = fixtures.account("importLeader", tree.provinceA(), Role.LEADER);
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "m.xlsx", XLSX, Sheets.xlsx(Sheets.TEMPLATE_HEADERS, List.of())))
                        .with(fixtures.as(leader)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/org/members/import").with(fixtures.as(leader))).andExpect(status().isForbidden());
    }

    private JsonNode importAsApi(String account, byte[] file) throws Exception {
        String body = mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "members.xlsx", XLSX, file))
                        .with(fixtures.as(account)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body);
    }

    private JsonNode lookup(String account, String idNumber) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/members/lookup").param("idNumber", idNumber)
                .with(fixtures.as(account))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode revealed(String account, long memberId) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/members/" + memberId + "/reveal").with(fixtures.as(account))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** Row number → "column: reason" lines of that row. */
    private static Map<Integer, String> errorsByRow(JsonNode result) {
        return result.get("errors").valueStream().collect(Collectors.groupingBy(e -> e.get("row").asInt(),
                Collectors.mapping(e -> e.get("column").asString() + ": " + e.get("reason").asString(),
                        Collectors.joining("\n"))));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    /** What a Chinese input method types: full-width digits and letters. */
    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return out.toString();
    }
}
