package org.luoshi.publicity.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole review chain through the API: a county submits a case linked to a plan item, 杭州 returns it, the
 * county revises and resubmits, 杭州 adopts and recommends, 浙江 adopts and recommends, the nation adopts.
 */
@IntegrationTest
class SubmissionChainIT {

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
    void aCaseGoesFromTheCountyUpToTheNationWithEveryLevelsDecisionKept() throws Exception {
        long id = world.draft("乡村振兴典型案例" + world.tag, world.item());
        String url = "/api/v1/publicity/submissions/" + id;

        assertThat(world.submit(world.countyEditor, id, null).getStatus()).isEqualTo(200);
        MockHttpServletResponse submitted = world.read(world.countyEditor, url);
        assertThat((String) PublicityWorld.json(submitted, "$.status")).isEqualTo("IN_REVIEW");
        assertThat(((Number) PublicityWorld.json(submitted, "$.reviewerUnitId")).longValue()).isEqualTo(world.city);
        assertThat(world.counted(id)).containsExactly(Map.of("kind", "publicity.submitted", "quantity", 1,
                "unit_id", world.county));

        MockHttpServletResponse queue = world.read(world.cityEditor, "/api/v1/publicity/queue?unitId="
                + world.county);
        assertThat((List<Integer>) PublicityWorld.json(queue, "$.items[*].id")).containsExactly((int) id);
        assertThat((String) PublicityWorld.json(queue, "$.items[0].dueOn")).isEqualTo(world.due.toString());

        assertThat(world.decide(world.cityEditor, id, "RETURNED", "请补充受益人数").getStatus()).isEqualTo(200);
        MockHttpServletResponse returned = world.read(world.countyEditor, url);
        assertThat((String) PublicityWorld.json(returned, "$.status")).isEqualTo("RETURNED");
        assertThat((String) PublicityWorld.json(returned, "$.decisions[0].comment")).isEqualTo("请补充受益人数");
        assertThat((Boolean) PublicityWorld.json(returned, "$.actions.edit")).isTrue();

        assertThat(world.save(world.countyEditor, id, world.draftJson("乡村振兴典型案例" + world.tag,
                "<p>正文" + world.tag + "，受益农户 1200 户</p>", world.item())).getStatus()).isEqualTo(200);
        assertThat(world.submit(world.countyEditor, id, "补充了受益人数").getStatus()).isEqualTo(200);
        assertThat(((Number) PublicityWorld.json(world.read(world.countyEditor, url), "$.reviewerUnitId"))
                .longValue()).isEqualTo(world.city);

        assertThat(world.decide(world.cityEditor, id, "ADOPTED_RECOMMENDED", null).getStatus()).isEqualTo(200);
        assertThat(world.counted(id)).extracting(row -> row.get("kind"))
                .containsExactly("publicity.adopted", "publicity.submitted");
        assertThat(world.decide(world.provinceEditor, id, "ADOPTED_RECOMMENDED", "省级采用").getStatus())
                .isEqualTo(200);
        MockHttpServletResponse atNation = world.read(world.nationEditor, url);
        assertThat(((Number) PublicityWorld.json(atNation, "$.reviewerUnitId")).longValue()).isEqualTo(world.root);
        assertThat((Boolean) PublicityWorld.json(atNation, "$.actions.decide")).isTrue();
        assertThat((Boolean) PublicityWorld.json(atNation, "$.actions.recommend")).isFalse();
        assertThat(world.decide(world.nationEditor, id, "ADOPTED", null).getStatus()).isEqualTo(200);

        MockHttpServletResponse closed = world.read(world.countyEditor, url);
        assertThat((String) PublicityWorld.json(closed, "$.status")).isEqualTo("CLOSED");
        assertThat((String) PublicityWorld.json(closed, "$.adoptedLevel")).isEqualTo("NATIONAL");
        assertThat((List<String>) PublicityWorld.json(closed, "$.decisions[*].decision")).containsExactly(
                "RETURNED", "ADOPTED_RECOMMENDED", "ADOPTED_RECOMMENDED", "ADOPTED");
        assertThat((List<String>) PublicityWorld.json(closed, "$.decisions[*].level")).containsExactly(
                "PREFECTURE", "PREFECTURE", "PROVINCIAL", "NATIONAL");
        assertThat((List<Integer>) PublicityWorld.json(closed, "$.decisions[*].unitId")).containsExactly(
                (int) world.city, (int) world.city, (int) world.province, (int) world.root);
        assertThat(world.counted(id)).hasSize(2);
        assertThat(notices(id, world.city)).containsExactly("SUBMISSION_PENDING", "SUBMISSION_PENDING");
        assertThat(notices(id, world.province)).containsExactly("SUBMISSION_PENDING");
        assertThat(notices(id, world.root)).containsExactly("SUBMISSION_PENDING");
        assertThat(notices(id, world.county)).containsExactly("SUBMISSION_DECIDED", "SUBMISSION_DECIDED",
                "SUBMISSION_DECIDED", "SUBMISSION_DECIDED");

        MockHttpServletResponse versions = world.read(world.countyEditor, url + "/versions");
        assertThat((List<Integer>) PublicityWorld.json(versions, "$[*].number")).containsExactly(2, 1);
        assertThat((String) PublicityWorld.json(versions, "$[0].note")).isEqualTo("补充了受益人数");
        assertThat((String) PublicityWorld.json(world.read(world.countyEditor, url + "/versions/1"), "$.bodyHtml"))
                .isEqualTo("<p>正文" + world.tag + "</p>");
    }

    private List<String> notices(long id, long unitId) {
        return jdbc.sql("select kind from notification where unit_id = ? and link = ? order by id").param(unitId)
                .param("/publicity/submissions/" + id).query(String.class).list();
    }

    @Test
    void aLevelWithdrawsItsDecisionUntilTheNextLevelActsAndTheAdoptionCountFollows() throws Exception {
        long id = world.draft("工作动态" + world.tag, world.item());
        world.submit(world.countyEditor, id, null);
        world.decide(world.cityEditor, id, "ADOPTED_RECOMMENDED", null);

        assertThat(world.withdraw(world.cityEditor, id).getStatus()).isEqualTo(200);
        assertThat(world.counted(id)).extracting(row -> row.get("kind")).containsExactly("publicity.submitted");
        MockHttpServletResponse again = world.read(world.cityEditor, "/api/v1/publicity/submissions/" + id);
        assertThat((Boolean) PublicityWorld.json(again, "$.actions.decide")).isTrue();
        assertThat((String) PublicityWorld.json(again, "$.decisions[0].withdrawnAt")).isNotNull();

        world.decide(world.cityEditor, id, "RECOMMENDED", null);
        world.decide(world.provinceEditor, id, "ADOPTED", null);
        MockHttpServletResponse refused = world.withdraw(world.cityEditor, id);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("只有作出这条审核意见的单位可以撤回");
        assertThat(world.counted(id)).hasSize(2);
    }
}
