package org.luoshi.publicity.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** 积分设置: everyone in publicity reads it; only the national body's administrators change it, and it is audited. */
@IntegrationTest
class PointsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    String marker = String.valueOf(System.nanoTime());
    List<Map<String, Object>> saved;
    long province;
    long county;
    String nationalAdmin;
    String provinceAdmin;

    @BeforeEach
    void accounts() {
        saved = jdbc.sql("select level, adopted, recommended from publicity_points").query().listOfRows();
        long root = fixtures.root();
        province = fixtures.unit(root, "积分省老科协" + marker, "PROVINCIAL");
        county = fixtures.unit(province, "积分县老科协" + marker, "COUNTY");
        nationalAdmin = fixtures.account("pts.nat", root, Role.SYSTEM_ADMIN);
        provinceAdmin = fixtures.account("pts.prov", province, Role.SYSTEM_ADMIN);
    }

    /** The table is shared by the whole suite: put back what was there. */
    @AfterEach
    void restore() {
        saved.forEach(row -> jdbc.sql("update publicity_points set adopted = ?, recommended = ? where level = ?")
                .param(row.get("adopted")).param(row.get("recommended")).param(row.get("level")).update());
    }

    @Test
    void everyoneInPublicitySeesThePointsNamedByLevel() throws Exception {
        String editor = fixtures.account("pts.ed", county, Role.EDITOR);
        mvc.perform(get("/api/v1/publicity/points").with(fixtures.as(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayChange").value(false))
                .andExpect(jsonPath("$.levels[?(@.level == 'PROVINCIAL')].label").value("省级老科协"))
                .andExpect(jsonPath("$.levels.length()").value(6));
        mvc.perform(get("/publicity/points").with(fixtures.as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("全国性协会")))
                .andExpect(content().string(containsString("积分设置由全国性协会的管理员维护")));
        mvc.perform(get("/api/v1/publicity/points").with(fixtures.as(nationalAdmin)))
                .andExpect(jsonPath("$.mayChange").value(true));
    }

    @Test
    void theNationalAdministratorChangesThePointsAndTheRankingFollowsAtOnce() throws Exception {
        RankingData data = new RankingData(jdbc);
        long submission = data.submission(county, LocalDateTime.of(2025, 3, 1, 9, 0));
        data.decide(submission, province, "PROVINCIAL", "ADOPTED_RECOMMENDED", LocalDateTime.of(2025, 3, 2, 9, 0));

        mvc.perform(put("/api/v1/publicity/points").with(fixtures.as(nationalAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":[{\"level\":\"PROVINCIAL\",\"adopted\":7,\"recommended\":3}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[?(@.level == 'PROVINCIAL')].adopted").value(7));
        mvc.perform(get("/api/v1/publicity/ranking").param("from", "2025-01-01").param("to", "2025-12-31")
                        .with(fixtures.as(provinceAdmin)))
                .andExpect(jsonPath("$.rows.items[0].unitId").value(county))
                .andExpect(jsonPath("$.rows.items[0].figures.points").value(10));

        Map<String, Object> audit = jdbc.sql("""
                select summary, before_state::text as before, after_state::text as after from audit_event
                 where action = 'publicity.points.change' and actor_name like 'pts.nat%' order by id desc limit 1
                """).query().singleRow();
        assertThat(audit.get("summary").toString()).contains("PROVINCIAL").contains("→7/3");
        assertThat(audit.get("after").toString()).contains("\"PROVINCIAL\": [7, 3]");
        assertThat(audit.get("before").toString()).doesNotContain("[7, 3]");
    }

    @Test
    void aProvincialAdministratorMayNotChangeThem() throws Exception {
        mvc.perform(put("/api/v1/publicity/points").with(fixtures.as(provinceAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":[{\"level\":\"PROVINCIAL\",\"adopted\":50,\"recommended\":3}]}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("只有全国性协会的系统管理员或单位管理员可以修改积分设置")));
        mvc.perform(post("/publicity/points").with(fixtures.as(provinceAdmin)).with(csrf())
                        .param("rows[0].level", "PROVINCIAL").param("rows[0].adopted", "50")
                        .param("rows[0].recommended", "3"))
                .andExpect(status().isForbidden());
        String nationalEditor = fixtures.account("pts.ned", fixtures.root(), Role.EDITOR);
        mvc.perform(put("/api/v1/publicity/points").with(fixtures.as(nationalEditor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":[{\"level\":\"PROVINCIAL\",\"adopted\":50,\"recommended\":3}]}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select adopted from publicity_points where level = 'PROVINCIAL'").query(Integer.class)
                .single()).isNotEqualTo(50);
    }

    @Test
    void pointsOutsideZeroToAThousandAreRefusedNamingTheLevel() throws Exception {
        mvc.perform(put("/api/v1/publicity/points").with(fixtures.as(nationalAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":[{\"level\":\"COUNTY\",\"adopted\":2,\"recommended\":1},"
                                + "{\"level\":\"NATIONAL\",\"adopted\":1001,\"recommended\":0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("“全国性协会”的采用积分须是 0 到 1000 之间的整数")));
        mvc.perform(put("/api/v1/publicity/points").with(fixtures.as(nationalAdmin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"levels\":[{\"level\":\"VILLAGE\",\"adopted\":1,\"recommended\":0}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("级别“VILLAGE”无法识别")));
        // nothing of the refused change was saved, not even its valid first level
        assertThat(jdbc.sql("select adopted from publicity_points where level = 'COUNTY'").query(Integer.class)
                .single()).isEqualTo(saved.stream().filter(r -> r.get("level").equals("COUNTY"))
                .map(r -> ((Number) r.get("adopted")).intValue()).findFirst().orElseThrow());
        mvc.perform(post("/publicity/points").with(fixtures.as(nationalAdmin)).with(csrf())
                        .param("rows[0].level", "PREFECTURE").param("rows[0].adopted", "-1")
                        .param("rows[0].recommended", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“市级老科协”的采用积分须是 0 到 1000 之间的整数")));
    }

    @Test
    void thePageSavesTheTable() throws Exception {
        mvc.perform(post("/publicity/points").with(fixtures.as(nationalAdmin)).with(csrf())
                        .param("rows[0].level", "PREFECTURE").param("rows[0].adopted", "4")
                        .param("rows[0].recommended", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/publicity/points"));
        assertThat(jdbc.sql("select adopted * 10 + recommended from publicity_points where level = 'PREFECTURE'")
                .query(Integer.class).single()).isEqualTo(42);
    }
}
