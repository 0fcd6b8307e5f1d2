package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.IntegrationTest;
import org.springframework.http.MediaType;

@IntegrationTest
class UnitEditIT extends UnitTestSupport {

    @Test
    void administratorCreatesAChildUnitThatLandsInTheTreeAndTheAuditTrail() throws Exception {
        Provinces p = provinces();
        String code = "C" + p.tag().toUpperCase();
        mvc.perform(post("/org/units/{id}/children", p.provinceA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("name", "甲市" + p.tag()).param("code", code.toLowerCase()).param("type", "PREFECTURE")
                        .param("regionCode", "４２０１００"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/org/units/*"));
        long id = jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
        assertThat(path(id)).isEqualTo(path(p.provinceA()) + id + "/");
        assertThat(unit(id).get("region_code")).isEqualTo("420100");
        assertThat(auditCount("UNIT_CREATE", id)).isEqualTo(1);
    }

    @Test
    void invalidInputIsExplainedInChineseBesideEachFieldAndTheTypedValuesStay() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/org/units/{id}/children", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("name", "").param("code", "坏 code!").param("type", "PREFECTURE")
                        .param("regionCode", "12345").param("address", "幸福路 8 号" + p.tag()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写单位名称")))
                .andExpect(content().string(containsString("格式不对：只能由字母、数字和连字符")))
                .andExpect(content().string(containsString("应为 6 位数字")))
                .andExpect(content().string(containsString("“县级老科协”下不能设立“市级老科协”")))
                .andExpect(content().string(containsString("value=\"幸福路 8 号" + p.tag() + "\"")));
    }

    @Test
    void apiAnswersProblemJsonNamingTheField() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/api/v1/units").with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + p.provinceA() + ",\"name\":\"重复\",\"code\":\""
                                + fixtures.code(p.countyA()) + "\",\"type\":\"COUNTY\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("code"))
                .andExpect(jsonPath("$.detail").value(containsString("已被其他单位使用")));
    }

    @Test
    void aStaleSaveShowsTheConflictAndKeepsWhatTheUserTyped() throws Exception {
        Provinces p = provinces();
        int version = version(p.countyA());
        String code = fixtures.code(p.countyA());
        mvc.perform(put("/api/v1/units/{id}", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"name\":\"别人改的名" + p.tag() + "\",\"code\":\""
                                + code + "\",\"type\":\"COUNTY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1));

        mvc.perform(post("/org/units/{id}/edit", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version)).param("name", "我改的名" + p.tag())
                        .param("code", code).param("type", "COUNTY"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人修改")))
                .andExpect(content().string(containsString("value=\"我改的名" + p.tag() + "\"")))
                .andExpect(content().string(containsString("别人改的名" + p.tag())));
        assertThat(unit(p.countyA()).get("name")).isEqualTo("别人改的名" + p.tag());

        mvc.perform(put("/api/v1/units/{id}", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + ",\"name\":\"又一次\",\"code\":\"" + code
                                + "\",\"type\":\"COUNTY\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
    }

    @Test
    void anEditIsAuditedWithBeforeAndAfter() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/org/units/{id}/edit", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version(p.countyA()))).param("name", "新名" + p.tag())
                        .param("code", fixtures.code(p.countyA())).param("type", "COUNTY").param("phone", "010-6851 2345"))
                .andExpect(status().is3xxRedirection());
        String before = jdbc.sql("select before_state->>'name' from audit_event where action = 'UNIT_EDIT' "
                + "and entity_id = ?").param(String.valueOf(p.countyA())).query(String.class).single();
        assertThat(before).isEqualTo("甲县" + p.tag());
        assertThat(unit(p.countyA()).get("phone")).isEqualTo("010-6851 2345");
    }

    @Test
    void anAdministratorCannotEditTheirOwnUnitAndLeadersCannotEditAtAll() throws Exception {
        Provinces p = provinces();
        String leader = fixtures.account("leader", p.provinceA(), Role.LEADER);
        mvc.perform(get("/org/units/{id}/edit", p.provinceA()).with(fixtures.as(p.adminA())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("只能管理下级单位")));
        mvc.perform(post("/org/units/{id}/edit", p.countyA()).with(fixtures.as(leader)).with(csrf())
                        .param("version", "0").param("name", "x").param("code", "X1").param("type", "COUNTY"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/units/{id}/dissolve", p.countyA()).with(fixtures.as(leader)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theRootsSystemAdministratorMayEditTheRoot() throws Exception {
        String admin = fixtures.account("sys", fixtures.root(), Role.SYSTEM_ADMIN);
        mvc.perform(get("/org/units/{id}/edit", fixtures.root()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全国性协会")));
        mvc.perform(get("/org/units/{id}/move", fixtures.root()).with(fixtures.as(admin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void leadersAndContactsAreAddedEditedAndRemoved() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/api/v1/units/{id}/persons", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"CONTACT\",\"name\":\"\",\"email\":\"bad\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("name"))
                .andExpect(jsonPath("$.detail").value("请填写姓名。"));
        mvc.perform(post("/org/units/{id}/persons", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("kind", "LEADER").param("name", "李秘书长").param("position", "秘书长"))
                .andExpect(status().is3xxRedirection());
        long personId = jdbc.sql("select id from unit_person where unit_id = ?").param(p.countyA())
                .query(Long.class).single();
        mvc.perform(post("/org/units/{id}/persons/{pid}/edit", p.countyA(), personId).with(fixtures.as(p.adminA()))
                        .with(csrf()).param("version", "0").param("kind", "LEADER").param("name", "李会长")
                        .param("position", "会长"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(p.adminA())))
                .andExpect(content().string(containsString("李会长")));
        mvc.perform(post("/org/units/{id}/persons/{pid}/delete", p.countyA(), personId)
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from unit_person where unit_id = ?").param(p.countyA())
                .query(Long.class).single()).isZero();
        assertThat(auditCount("UNIT_PERSON_REMOVE", personId)).isEqualTo(1);
    }
}
