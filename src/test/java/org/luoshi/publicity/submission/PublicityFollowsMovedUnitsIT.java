package org.luoshi.publicity.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 迁移: when 杭州 moves to another province, its county's submissions, the decisions on them and what it published go
 * with it: the new province reads them, the old one no longer does, and no path is left behind.
 */
@IntegrationTest
class PublicityFollowsMovedUnitsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    PublicityWorld world;

    @BeforeEach
    void world() {
        world = new PublicityWorld(fixtures, plans, jdbc, mvc);
    }

    @Test
    void aMovedCitysSubmissionsDecisionsAndArticlesGoToItsNewProvince() throws Exception {
        long id = world.draft("迁移前的稿件" + world.tag, null);
        world.submit(world.countyEditor, id, null);
        world.decide(world.cityEditor, id, "ADOPTED", null);
        long otherProvince = fixtures.unit(world.root, "江苏省老科协" + world.tag, "PROVINCIAL");
        String otherEditor = fixtures.account("pmv", otherProvince, Role.EDITOR);
        String url = "/api/v1/publicity/submissions/" + id;
        assertThat(world.read(otherEditor, url).getStatus()).isEqualTo(404);

        mvc.perform(post("/api/v1/units/{id}/move", world.city)
                        .with(fixtures.as(fixtures.account("pmvadm", world.root, Role.SYSTEM_ADMIN))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + otherProvince + "}"))
                .andExpect(status().isOk());

        String cityPath = jdbc.sql("select path from unit where id = ?").param(world.city).query(String.class)
                .single();
        assertThat(jdbc.sql("select unit_path from publicity_submission where id = ?").param(id)
                .query(String.class).single()).startsWith(cityPath);
        assertThat(jdbc.sql("select submitter_unit_path || ' ' || unit_path from publicity_decision"
                + " where submission_id = ?").param(id).query(String.class).single())
                .startsWith(cityPath).contains(" " + cityPath);
        assertThat(world.read(otherEditor, url).getStatus()).isEqualTo(200);
        assertThat(world.read(world.provinceEditor, url).getStatus()).isEqualTo(404);
        String oldProvincePath = jdbc.sql("select path from unit where id = ?").param(world.province)
                .query(String.class).single();
        for (String table : new String[] {"publicity_submission", "publicity_decision"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where unit_path like ? || '%' and unit_path like"
                    + " '%/' || ? || '/%'").param(oldProvincePath).param(world.city).query(Long.class).single())
                    .as(table).isZero();
        }
    }
}
