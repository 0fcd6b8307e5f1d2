package org.luoshi.org.unit;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.IntegrationTest;

@IntegrationTest
class UnitTreeIT extends UnitTestSupport {

    @Test
    void childrenFragmentHoldsOneLevelWithTogglesForUnitsThatHaveChildren() throws Exception {
        Provinces p = provinces();
        long prefecture = fixtures.unit(p.provinceA(), "甲市" + p.tag(), "PREFECTURE");
        fixtures.unit(prefecture, "甲市一县" + p.tag(), "COUNTY");

        mvc.perform(get("/org/units/{id}/children", p.provinceA()).header("HX-Request", "true")
                        .with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县" + p.tag())))
                .andExpect(content().string(containsString("甲市" + p.tag())))
                .andExpect(content().string(not(containsString("甲市一县" + p.tag()))))
                .andExpect(content().string(containsString("hx-get=\"/org/units/" + prefecture + "/children")))
                // the node is a real link to the unit page, so the tree works without JavaScript
                .andExpect(content().string(containsString("href=\"/org/units/" + prefecture + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void foldingAnswersNoChildrenAndAToggleThatOpensAgain() throws Exception {
        Provinces p = provinces();
        mvc.perform(get("/org/units/{id}/children", p.provinceA()).param("collapse", "true")
                        .with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("甲县" + p.tag()))))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("aria-expanded=\"false\"")));
    }

    @Test
    void countyAdministratorSeesTheTreeFromTheirCountyDown() throws Exception {
        Provinces p = provinces();
        String countyAdmin = fixtures.account("county", p.countyA(), Role.UNIT_ADMIN);
        mvc.perform(get("/org/units").param("q", p.tag()).with(fixtures.as(countyAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲县" + p.tag())))
                .andExpect(content().string(not(containsString("甲省" + p.tag()))))
                .andExpect(content().string(not(containsString("乙县" + p.tag()))));
    }

    @Test
    void searchFindsByNameShortNameOrCodeOnlyInsideTheActorsSubtree() throws Exception {
        Provinces p = provinces();
        String code = fixtures.code(p.countyA());
        mvc.perform(get("/api/v1/units").param("q", p.tag()).with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "甲省" + p.tag(), "甲县" + p.tag())));
        mvc.perform(get("/api/v1/units").param("q", code.toLowerCase()).with(fixtures.as(p.adminA())))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(p.countyA()));
        mvc.perform(get("/org/units").param("q", p.tag()).param("size", "1").with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 2 条")))
                .andExpect(content().string(not(containsString("乙县" + p.tag()))));
    }

    @Test
    void dissolvedUnitsAreHiddenUnlessAskedFor() throws Exception {
        Provinces p = provinces();
        jdbc.sql("update unit set status = 'DISSOLVED' where id = ?").param(p.countyA()).update();
        mvc.perform(get("/org/units/{id}/children", p.provinceA()).with(fixtures.as(p.adminA())))
                .andExpect(content().string(not(containsString("甲县" + p.tag()))));
        mvc.perform(get("/org/units/{id}/children", p.provinceA()).param("all", "true")
                        .with(fixtures.as(p.adminA())))
                .andExpect(content().string(containsString("甲县" + p.tag())))
                .andExpect(content().string(containsString("已撤销")));
        mvc.perform(get("/api/v1/units").param("q", p.tag()).param("all", "true").with(fixtures.as(p.adminA())))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void unitPageShowsLineageWithinScopeChildrenAndSubtreeMemberCount() throws Exception {
        Provinces p = provinces();
        long branch = fixtures.unit(p.countyA(), "甲县分会" + p.tag(), "BRANCH");
        member(p.countyA());
        member(branch);
        member(branch);
        jdbc.sql("insert into unit_person (unit_id, kind, name, position) values (?, 'LEADER', '王会长', '会长')")
                .param(p.countyA()).update();
        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd class=\"unit-member-count\">3</dd>")))
                .andExpect(content().string(containsString("甲县分会" + p.tag())))
                .andExpect(content().string(containsString("王会长")))
                .andExpect(content().string(containsString("/org/members?unitId=" + p.countyA())))
                .andExpect(content().string(containsString("href=\"/org/units/" + p.provinceA() + "\"")))
                // the root lies above the actor's unit: not in the breadcrumb
                .andExpect(content().string(not(containsString("href=\"/org/units/" + fixtures.root() + "\""))));
    }

    @Test
    void leadersAndEditorsReadButMembersGetForbidden() throws Exception {
        Provinces p = provinces();
        String leader = fixtures.account("leader", p.provinceA(), Role.LEADER);
        String member = fixtures.account("member", p.provinceA(), Role.MEMBER);
        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/org/units/" + p.countyA() + "/edit"))));
        mvc.perform(get("/org/units").with(fixtures.as(member))).andExpect(status().isForbidden());
        mvc.perform(get("/org/units/{id}", p.countyA()).with(fixtures.as(member)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/units").with(fixtures.as(member)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("组织管理页面")));
    }
}
