package org.luoshi.plan.core;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.UUID;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Drives the plan workflow through the API the way a client would, on a tree of its own: a national body with two
 * provinces (A and B) and a county under each, each with a unit administrator.
 */
class PlanApi {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private final Fixtures fixtures;
    private final JdbcClient jdbc;
    private final MockMvc mvc;

    PlanApi(Fixtures fixtures, JdbcClient jdbc, MockMvc mvc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.mvc = mvc;
    }

    record World(long nation, long provinceA, long countyA, long provinceB, long countyB, String nationAdmin,
            String provinceAdminA, String countyAdminA, String provinceAdminB, String countyAdminB) {
    }

    World world() {
        long nation = fixtures.unit(fixtures.root(), "测试全国老科协", "NATIONAL");
        long provinceA = fixtures.unit(nation, "甲省老科协", "PROVINCIAL");
        long countyA = fixtures.unit(provinceA, "甲省一县老科协", "COUNTY");
        long provinceB = fixtures.unit(nation, "乙省老科协", "PROVINCIAL");
        long countyB = fixtures.unit(provinceB, "乙省一县老科协", "COUNTY");
        return new World(nation, provinceA, countyA, provinceB, countyB,
                fixtures.account("nat", nation, Role.UNIT_ADMIN), fixtures.account("pa", provinceA, Role.UNIT_ADMIN),
                fixtures.account("ca", countyA, Role.UNIT_ADMIN), fixtures.account("pb", provinceB, Role.UNIT_ADMIN),
                fixtures.account("cb", countyB, Role.UNIT_ADMIN));
    }

    /** A draft with one actionable item due in 30 days (photos required); returns [planId, itemId]. */
    long[] draft(String user) throws Exception {
        String body = """
                {"title":"学习宣传贯彻工作方案","docNumber":"中老科协发〔2022〕%d号","bodyHtml":"<p>正文</p>"}
                """.formatted(Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000));
        long planId = id(postJson(user, "/api/v1/plans", body).andExpect(status().isCreated()));
        long itemId = id(postJson(user, "/api/v1/plans/" + planId + "/items", """
                {"numbering":"（二）","title":"组织开展学习宣传","actionable":true,"dueOn":"%s",
                 "evidenceKinds":["PHOTOS","TEXT_REPORT"],"targetQuantity":4,"targetUnit":"次"}
                """.formatted(LocalDate.now().plusDays(30))).andExpect(status().isCreated()));
        return new long[] {planId, itemId};
    }

    long issuedToChildren(World w, long planId) throws Exception {
        postJson(w.nationAdmin(), "/api/v1/plans/" + planId + "/issue", "{\"mode\":\"CHILDREN\"}")
                .andExpect(status().isOk());
        return assignment(planId, w.provinceA());
    }

    long assignment(long planId, long unitId) {
        return jdbc.sql("select id from assignment where plan_id = ? and unit_id = ?").param(planId).param(unitId)
                .query(Long.class).single();
    }

    ResultActions acknowledge(String user, long assignmentId) throws Exception {
        return postJson(user, "/api/v1/plans/assignments/" + assignmentId + "/acknowledge", "{}");
    }

    ResultActions forwardToChildren(String user, long assignmentId, long itemId, LocalDate due) throws Exception {
        return postJson(user, "/api/v1/plans/assignments/" + assignmentId + "/forward", """
                {"mode":"CHILDREN","notice":"请各县结合实际认真落实","dues":{"%d":"%s"}}
                """.formatted(itemId, due));
    }

    ResultActions report(String user, long assignmentId, long itemId, String key, byte[] evidence, String filename)
            throws Exception {
        return report(user, assignmentId, itemId, key, evidence, filename, null);
    }

    /** A completing report; {@code missingEvidenceReason} says why the evidence the item asks for is missing. */
    ResultActions report(String user, long assignmentId, long itemId, String key, byte[] evidence, String filename,
            String missingEvidenceReason) throws Exception {
        var request = multipart("/api/v1/plans/assignments/{a}/items/{i}/reports", assignmentId, itemId)
                .param("text", "组织集中学习 4 次").param("percent", "100");
        if (missingEvidenceReason != null) {
            request.param("missingEvidenceReason", missingEvidenceReason);
        }
        if (evidence != null) {
            request.file(new MockMultipartFile("files", filename, "application/octet-stream", evidence));
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request.with(fixtures.as(user)).with(csrf()));
    }

    ResultActions postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(json).with(fixtures.as(user))
                .with(csrf()));
    }

    ResultActions putJson(String user, String url, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
                .contentType(MediaType.APPLICATION_JSON).content(json).with(fixtures.as(user)).with(csrf()));
    }

    ResultActions delete(String user, String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url)
                .with(fixtures.as(user)).with(csrf()));
    }

    ResultActions get(String user, String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(fixtures.as(user)));
    }

    /** The rows of a downloaded workbook's first sheet after its header, each as its cells' text. */
    static java.util.List<java.util.List<String>> sheet(ResultActions download) throws Exception {
        byte[] xlsx = download.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            return rows.skip(1).map(row -> java.util.stream.IntStream.range(0, row.getCellCount())
                    .mapToObj(i -> row.getCellText(i)).toList()).toList();
        }
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    static <T> T json(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }
}
