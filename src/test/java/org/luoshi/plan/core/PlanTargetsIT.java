package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whom an issue or a forward reaches, now that the targets come from the org module's directory: exactly the
 * active units of the subtree (or of the chosen types), never the issuer, a dissolved unit or a unit elsewhere, each
 * assignment carrying its unit's place in the tree, which follows the unit when it moves.
 */
@IntegrationTest
class PlanTargetsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;
    long branchA;
    long dissolved;

    @BeforeEach
    void setUp() {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        branchA = fixtures.unit(w.countyA(), "甲省一县分会", "BRANCH");
        dissolved = fixtures.unit(w.provinceB(), "乙省已撤销县老科协", "COUNTY");
        jdbc.sql("update unit set status = 'DISSOLVED' where id = ?").param(dissolved).update();
    }

    @Test
    void theUnitsToPickStayFoldedUntilTheIssuerPicksUnits() throws Exception {
        long plan = api.draft(w.nationAdmin())[0];

        String page = api.get(w.nationAdmin(), "/plans/" + plan + "/issue").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("从 2 个直属下级单位中勾选", "<details class=\"unit-picker\">", "甲省老科协");

        String again = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/plans/" + plan + "/issue").param("mode", "UNITS")
                        .with(fixtures.as(w.nationAdmin())).with(org.springframework.security.test.web.servlet
                                .request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("“指定单位”未选择", "<details class=\"unit-picker\" open=\"open\">");
    }

    @Test
    void issueToTheWholeSubtreeReachesEveryActiveUnitBelowTheIssuerWithItsPath() throws Exception {
        long plan = api.draft(w.nationAdmin())[0];
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan + "/issue", "{\"mode\":\"SUBTREE\"}")
                .andExpect(jsonPath("$.created").value(5));

        Map<Long, String> assigned = assignedPaths(plan);
        assertThat(assigned).containsOnlyKeys(w.provinceA(), w.countyA(), branchA, w.provinceB(), w.countyB());
        assigned.forEach((unit, path) -> assertThat(path).as("unit %d", unit).isEqualTo(path(unit)));
        assertThat(jdbc.sql("select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id "
                + "where a.plan_id = ?").param(plan).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void issueByUnitTypesReachesOnlyUnitsOfThoseTypes() throws Exception {
        long plan = api.draft(w.nationAdmin())[0];
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan + "/issue",
                "{\"mode\":\"TYPES\",\"types\":[\"COUNTY\",\"BRANCH\"]}").andExpect(jsonPath("$.created").value(3));

        assertThat(assignedPaths(plan)).containsOnlyKeys(w.countyA(), branchA, w.countyB());
    }

    @Test
    void aForwardToTheSubtreeStaysInTheForwardersSubtree() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        long provinceTask = api.issuedToChildren(w, plan[0]);
        api.acknowledge(w.provinceAdminA(), provinceTask);
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask + "/forward",
                "{\"mode\":\"SUBTREE\"}").andExpect(jsonPath("$.created").value(2));

        assertThat(assignedPaths(plan[0])).containsOnlyKeys(w.provinceA(), w.provinceB(), w.countyA(), branchA);
        assertThat(jdbc.sql("select count(*) from assignment where plan_id = ? and parent_assignment_id = ?")
                .param(plan[0]).param(provinceTask).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void assignmentsFollowAUnitMovedToAnotherProvince() throws Exception {
        long plan = api.draft(w.nationAdmin())[0];
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan + "/issue", "{\"mode\":\"SUBTREE\"}")
                .andExpect(status().isOk());
        long countyTask = api.assignment(plan, w.countyA());

        api.postJson(w.nationAdmin(), "/api/v1/units/" + w.countyA() + "/move",
                "{\"parentId\":" + w.provinceB() + "}").andExpect(status().isOk());

        assertThat(path(w.countyA())).startsWith(path(w.provinceB()));
        assignedPaths(plan).forEach((unit, path) -> assertThat(path).as("unit %d", unit).isEqualTo(path(unit)));
        api.get(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask).andExpect(status().isOk());
        api.get(w.provinceAdminB(), "/api/v1/plans/assignments/" + countyTask).andExpect(status().isOk());
        api.get(w.provinceAdminA(), "/api/v1/plans/assignments/" + countyTask).andExpect(status().isNotFound());
    }

    private Map<Long, String> assignedPaths(long plan) {
        return jdbc.sql("select unit_id, unit_path from assignment where plan_id = ?").param(plan)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }
}
