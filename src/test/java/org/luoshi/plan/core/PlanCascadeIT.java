package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The seed plan's path through the tree: national issues → province acknowledges and forwards → county reports. */
@IntegrationTest
class PlanCascadeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;

    @BeforeEach
    void setUp() {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
    }

    @Test
    void planRunsFromNationalIssueToAcceptedCountyEvidence() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        long planId = plan[0];
        long itemId = plan[1];
        long provinceTask = api.issuedToChildren(w, planId);

        api.acknowledge(w.provinceAdminA(), provinceTask).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedByName").value("pa"));
        api.forwardToChildren(w.provinceAdminA(), provinceTask, itemId, LocalDate.now().plusDays(20))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
        long countyTask = api.assignment(planId, w.countyA());

        api.get(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask).andExpect(status().isOk())
                .andExpect(jsonPath("$.assignerUnitId").value(w.provinceA()))
                .andExpect(jsonPath("$.items[0].dueOn").value(LocalDate.now().plusDays(20).toString()))
                .andExpect(jsonPath("$.lineage[0].unitName").value("测试全国老科协"))
                .andExpect(jsonPath("$.lineage[1].unitName").value("甲省老科协"))
                .andExpect(jsonPath("$.lineage[2].unitName").value("甲省一县老科协"))
                .andExpect(jsonPath("$.lineage[1].notice").value("请各县结合实际认真落实"))
                .andExpect(jsonPath("$.lineage[2].notice").doesNotExist());

        api.acknowledge(w.countyAdminA(), countyTask).andExpect(status().isOk());
        api.postJson(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask + "/measures", """
                {"itemId":%d,"content":"每月组织一次集中学习","responsible":"王秘书长","dueOn":"%s","target":"4 次"}
                """.formatted(itemId, LocalDate.now().plusDays(15))).andExpect(status().isCreated());
        api.postJson(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/submit", "{}")
                .andExpect(jsonPath("$.implStatus").value("SUBMITTED"));
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/approve",
                "{}").andExpect(jsonPath("$.implStatus").value("APPROVED"));

        long reportId = PlanApi.id(api.report(w.countyAdminA(), countyTask, itemId, "k-" + countyTask, PlanApi.PNG,
                "学习.png").andExpect(status().isCreated()).andExpect(jsonPath("$.evidence[0].contentType")
                .value("image/png")));
        api.get(w.provinceAdminA(), "/plans/tasks").andExpect(content().string(containsString("待审核")));
        assertThat(PlanApi.sheet(api.get(w.provinceAdminA(), "/plans/tasks/export.xlsx?kind=REVIEW")))
                .anySatisfy(row -> assertThat(row).startsWith("待审核", "学习宣传贯彻工作方案", "甲省一县老科协"));

        api.postJson(w.provinceAdminA(), "/api/v1/plans/reports/" + reportId + "/accept", "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));

        api.get(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask)
                .andExpect(jsonPath("$.items[0].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.items[0].percent").value(100))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        api.get(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"));
        long evidenceId = ((Number) PlanApi.json(api.get(w.countyAdminA(), "/api/v1/plans/reports/" + reportId),
                "$.evidence[0].id")).longValue();
        api.get(w.provinceAdminA(), "/plans/reports/" + reportId + "/evidence/" + evidenceId)
                .andExpect(status().isOk()).andExpect(content().bytes(PlanApi.PNG));
    }

    @Test
    void pagesShowTheCascadeAndOfferOnlyTheActionsDueNow() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        long provinceTask = api.issuedToChildren(w, plan[0]);

        api.get(w.provinceAdminA(), "/plans").andExpect(status().isOk())
                .andExpect(content().string(containsString("学习宣传贯彻工作方案")));
        api.get(w.provinceAdminA(), "/plans/tasks").andExpect(content().string(containsString("待签收")));
        api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask).andExpect(status().isOk())
                .andExpect(content().string(containsString(">签收</button>")))
                .andExpect(content().string(containsString("测试全国老科协")));
        api.get(w.nationAdmin(), "/plans/" + plan[0]).andExpect(status().isOk())
                .andExpect(content().string(containsString("（二）组织开展学习宣传")))
                .andExpect(content().string(containsString("目标：至少 4 次")))
                .andExpect(content().string(containsString("待签收")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/plans/assignments/" + provinceTask + "/acknowledge")
                        .param("version", "0").with(fixtures.as(w.provinceAdminA()))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()))
                .andExpect(status().is3xxRedirection());
        api.get(w.nationAdmin(), "/plans/" + plan[0]).andExpect(content().string(containsString(">pa</td>")));
        api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask)
                .andExpect(content().string(containsString("转发")))
                .andExpect(content().string(containsString("报送进展")));
        api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask + "/forward").andExpect(status().isOk())
                .andExpect(content().string(containsString("甲省一县老科协")));
    }

    @Test
    void issuingTwiceDoesNotDuplicateAssignments() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan[0] + "/issue", "{\"mode\":\"SUBTREE\"}")
                .andExpect(jsonPath("$.created").value(4));
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan[0] + "/issue", "{\"mode\":\"SUBTREE\"}")
                .andExpect(jsonPath("$.created").value(0));
        assertThat(jdbc.sql("select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id "
                + "where a.plan_id = ?").param(plan[0]).query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void issueByUnitTypeReachesOnlyThatType() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan[0] + "/issue",
                "{\"mode\":\"TYPES\",\"types\":[\"COUNTY\"]}").andExpect(jsonPath("$.created").value(2));
        assertThat(jdbc.sql("select unit_id from assignment where plan_id = ?").param(plan[0]).query(Long.class)
                .list()).containsExactlyInAnyOrder(w.countyA(), w.countyB());
    }

    @Test
    void handPickedUnitsMustLieInTheIssuersSubtree() throws Exception {
        long[] plan = api.draft(w.nationAdmin());
        long outsider = fixtures.unit(fixtures.root(), "外省老科协", "PROVINCIAL");
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan[0] + "/issue",
                "{\"mode\":\"UNITS\",\"unitIds\":[" + w.provinceA() + "," + outsider + "]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unitIds"))
                .andExpect(jsonPath("$.detail").value(containsString("不在本单位的下级范围内")));
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + plan[0] + "/issue",
                "{\"mode\":\"UNITS\",\"unitIds\":[" + w.provinceA() + "]}").andExpect(jsonPath("$.created").value(1));
    }
}
