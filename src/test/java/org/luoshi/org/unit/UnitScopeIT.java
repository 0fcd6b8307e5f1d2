package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.RequestBuilder;

/** A province's administrator can neither see nor change another province's units, through any door. */
@IntegrationTest
class UnitScopeIT extends UnitTestSupport {

    @Test
    void everyPageAndApiCallOnAnotherProvincesUnitAnswersNotFound() throws Exception {
        Provinces p = provinces();
        long b = p.countyB();
        long person = jdbc.sql("insert into unit_person (unit_id, kind, name) values (?, 'LEADER', '乙') returning id")
                .param(b).query(Long.class).single();
        Map<String, Object> before = unit(b);
        String json = "{\"version\":0,\"parentId\":" + p.provinceA() + ",\"name\":\"x\",\"code\":\"ZZ1\","
                + "\"type\":\"COUNTY\",\"kind\":\"LEADER\"}";
        List<RequestBuilder> requests = List.of(
                get("/org/units/{id}", b),
                get("/org/units/{id}/children", b),
                get("/org/units/{id}/edit", b),
                get("/org/units/{id}/children/new", b),
                get("/org/units/{id}/move", b),
                get("/org/units/{id}/merge", b),
                get("/org/units/{id}/dissolve", b),
                get("/org/units/{id}/persons/new", b),
                get("/org/units/{id}/persons/{pid}/edit", b, person),
                post("/org/units/{id}/edit", b).param("version", "0").param("name", "x").param("code", "ZZ1")
                        .param("type", "COUNTY").with(csrf()),
                post("/org/units/{id}/children", b).param("name", "x").param("code", "ZZ2").param("type", "BRANCH")
                        .with(csrf()),
                post("/org/units/{id}/move", b).param("version", "0").param("code", fixtures.code(p.provinceA()))
                        .with(csrf()),
                post("/org/units/{id}/merge", b).param("version", "0").param("code", fixtures.code(p.countyA()))
                        .with(csrf()),
                post("/org/units/{id}/dissolve", b).param("version", "0").with(csrf()),
                post("/org/units/{id}/persons", b).param("kind", "LEADER").param("name", "x").with(csrf()),
                post("/org/units/{id}/persons/{pid}/edit", b, person).param("kind", "LEADER").param("name", "x")
                        .with(csrf()),
                post("/org/units/{id}/persons/{pid}/delete", b, person).with(csrf()),
                post("/org/units/{id}/persons/{pid}/reveal", b, person).with(csrf()),
                get("/api/v1/units/{id}", b),
                get("/api/v1/units/{id}/children", b),
                put("/api/v1/units/{id}", b).contentType(MediaType.APPLICATION_JSON).content(json).with(csrf()),
                post("/api/v1/units/{id}/move", b).contentType(MediaType.APPLICATION_JSON).content(json).with(csrf()),
                post("/api/v1/units/{id}/merge-into/{t}", b, p.countyA()).with(csrf()),
                post("/api/v1/units/{id}/dissolve", b).with(csrf()),
                get("/api/v1/units/{id}/persons", b),
                get("/api/v1/units/{id}/persons/{pid}", b, person),
                post("/api/v1/units/{id}/persons", b).contentType(MediaType.APPLICATION_JSON).content(json)
                        .with(csrf()),
                put("/api/v1/units/{id}/persons/{pid}", b, person).contentType(MediaType.APPLICATION_JSON)
                        .content(json).with(csrf()),
                delete("/api/v1/units/{id}/persons/{pid}", b, person).with(csrf()),
                post("/api/v1/units/{id}/persons/{pid}/reveal", b, person).with(csrf()),
                post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
                        .content(json.replace("\"parentId\":" + p.provinceA(), "\"parentId\":" + b)).with(csrf()));
        for (RequestBuilder request : requests) {
            mvc.perform(withActor(request, p.adminA()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("乙县" + p.tag()))));
        }
        Map<String, Object> after = unit(b);
        assertThat(after).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from unit_person where id = ?").param(person).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void anotherProvincesUnitCannotBeTheDestinationOfAMoveOrMerge() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/api/v1/units/{id}/move", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + p.provinceB() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不在您的管辖范围内")));
        mvc.perform(post("/org/units/{id}/move", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", "0").param("code", fixtures.code(p.provinceB())))
                .andExpect(status().isBadRequest());
        assertThat(path(p.countyA())).startsWith(path(p.provinceA()));
    }

    @Test
    void listsSearchesExportsAndImportsStayInsideTheActorsSubtree() throws Exception {
        Provinces p = provinces();
        mvc.perform(get("/org/units").param("q", "乙县" + p.tag()).with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有符合条件的单位")))
                .andExpect(content().string(not(containsString("/org/units/" + p.countyB()))));
        mvc.perform(get("/api/v1/units").param("q", "乙县" + p.tag()).param("all", "true")
                        .with(fixtures.as(p.adminA())))
                .andExpect(jsonPath("$.total").value(0));
        byte[] export = mvc.perform(get("/api/v1/units/export.xlsx").param("q", p.tag())
                        .with(fixtures.as(p.adminA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(UnitImportIT.read(export).stream().map(r -> r.get(1))).doesNotContain("乙县" + p.tag(),
                "乙省" + p.tag());
        String t = p.tag().toUpperCase();
        byte[] file = UnitImportIT.workbook(UnitImportIT.row("Q" + t, "偷偷" + t, null, "分会",
                fixtures.code(p.countyB()), null));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                "/api/v1/units/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "u.xlsx", null, file))
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.errors[0].column").value("上级单位编码"));
    }

    private RequestBuilder withActor(RequestBuilder request, String username) {
        if (request instanceof org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder builder) {
            return builder.with(fixtures.as(username));
        }
        throw new IllegalArgumentException(String.valueOf(request));
    }
}
