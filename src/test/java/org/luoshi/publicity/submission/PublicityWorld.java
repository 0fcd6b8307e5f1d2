package org.luoshi.publicity.submission;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A review chain of its own: the national body, a province (浙江), a city (杭州) and two of its counties, each with a
 * publicity editor; a plan whose first item (due in 20 days) the first county has acknowledged.
 */
class PublicityWorld {

    final String tag = "P" + System.nanoTime() % 1_000_000L;
    final long root;
    final long province;
    final long city;
    final long county;
    final long siblingCounty;
    final String nationEditor;
    final String provinceEditor;
    final String cityEditor;
    final String countyEditor;
    final String siblingEditor;
    final String countyLeader;
    final PlanFixtures.Plan plan;
    final LocalDate due;

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    PublicityWorld(Fixtures fixtures, PlanFixtures plans, JdbcClient jdbc, MockMvc mvc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        root = fixtures.root();
        province = fixtures.unit(root, "浙江省老科协" + tag, "PROVINCIAL");
        city = fixtures.unit(province, "杭州市老科协" + tag, "PREFECTURE");
        county = fixtures.unit(city, "临安区老科协" + tag, "COUNTY");
        siblingCounty = fixtures.unit(city, "桐庐县老科协" + tag, "COUNTY");
        nationEditor = fixtures.account("pne", root, Role.EDITOR);
        provinceEditor = fixtures.account("ppe", province, Role.EDITOR);
        cityEditor = fixtures.account("pce", city, Role.EDITOR);
        countyEditor = fixtures.account("pke", county, Role.EDITOR);
        siblingEditor = fixtures.account("pse", siblingCounty, Role.EDITOR);
        countyLeader = fixtures.account("pkl", county, Role.LEADER);
        due = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA)).plusDays(20);
        plan = plans.plan(root, "宣传方案" + tag, due);
        long provinceTask = plans.assign(plan, province, root, null);
        plans.acknowledge(provinceTask);
        long cityTask = plans.assign(plan, city, province, provinceTask);
        plans.acknowledge(cityTask);
        plans.acknowledge(plans.assign(plan, county, city, cityTask));
    }

    long item() {
        return plan.itemIds().get(0);
    }

    String draftJson(String title, String body, Long itemId) {
        return """
                {"kind":"CASE","title":"%s","bodyHtml":"%s","author":"张三","contact":"0571-88880000","itemId":%s}
                """.formatted(title, body.replace("\"", "\\\""), itemId);
    }

    long draft(String title, Long itemId) throws Exception {
        MockHttpServletResponse response = send(countyEditor, post("/api/v1/publicity/submissions")
                .contentType(MediaType.APPLICATION_JSON).content(draftJson(title, "<p>正文" + tag + "</p>", itemId)));
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    MockHttpServletResponse submit(String user, long id, String note) throws Exception {
        return send(user, post("/api/v1/publicity/submissions/" + id + "/submit")
                .contentType(MediaType.APPLICATION_JSON)
                .content(note == null ? "{}" : "{\"note\":\"" + note + "\"}"));
    }

    MockHttpServletResponse decide(String user, long id, String decision, String comment) throws Exception {
        return send(user, post("/api/v1/publicity/submissions/" + id + "/decisions")
                .contentType(MediaType.APPLICATION_JSON).content(comment == null
                        ? "{\"decision\":\"" + decision + "\"}"
                        : "{\"decision\":\"" + decision + "\",\"comment\":\"" + comment + "\"}"));
    }

    MockHttpServletResponse withdraw(String user, long id) throws Exception {
        return send(user, post("/api/v1/publicity/submissions/" + id + "/decisions/withdraw"));
    }

    MockHttpServletResponse save(String user, long id, String json) throws Exception {
        return send(user, put("/api/v1/publicity/submissions/" + id).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    org.springframework.test.web.servlet.MvcResult perform(String user,
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(fixtures.as(user)).with(csrf())).andReturn();
    }

    MockHttpServletResponse read(String user, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse();
    }

    MockHttpServletResponse send(String user,
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
            throws Exception {
        return mvc.perform(request.with(fixtures.as(user)).with(csrf())).andReturn().getResponse();
    }

    static <T> T json(MockHttpServletResponse response, String path) throws Exception {
        return JsonPath.read(response.getContentAsString(), path);
    }

    List<Map<String, Object>> counted(long id) {
        return jdbc.sql("""
                select kind, quantity, unit_id from counted_work where record_id = ? and kind like 'publicity.%'
                 order by kind
                """).param(id).query().listOfRows();
    }
}
