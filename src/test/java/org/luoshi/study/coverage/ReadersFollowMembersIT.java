package org.luoshi.study.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.study.internal.coverage.Coverage;
import org.luoshi.study.internal.coverage.CoverageQueries;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reader counts where the member is now: moved by an edit of the member, moved with their unit, merged into
 * another unit, or no longer in good standing — each through org's own endpoints and the event it publishes.
 */
@IntegrationTest
class ReadersFollowMembersIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageQueries queries;
    @Autowired
    UnitDirectory units;

    Fixtures.Tree tree;
    CoverageFixtures data;
    CoverageFixtures.Material material;
    String admin;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    @BeforeEach
    void aNationalMaterial() {
        tree = fixtures.tree();
        data = new CoverageFixtures(jdbc);
        material = data.material(tree.root(), "跟随测试材料", 1);
        admin = fixtures.account("follow.admin", fixtures.root(), Role.SYSTEM_ADMIN);
    }

    @Test
    void aMemberMovedToAnotherProvinceIsCountedThere() throws Exception {
        long member = data.member(tree.countyA());
        data.read(material, member, today.minusDays(3), 1, today.minusDays(1));

        mvc.perform(put("/api/v1/members/{id}", member).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":%d,\"name\":\"读者\",\"gender\":\"M\",\"version\":0}"
                                .formatted(tree.countyB())))
                .andExpect(status().isOk());

        assertThat(coverage(tree.provinceA())).isEqualTo(new Coverage(0, 0, 0));
        assertThat(coverage(tree.provinceB())).isEqualTo(new Coverage(1, 1, 1));
    }

    @Test
    void aMovedCountyTakesItsReadersAlong() throws Exception {
        long county = fixtures.unit(tree.provinceA(), "甲省迁出县老科协", "COUNTY");
        long member = data.member(county);
        data.read(material, member, today.minusDays(3), 1, null);

        mvc.perform(post("/api/v1/units/{id}/move", county).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + tree.provinceB() + "}"))
                .andExpect(status().isOk());

        assertThat(coverage(tree.provinceA())).isEqualTo(new Coverage(0, 0, 0));
        assertThat(coverage(tree.provinceB())).isEqualTo(new Coverage(1, 1, 0));
        assertThat(jdbc.sql("select unit_path from reading_coverage_count where material_id = ?")
                .param(material.id()).query(String.class).list()).containsOnly(path(county));
    }

    @Test
    void theMembersOfAMergedUnitCountInTheSurvivor() throws Exception {
        long merged = fixtures.unit(tree.provinceA(), "甲省被并县老科协", "COUNTY");
        long member = data.member(merged);
        data.read(material, member, today.minusDays(3), 1, today);

        mvc.perform(post("/api/v1/units/{id}/merge-into/{target}", merged, tree.countyB())
                        .with(fixtures.as(admin)).with(csrf()))
                .andExpect(status().isOk());

        assertThat(coverage(tree.countyB())).isEqualTo(new Coverage(1, 1, 1));
        assertThat(coverage(tree.provinceA())).isEqualTo(new Coverage(0, 0, 0));
    }

    @Test
    void aMemberNoLongerInGoodStandingIsNotCounted() throws Exception {
        long member = data.member(tree.countyA());
        data.read(material, member, today.minusDays(3), 1, today);
        data.member(tree.countyA());

        mvc.perform(post("/api/v1/members/{id}/status", member).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"DECEASED\",\"version\":0}"))
                .andExpect(status().isOk());

        assertThat(coverage(tree.provinceA())).isEqualTo(new Coverage(1, 0, 0));
    }

    private Coverage coverage(long unitId) {
        UnitRef root = units.root();
        Actor actor = new Actor(0, "t", "t", root.id(), root.path(), Set.of(Role.SYSTEM_ADMIN));
        return queries.overview(queries.scope(actor, material.id(), unitId).orElseThrow()).total();
    }

    private String path(long unitId) {
        return units.find(unitId).orElseThrow().path();
    }
}
