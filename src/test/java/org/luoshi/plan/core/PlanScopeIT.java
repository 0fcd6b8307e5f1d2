package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Province A's plan work is invisible to province B on every page and API endpoint: reads answer 404 and changes
 * answer 404 (or 403 where B may see the thing but not act), and nothing of A's changes.
 */
@IntegrationTest
class PlanScopeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void provinceBCannotSeeOrChangeProvinceAsPlanWork() throws Exception {
        PlanApi api = new PlanApi(fixtures, jdbc, mvc);
        PlanApi.World w = api.world();
        // province A's own plan (a draft and an issued one) and its work on the national plan
        long[] own = api.draft(w.provinceAdminA());
        long draftA = own[0];
        long ownItem = own[1];
        long attachment = ((Number) PlanApi.json(mvc.perform(multipart("/api/v1/plans/{id}/attachments", draftA)
                .file(new MockMultipartFile("file", "a.png", "image/png", PlanApi.PNG))
                .with(fixtures.as(w.provinceAdminA())).with(csrf())), "$.id")).longValue();
        long[] national = api.draft(w.nationAdmin());
        long provinceTask = api.issuedToChildren(w, national[0]);
        long item = national[1];
        api.acknowledge(w.provinceAdminA(), provinceTask);
        api.forwardToChildren(w.provinceAdminA(), provinceTask, item, LocalDate.now().plusDays(5));
        long countyTask = api.assignment(national[0], w.countyA());
        api.acknowledge(w.countyAdminA(), countyTask);
        long measure = PlanApi.id(api.postJson(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask
                + "/measures", "{\"itemId\":%d,\"content\":\"学习\",\"responsible\":\"张三\"}".formatted(item)));
        long report = PlanApi.id(api.report(w.countyAdminA(), countyTask, item, null, PlanApi.PNG, "p.png"));
        long evidence = ((Number) PlanApi.json(api.get(w.countyAdminA(), "/api/v1/plans/reports/" + report),
                "$.evidence[0].id")).longValue();
        String json = "{\"title\":\"改\",\"content\":\"改\",\"responsible\":\"改\",\"itemId\":" + item
                + ",\"comment\":\"改\",\"mode\":\"CHILDREN\"}";
        String a = "/api/v1/plans/assignments/" + countyTask;
        String p = "/plans/assignments/" + countyTask;

        List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                get("/api/v1/plans/" + draftA), put("/api/v1/plans/" + draftA).contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/plans/" + draftA + "/items").contentType(MediaType.APPLICATION_JSON).content(json),
                put("/api/v1/plans/" + draftA + "/items/" + ownItem).contentType(MediaType.APPLICATION_JSON).content(json),
                post("/api/v1/plans/" + draftA + "/items/" + ownItem + "/move").param("up", "true"),
                delete("/api/v1/plans/" + draftA + "/items/" + ownItem),
                multipart("/api/v1/plans/" + draftA + "/attachments").file(new MockMultipartFile("file", "b.png", "image/png", PlanApi.PNG)),
                get("/api/v1/plans/" + draftA + "/attachments/" + attachment),
                delete("/api/v1/plans/" + draftA + "/attachments/" + attachment),
                post("/api/v1/plans/" + draftA + "/issue").contentType(MediaType.APPLICATION_JSON).content(json),
                get("/api/v1/plans/" + draftA + "/assignments"),
                get(a), post(a + "/acknowledge"), post(a + "/forward").contentType(MediaType.APPLICATION_JSON).content(json),
                post(a + "/measures").contentType(MediaType.APPLICATION_JSON).content(json),
                put(a + "/measures/" + measure).contentType(MediaType.APPLICATION_JSON).content(json),
                delete(a + "/measures/" + measure),
                post(a + "/implementation-plan/submit"), post(a + "/implementation-plan/approve"),
                post(a + "/implementation-plan/return").contentType(MediaType.APPLICATION_JSON).content(json),
                multipart(a + "/items/" + item + "/reports").param("text", "x").param("percent", "1"),
                get("/api/v1/plans/reports/" + report),
                post("/api/v1/plans/reports/" + report + "/accept"),
                post("/api/v1/plans/reports/" + report + "/return").contentType(MediaType.APPLICATION_JSON).content(json),
                get("/api/v1/plans/reports/" + report + "/evidence/" + evidence),
                get("/plans/" + draftA), get("/plans/" + draftA + "/edit"), post("/plans/" + draftA + "/edit").param("title", "改"),
                get("/plans/" + draftA + "/items/new"), post("/plans/" + draftA + "/items/new").param("title", "改"),
                get("/plans/" + draftA + "/items/" + ownItem + "/edit"),
                post("/plans/" + draftA + "/items/" + ownItem + "/edit").param("title", "改"),
                post("/plans/" + draftA + "/items/" + ownItem + "/move").param("up", "true"),
                post("/plans/" + draftA + "/items/" + ownItem + "/remove"),
                multipart("/plans/" + draftA + "/attachments").file(new MockMultipartFile("file", "b.png", "image/png", PlanApi.PNG)),
                post("/plans/" + draftA + "/attachments/" + attachment + "/remove"),
                get("/plans/" + draftA + "/attachments/" + attachment),
                get("/plans/" + draftA + "/issue"), post("/plans/" + draftA + "/issue").param("mode", "CHILDREN"),
                get(p), post(p + "/acknowledge"), get(p + "/forward"), post(p + "/forward").param("mode", "CHILDREN"),
                get(p + "/measures/new"), post(p + "/measures/new").param("itemId", "" + item).param("content", "x").param("responsible", "x"),
                get(p + "/measures/" + measure + "/edit"), post(p + "/measures/" + measure + "/edit").param("content", "x"),
                post(p + "/measures/" + measure + "/remove"),
                post(p + "/implementation-plan/submit"), post(p + "/implementation-plan/approve"),
                post(p + "/implementation-plan/return").param("comment", "x"),
                get(p + "/items/" + item + "/progress"),
                multipart(p + "/items/" + item + "/progress").param("text", "x").param("percent", "1"),
                post("/plans/reports/" + report + "/accept"), post("/plans/reports/" + report + "/return").param("comment", "x"),
                get("/plans/reports/" + report + "/evidence/" + evidence));

        for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
            for (String outsider : List.of(w.provinceAdminB(), w.countyAdminB())) {
                int code = mvc.perform(request.with(fixtures.as(outsider)).with(csrf())).andReturn().getResponse()
                        .getStatus();
                assertThat(code).as("%s as %s", request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI(), outsider).isIn(403, 404);
            }
        }
        // nothing of A's changed, and B's lists do not show A's plan
        api.get(w.countyAdminA(), a).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                .jsonPath("$.items[0].status").value("REPORTED"));
        assertThat(jdbc.sql("select count(*) from measure where assignment_id = ?").param(countyTask)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(PlanApi.json(api.get(w.provinceAdminB(), "/api/v1/plans?size=200"), "$.items[*].id")
                .toString()).doesNotContain("" + draftA);
        assertThat(PlanApi.json(api.get(w.provinceAdminB(), "/api/v1/plans/tasks"), "$.items[*].assignmentId")
                .toString()).doesNotContain("" + countyTask);
        assertThat(PlanApi.sheet(api.get(w.provinceAdminB(), "/plans/tasks/export.xlsx")).toString())
                .doesNotContain("甲省一县老科协");
    }
}
