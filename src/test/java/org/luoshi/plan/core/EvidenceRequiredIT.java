package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Evidence that an item asks for is required (issue 9 §6): a report that completes an item carries it, or says why
 * it cannot, and the reviewer sees what is missing. The item asks for photos and a text report.
 */
@IntegrationTest
class EvidenceRequiredIT {

    private static final String NEEDS_PHOTOS = "须附上本事项要求的佐证材料：照片";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;
    long planId;
    long itemId;
    long task;

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] plan = api.draft(w.nationAdmin());
        planId = plan[0];
        itemId = plan[1];
        task = api.issuedToChildren(w, planId);
        api.acknowledge(w.provinceAdminA(), task).andExpect(status().isOk());
    }

    @Test
    void aCompletingReportWithoutThePhotosComesBackWithWhatIsMissingAndWhatWasTyped() throws Exception {
        String page = reportPage("100", null, null).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains(NEEDS_PHOTOS, "无法提供佐证材料的原因", "已完成。").containsPattern(
                "id=\"files\"[^>]*aria-invalid=\"true\"");
        assertThat(reports()).isZero();

        reportPage("100", new MockMultipartFile("files", "现场.png", "image/png", PlanApi.PNG), null)
                .andExpect(redirectedUrl("/plans/assignments/" + task + "#item-" + itemId));
        assertThat(reports()).isEqualTo(1);
    }

    @Test
    void aReasonLetsTheReportThroughAndTheReviewerSeesWhatIsMissing() throws Exception {
        reportPage("100", null, "照片在冲印，下周补交").andExpect(status().is3xxRedirection());

        assertThat(api.get(w.nationAdmin(), "/plans/assignments/" + task).andReturn().getResponse()
                .getContentAsString()).contains("缺少佐证材料", "照片", "照片在冲印，下周补交");
    }

    @Test
    void workUnderWayIsReportedWithoutEvidence() throws Exception {
        reportPage("50", null, null).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiRefusesTheSameReportNamingTheFieldAndShowsTheReviewerWhatIsMissing() throws Exception {
        api.report(w.provinceAdminA(), task, itemId, null, null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("files"))
                .andExpect(jsonPath("$.detail").value(containsString(NEEDS_PHOTOS)));

        long report = PlanApi.id(api.report(w.provinceAdminA(), task, itemId, null, null, null, "原件已寄送省里")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.missingEvidence[0]").value("PHOTOS")));

        api.get(w.nationAdmin(), "/api/v1/plans/reports/" + report)
                .andExpect(jsonPath("$.missingEvidence.length()").value(1))
                .andExpect(jsonPath("$.missingEvidenceReason").value("原件已寄送省里"));
    }

    @Test
    void aPhotoIsNotADocumentAndAnEmptyFileIsRefusedNotDropped() throws Exception {
        api.report(w.provinceAdminA(), task, itemId, null, PlanApi.PNG, "现场.png").andExpect(status().isCreated())
                .andExpect(jsonPath("$.missingEvidence.length()").value(0))
                .andExpect(jsonPath("$.evidence.length()").value(1));
        long other = api.assignment(planId, w.provinceB());
        api.acknowledge(w.provinceAdminB(), other).andExpect(status().isOk());

        api.report(w.provinceAdminB(), other, itemId, null, new byte[0], "空白.png").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("files"))
                .andExpect(jsonPath("$.detail").value(containsString("“空白.png”是空的")));
    }

    @Test
    void anUnknownEvidenceKindIsAChinese400NamingTheField() throws Exception {
        long[] draft = api.draft(w.nationAdmin());

        api.postJson(w.nationAdmin(), "/api/v1/plans/" + draft[0] + "/items", """
                {"title":"组织宣讲","actionable":true,"dueOn":"2030-01-01","evidenceKinds":[null]}
                """).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(org.hamcrest.Matchers.startsWith("evidenceKinds")))
                .andExpect(jsonPath("$.detail").value(containsString("evidenceKinds")));
    }

    private ResultActions reportPage(String percent, MockMultipartFile file, String reason) throws Exception {
        var request = multipart("/plans/assignments/{a}/items/{i}/progress", task, itemId)
                .param("text", "已完成。").param("percent", percent);
        if (file != null) {
            request.file(file);
        }
        if (reason != null) {
            request.param("missingEvidenceReason", reason);
        }
        return mvc.perform(request.with(fixtures.as(w.provinceAdminA())).with(csrf()));
    }

    private long reports() {
        return jdbc.sql("select count(*) from progress_report where assignment_id = ?").param(task)
                .query(Long.class).single();
    }
}
