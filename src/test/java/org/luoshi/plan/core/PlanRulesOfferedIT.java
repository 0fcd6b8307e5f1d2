package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only what a person may do is offered (issue 9 §5): pages and the API ask the plan and the task the same rules
 * they enforce, and a page a person may not use refuses in Chinese before anything is typed.
 */
@IntegrationTest
class PlanRulesOfferedIT {

    private static final String MAY_NOT_DRAFT = "只有单位管理员可以起草方案";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;
    long provinceTask;
    long itemId;

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] plan = api.draft(w.nationAdmin());
        itemId = plan[1];
        provinceTask = api.issuedToChildren(w, plan[0]);
    }

    @Test
    void membersLeadersEditorsAndEvaluatorsAreNotOfferedDraftingNorWordImport() throws Exception {
        for (Role role : new Role[] {Role.MEMBER, Role.LEADER, Role.EDITOR, Role.EVALUATOR}) {
            String user = fixtures.account("r", w.provinceA(), role);

            assertThat(page(user, "/plans")).doesNotContain("href=\"/plans/new\"", "href=\"/plans/import\"");
            assertThat(refused(user, "/plans/new")).contains(MAY_NOT_DRAFT);
            assertThat(refused(user, "/plans/import")).contains(MAY_NOT_DRAFT);
        }
        assertThat(page(w.provinceAdminA(), "/plans")).contains("href=\"/plans/new\"", "href=\"/plans/import\"");
        assertThat(page(w.provinceAdminA(), "/plans/new")).contains("name=\"title\"");
    }

    @Test
    void aLeaderReadsTheTaskButIsOfferedNoButton() throws Exception {
        String leader = fixtures.account("ld", w.provinceA(), Role.LEADER);

        String page = page(leader, "/plans/assignments/" + provinceTask);

        assertThat(page).contains("学习宣传贯彻工作方案").doesNotContain("/acknowledge", "/forward", "/measures/new",
                "/progress");
        api.get(leader, "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.actions.acknowledge").value(false))
                .andExpect(jsonPath("$.actions.remind").value(false))
                .andExpect(jsonPath("$.items[0].mayReport").value(false));
        assertThat(page(w.provinceAdminA(), "/plans/assignments/" + provinceTask)).contains("/acknowledge");
    }

    @Test
    void theReportPageOpensOnlyWhenTheTaskMayBeReported() throws Exception {
        String progress = "/plans/assignments/" + provinceTask + "/items/" + itemId + "/progress";
        assertThat(refused(w.provinceAdminA(), progress)).contains("签收后报送");
        assertThat(refused(w.provinceAdminA(), "/plans/assignments/" + provinceTask + "/measures/new"))
                .contains("签收后");

        api.acknowledge(w.provinceAdminA(), provinceTask).andExpect(status().isOk());

        assertThat(page(w.provinceAdminA(), progress)).contains("name=\"percent\"");
        assertThat(page(w.provinceAdminA(), "/plans/assignments/" + provinceTask)).contains(progress);
        api.get(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.actions.acknowledge").value(false))
                .andExpect(jsonPath("$.actions.editMeasures").value(true))
                .andExpect(jsonPath("$.items[0].mayReport").value(true))
                .andExpect(jsonPath("$.items[0].evidenceRequired[0]").value("PHOTOS"));
    }

    @Test
    void theUnitAboveMayRemindAndTheUnitItselfNot() throws Exception {
        api.get(w.nationAdmin(), "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.actions.remind").value(true))
                .andExpect(jsonPath("$.actions.reviewReports").value(true));
        api.get(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.actions.remind").value(false))
                .andExpect(jsonPath("$.actions.reviewReports").value(false));
    }

    @Test
    void theApiSaysWhoMayEditAndIssueAPlan() throws Exception {
        long[] draft = api.draft(w.nationAdmin());
        String leader = fixtures.account("nl", w.nation(), Role.LEADER);

        api.get(w.nationAdmin(), "/api/v1/plans/" + draft[0]).andExpect(jsonPath("$.actions.edit").value(true))
                .andExpect(jsonPath("$.actions.issue").value(true));
        api.get(leader, "/api/v1/plans/" + draft[0]).andExpect(jsonPath("$.actions.edit").value(false))
                .andExpect(jsonPath("$.actions.issue").value(false));
        api.postJson(leader, "/api/v1/plans", "{\"title\":\"领导起草\"}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(MAY_NOT_DRAFT)));
    }

    private String page(String user, String url) throws Exception {
        return api.get(user, url).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String refused(String user, String url) throws Exception {
        return api.get(user, url).andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
    }
}
