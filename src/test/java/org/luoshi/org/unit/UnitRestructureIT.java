package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitsMerged;
import org.luoshi.shared.security.Role;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class UnitRestructureIT extends UnitTestSupport {

    @Autowired
    ApplicationEvents events;

    private String nationalAdmin() {
        return fixtures.account("national", fixtures.root(), Role.SYSTEM_ADMIN);
    }

    @Test
    void movingAUnitRewritesThePathsOfItsSubtreeAndOfItsMembers() throws Exception {
        Provinces p = provinces();
        long prefecture = fixtures.unit(p.provinceA(), "甲市" + p.tag(), "PREFECTURE");
        long county = fixtures.unit(prefecture, "甲市一县" + p.tag(), "COUNTY");
        long branch = fixtures.unit(county, "甲市一县分会" + p.tag(), "BRANCH");
        long memberOfBranch = member(branch);
        long memberOfPrefecture = member(prefecture);
        long bystander = member(p.countyA());

        mvc.perform(post("/api/v1/units/{id}/move", prefecture).with(fixtures.as(nationalAdmin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + p.provinceB() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentId").value(p.provinceB()));

        String newPrefecturePath = path(p.provinceB()) + prefecture + "/";
        assertThat(path(prefecture)).isEqualTo(newPrefecturePath);
        assertThat(path(county)).isEqualTo(newPrefecturePath + county + "/");
        assertThat(path(branch)).isEqualTo(newPrefecturePath + county + "/" + branch + "/");
        assertThat(unit(branch).get("depth")).isEqualTo(4);
        assertThat(memberPath(memberOfBranch)).isEqualTo(path(branch));
        assertThat(memberPath(memberOfPrefecture)).isEqualTo(newPrefecturePath);
        assertThat(memberPath(bystander)).isEqualTo(path(p.countyA()));
        assertThat(auditCount("UNIT_MOVE", prefecture)).isEqualTo(1);
    }

    @Test
    void aUnitCannotMoveUnderItsOwnDescendant() throws Exception {
        Provinces p = provinces();
        long prefecture = fixtures.unit(p.provinceA(), "甲市" + p.tag(), "PREFECTURE");
        long county = fixtures.unit(prefecture, "甲市一县" + p.tag(), "COUNTY");
        String before = path(prefecture);
        mvc.perform(post("/org/units/{id}/move", prefecture).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version(prefecture))).param("code", fixtures.code(county)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("不能把“甲市" + p.tag() + "”移到它自己或它的下级单位")))
                .andExpect(content().string(containsString("value=\"" + fixtures.code(county) + "\"")));
        assertThat(path(prefecture)).isEqualTo(before);
    }

    @Test
    void aMoveMustRespectTheTypeRules() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/api/v1/units/{id}/move", p.countyA()).with(fixtures.as(nationalAdmin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + p.countyB() + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("type"))
                .andExpect(jsonPath("$.detail").value(containsString("“县级老科协”下不能设立“县级老科协”")));
    }

    @Test
    void mergingMovesMembersAndChildrenToTheSurvivorAndTellsOtherModules() throws Exception {
        Provinces p = provinces();
        long countyA2 = fixtures.unit(p.provinceA(), "甲二县" + p.tag(), "COUNTY");
        long branch = fixtures.unit(p.countyA(), "甲县分会" + p.tag(), "BRANCH");
        long memberOfCounty = member(p.countyA());
        long memberOfBranch = member(branch);

        mvc.perform(post("/org/units/{id}/merge", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version(p.countyA())))
                        .param("code", fixtures.code(countyA2)))
                .andExpect(status().is3xxRedirection());

        assertThat(unit(p.countyA())).containsEntry("status", "MERGED").containsEntry("merged_into_id", countyA2);
        assertThat(memberUnit(memberOfCounty)).isEqualTo(countyA2);
        assertThat(memberPath(memberOfCounty)).isEqualTo(path(countyA2));
        assertThat(unit(branch).get("parent_id")).isEqualTo(countyA2);
        assertThat(path(branch)).isEqualTo(path(countyA2) + branch + "/");
        assertThat(memberPath(memberOfBranch)).isEqualTo(path(branch));
        assertThat(auditCount("UNIT_MERGE", p.countyA())).isEqualTo(1);
        assertThat(events.stream(UnitsMerged.class))
                .contains(new UnitsMerged(p.countyA(), countyA2));
    }

    @Test
    void aUnitCannotBeMergedIntoAUnitOutsideTheActorsScope() throws Exception {
        Provinces p = provinces();
        mvc.perform(post("/api/v1/units/{id}/merge-into/{target}", p.countyA(), p.countyB())
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("targetId"));
        assertThat(unit(p.countyA()).get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void dissolvingIsRefusedWhileChildrenOrMembersAreActive() throws Exception {
        Provinces p = provinces();
        long branch = fixtures.unit(p.countyA(), "甲县分会" + p.tag(), "BRANCH");
        mvc.perform(post("/org/units/{id}/dissolve", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version(p.countyA()))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("还有 1 个正常状态的下级单位，不能撤销")));

        long member = member(branch);
        mvc.perform(post("/api/v1/units/{id}/dissolve", branch).with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("1 名正常状态的会员")));

        jdbc.sql("update member set status = 'WITHDRAWN' where id = ?").param(member).update();
        mvc.perform(post("/api/v1/units/{id}/dissolve", branch).with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISSOLVED"));
        mvc.perform(post("/org/units/{id}/dissolve", p.countyA()).with(fixtures.as(p.adminA())).with(csrf())
                        .param("version", String.valueOf(version(p.countyA()))))
                .andExpect(status().is3xxRedirection());
        assertThat(unit(p.countyA()).get("status")).isEqualTo("DISSOLVED");
        assertThat(auditCount("UNIT_DISSOLVE", p.countyA())).isEqualTo(1);
    }
}
