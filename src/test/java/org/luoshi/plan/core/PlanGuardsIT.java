package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The rules the workflow guards, each as a user would run into it. */
@IntegrationTest
class PlanGuardsIT {

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
    long provinceTask;

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] plan = api.draft(w.nationAdmin());
        planId = plan[0];
        itemId = plan[1];
        provinceTask = api.issuedToChildren(w, planId);
    }

    @Test
    void provinceCannotReportBeforeAcknowledging() throws Exception {
        api.report(w.provinceAdminA(), provinceTask, itemId, null, null, null).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("请先签收")));
    }

    @Test
    void countyCannotAcknowledgeAPlanNotIssuedToIt() throws Exception {
        api.acknowledge(w.countyAdminA(), provinceTask).andExpect(status().isNotFound());
        api.acknowledge(w.nationAdmin(), provinceTask).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from assignment where plan_id = ? and unit_id = ?").param(planId)
                .param(w.countyA()).query(Long.class).single()).isZero();
    }

    @Test
    void onlyTheAssignerReviewsAndASiblingProvinceSeesNothing() throws Exception {
        long countyTask = forwardedToCounty();
        api.postJson(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask + "/measures",
                "{\"itemId\":%d,\"content\":\"集中学习\",\"responsible\":\"李四\"}".formatted(itemId));
        api.postJson(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/submit", "{}")
                .andExpect(status().isOk());
        api.postJson(w.provinceAdminB(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/approve",
                "{}").andExpect(status().isNotFound());
        api.postJson(w.nationAdmin(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/approve",
                "{}").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("下达该任务的上级单位")));
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + countyTask + "/implementation-plan/return",
                "{\"comment\":\"请补充时间安排\"}").andExpect(jsonPath("$.implStatus").value("RETURNED"))
                .andExpect(jsonPath("$.implComment").value("请补充时间安排"));
    }

    @Test
    void forwardDueDateLaterThanOwnIsRefusedInChinese() throws Exception {
        api.acknowledge(w.provinceAdminA(), provinceTask).andExpect(status().isOk());
        api.forwardToChildren(w.provinceAdminA(), provinceTask, itemId, LocalDate.now().plusDays(45))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("due" + itemId))
                .andExpect(jsonPath("$.detail").value(containsString("晚于本单位的时限")));
    }

    @Test
    void staleVersionIsAConflict() throws Exception {
        api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask + "/acknowledge",
                "{\"version\":7}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被他人修改")));
        api.postJson(w.nationAdmin(), "/api/v1/plans/" + planId, "{}").andExpect(status().is4xxClientError());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/plans/" + planId)
                .contentType("application/json").content("{\"title\":\"新标题\",\"version\":0}")
                .with(fixtures.as(w.nationAdmin())).with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void doubleSubmitWithOneKeyMakesOneReport() throws Exception {
        api.acknowledge(w.provinceAdminA(), provinceTask);
        long first = PlanApi.id(api.report(w.provinceAdminA(), provinceTask, itemId, "same-key-" + provinceTask,
                PlanApi.PNG, "a.png").andExpect(status().isCreated()));
        long second = PlanApi.id(api.report(w.provinceAdminA(), provinceTask, itemId, "same-key-" + provinceTask,
                PlanApi.PNG, "a.png").andExpect(status().isCreated()));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("select count(*) from progress_report where assignment_id = ?").param(provinceTask)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnedReportStaysWithItsReviewAndTheUnitReportsAgain() throws Exception {
        api.acknowledge(w.provinceAdminA(), provinceTask);
        long reportId = PlanApi.id(api.report(w.provinceAdminA(), provinceTask, itemId, null, null, null,
                "照片还在冲印"));
        api.postJson(w.nationAdmin(), "/api/v1/plans/reports/" + reportId + "/return", "{\"comment\":\"缺少照片\"}")
                .andExpect(jsonPath("$.status").value("RETURNED"));
        api.report(w.provinceAdminA(), provinceTask, itemId, null, PlanApi.PNG, "b.png")
                .andExpect(status().isCreated());
        api.get(w.provinceAdminA(), "/api/v1/plans/assignments/" + provinceTask)
                .andExpect(jsonPath("$.items[0].status").value("REPORTED"))
                .andExpect(jsonPath("$.items[0].reports.length()").value(2))
                .andExpect(jsonPath("$.items[0].reports[1].status").value("RETURNED"))
                .andExpect(jsonPath("$.items[0].reports[1].reviewComment").value("缺少照片"));
        api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask)
                .andExpect(content().string(containsString("缺少照片")));
    }

    @Test
    void anExecutableNamedPdfIsRefused() throws Exception {
        mvc.perform(multipart("/api/v1/plans/{id}/attachments", api.draft(w.nationAdmin())[0])
                        .file(new MockMultipartFile("file", "方案.pdf", "application/pdf", PlanApi.EXE))
                        .with(fixtures.as(w.nationAdmin())).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString("类型不被接受")));
        api.acknowledge(w.provinceAdminA(), provinceTask);
        api.report(w.provinceAdminA(), provinceTask, itemId, null, PlanApi.EXE, "照片.pdf")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("files"));
        assertThat(jdbc.sql("select count(*) from progress_report where assignment_id = ?").param(provinceTask)
                .query(Long.class).single()).isZero();
    }

    @Test
    void docNumberIsUniquePerIssuerAndYear() throws Exception {
        String body = "{\"title\":\"甲\",\"docNumber\":\"测发〔2023〕1号-" + planId + "\"}";
        api.postJson(w.nationAdmin(), "/api/v1/plans", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.docYear").value(2023));
        api.postJson(w.nationAdmin(), "/api/v1/plans", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("docNumber"));
        api.postJson(w.nationAdmin(), "/api/v1/plans", "{\"title\":\"乙\",\"docNumber\":\"无年份5号\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("年份")));
    }

    @Test
    void aPercentageThatIsNotANumberIsNamedInChineseAndTheTextStays() throws Exception {
        api.acknowledge(w.provinceAdminA(), provinceTask);

        mvc.perform(multipart("/plans/assignments/{a}/items/{i}/progress", provinceTask, itemId)
                        .param("text", "已组织学习两次").param("percent", "六十")
                        .with(fixtures.as(w.provinceAdminA())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("“完成百分比”须是 0 到 100 之间的整数")))
                .andExpect(content().string(containsString("已组织学习两次")));
        mvc.perform(multipart("/api/v1/plans/assignments/{a}/items/{i}/reports", provinceTask, itemId)
                        .param("text", "已组织学习两次").param("percent", "NaN")
                        .with(fixtures.as(w.provinceAdminA())).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("percent"))
                .andExpect(jsonPath("$.detail").value(containsString("完成百分比（percent）")));
    }

    @Test
    void aRejectedDraftFormKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/plans/new").param("title", "").param("docNumber", "中老科协发〔2024〕9号")
                        .with(fixtures.as(w.nationAdmin())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("中老科协发〔2024〕9号")))
                .andExpect(content().string(containsString("“标题”不能为空")));
    }

    @Test
    void wordDocumentBecomesTheItemTree() throws Exception {
        byte[] docx = docx("关于开展学习的通知", "各单位：现将方案印发给你们。", "一、指导思想", "高举旗帜。",
                "二、工作安排", "（一）做好统筹部署", "成立领导小组。", "（二）组织开展学习宣传。会长带头学习。",
                "1. 专题学习", "2、辅导报告会");
        String json = mvc.perform(multipart("/api/v1/plans/import")
                        .file(new MockMultipartFile("file", "方案.docx", "application/octet-stream", docx))
                        .with(fixtures.as(w.nationAdmin())).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.title"))
                .isEqualTo("关于开展学习的通知");
        assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.bodyHtml")).contains("现将方案印发给你们");
        assertThat((java.util.List<String>) com.jayway.jsonpath.JsonPath.read(json, "$.items[*].title"))
                .containsExactly("指导思想", "工作安排");
        assertThat((java.util.List<String>) com.jayway.jsonpath.JsonPath.read(json, "$.items[1].children[*].title"))
                .containsExactly("做好统筹部署", "组织开展学习宣传");
        assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.items[1].children[0].body"))
                .isEqualTo("成立领导小组。");
        assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.items[1].children[1].body"))
                .isEqualTo("会长带头学习。");
        assertThat((java.util.List<String>) com.jayway.jsonpath.JsonPath.read(json,
                "$.items[1].children[1].children[*].numbering")).containsExactly("1.", "2、");
        assertThat((java.util.List<String>) com.jayway.jsonpath.JsonPath.read(json,
                "$.items[1].children[1].children[*].citation")).containsExactly("二（二）1.", "二（二）2、");
    }

    @Test
    void onlyAUnitWithUnitsBelowItIsOfferedForwarding() throws Exception {
        long countyTask = forwardedToCounty();

        assertThat(api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask).andReturn().getResponse()
                .getContentAsString()).contains("/plans/assignments/" + provinceTask + "/forward");
        assertThat(api.get(w.countyAdminA(), "/plans/assignments/" + countyTask).andReturn().getResponse()
                .getContentAsString()).doesNotContain("/forward");
        assertThat((Boolean) PlanApi.json(api.get(w.countyAdminA(), "/api/v1/plans/assignments/" + countyTask),
                "$.actions.forward")).isFalse();
    }

    private long forwardedToCounty() throws Exception {
        api.acknowledge(w.provinceAdminA(), provinceTask);
        api.forwardToChildren(w.provinceAdminA(), provinceTask, itemId, LocalDate.now().plusDays(10));
        long countyTask = api.assignment(planId, w.countyA());
        api.acknowledge(w.countyAdminA(), countyTask).andExpect(status().isOk());
        return countyTask;
    }

    static byte[] docx(String... paragraphs) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
