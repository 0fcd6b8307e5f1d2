package org.luoshi.study.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** 学习计划: a county plans its study; the province sees planned against held; this week's shows on the bench. */
@IntegrationTest
class StudyPlanIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    SessionWorld world;

    @BeforeEach
    void world() {
        world = new SessionWorld(fixtures, plans, jdbc, mvc);
    }

    @Test
    void theProvinceSeesItsCountysSessionsPlannedAgainstHeldAndWhoLedThem() throws Exception {
        long held = plan(SessionWorld.today().minusDays(3), "专题学习党章" + world.tag);
        plan(SessionWorld.today().plusDays(20), "研讨交流" + world.tag);
        long session = world.record(SessionWorld.today().minusDays(3), world.item());
        String body = world.body(SessionWorld.today().minusDays(3), world.item(), world.membersA)
                .replace("\"itemId\"", "\"plannedId\":" + held + ",\"itemId\"");
        assertThat(put("/api/v1/study/sessions/" + session, body).getStatus()).isEqualTo(200);

        String progress = get(world.provinceAdminA, "/api/v1/study/plans/" + world.plan.id()
                + "/progress?unitId=" + world.tree.provinceA()).getContentAsString();

        String county = "$[?(@.unitId == " + world.tree.countyA() + ")]";
        assertThat((List<Integer>) JsonPath.read(progress, county + ".planned")).containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(progress, county + ".plannedHeld")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(progress, county + ".held")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(progress, county + ".ledByLeaders")).containsExactly(1);
        assertThat((Integer) JsonPath.read(progress, "$[0].planned")).as("the province's whole subtree").isEqualTo(2);

        String plan = get(world.provinceAdminA, "/api/v1/study/plans/" + world.plan.id() + "/units/"
                + world.tree.countyA()).getContentAsString();
        assertThat((List<Integer>) JsonPath.read(plan, "$.planned[*].heldSessionId")).contains((int) session);
        assertThat((Boolean) JsonPath.read(plan, "$.mayEdit")).isFalse();
        String page = get(world.provinceAdminA, "/study/plans/" + world.plan.id() + "/units/"
                + world.tree.countyA()).getContentAsString();
        assertThat(page).contains("专题学习党章" + world.tag, "已举行");

        List<List<String>> sheet = StudySessionIT.xlsx(get(world.provinceAdminA, "/api/v1/study/plans/"
                + world.plan.id() + "/progress.xlsx?unitId=" + world.tree.provinceA()).getContentAsByteArray());
        assertThat(sheet).anySatisfy(row -> assertThat(row).containsExactly("甲省一县老科协", "2", "1", "50%", "1",
                "1"));
    }

    @Test
    void aSiblingCountyNeitherSeesTheStudyPlanNorItsProgress() throws Exception {
        plan(SessionWorld.today(), "学习" + world.tag);

        assertThat(get(world.countyAdminB, "/api/v1/study/plans/" + world.plan.id() + "/units/"
                + world.tree.countyA()).getStatus()).isEqualTo(404);
        assertThat(get(world.countyAdminB, "/api/v1/study/plans/" + world.plan.id() + "/progress").getStatus())
                .isEqualTo(404);
        assertThat(world.postJson(world.countyAdminB, "/api/v1/study/plans/" + world.plan.id() + "/planned",
                plannedJson(SessionWorld.today(), "混入")).getStatus()).isEqualTo(404);
    }

    @Test
    void aPlannedSessionDueThisWeekAndNotHeldAppearsOnTheCountyAdministratorsBench() throws Exception {
        LocalDate monday = SessionWorld.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        plan(monday.plusDays(6), "本周学习" + world.tag);
        plan(monday.plusDays(13), "下周学习" + world.tag);

        String bench = get(world.countyAdminA, "/api/v1/workbench").getContentAsString();
        assertThat(bench).contains("本周学习" + world.tag).doesNotContain("下周学习" + world.tag);
        assertThat(get(world.countyAdminA, "/").getContentAsString()).contains("本周学习" + world.tag);
        assertThat(get(world.provinceAdminA, "/api/v1/workbench").getContentAsString())
                .doesNotContain("本周学习" + world.tag);
    }

    @Test
    void aPlannedSessionMeantForAnItemTheUnitMayNotLinkIsRefusedByItsField() throws Exception {
        MockHttpServletResponse refused = world.postJson(world.countyAdminA, "/api/v1/study/plans/"
                + world.plan.id() + "/planned", plannedJson(SessionWorld.today(), "学习").replace("null",
                String.valueOf(Long.MAX_VALUE)));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("itemId", "可计入的方案事项");
    }

    private long plan(LocalDate on, String topic) throws Exception {
        MockHttpServletResponse response = world.postJson(world.countyAdminA, "/api/v1/study/plans/"
                + world.plan.id() + "/planned", plannedJson(on, topic));
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }

    private static String plannedJson(LocalDate on, String topic) {
        return """
                {"plannedOn":"%s","form":"THEMATIC","topic":"%s","leadName":"王会长","materials":"党章","itemId":null}
                """.formatted(on, topic);
    }

    private MockHttpServletResponse put(String url, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url).with(fixtures.as(world.countyAdminA)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse();
    }

    private MockHttpServletResponse get(String user, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(fixtures.as(user))).andReturn().getResponse();
    }
}
