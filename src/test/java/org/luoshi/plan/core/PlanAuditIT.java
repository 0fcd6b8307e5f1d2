package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Audit without gaps (issue 10 §14): every change of a plan and of its measures is logged before and after. */
@IntegrationTest
class PlanAuditIT {

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

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] plan = api.draft(w.nationAdmin());
        planId = plan[0];
        itemId = plan[1];
    }

    @Test
    void editingADraftRecordsItsBodyBeforeAndAfter() throws Exception {
        api.putJson(w.nationAdmin(), "/api/v1/plans/" + planId,
                "{\"title\":\"学习宣传贯彻工作方案\",\"bodyHtml\":\"<p>改过的正文</p>\",\"version\":1}")
                .andExpect(status().isOk());

        Map<String, Object> change = last("plan.update", "plan", planId);
        assertThat((String) change.get("before")).contains("<p>正文</p>");
        assertThat((String) change.get("after")).contains("<p>改过的正文</p>");
    }

    @Test
    void updatingAndRemovingAnItemRecordWhatItWasAndBecame() throws Exception {
        api.putJson(w.nationAdmin(), "/api/v1/plans/" + planId + "/items/" + itemId, """
                {"numbering":"（二）","title":"组织专题宣讲","actionable":true,"dueOn":"2030-01-01",
                 "evidenceKinds":["PHOTOS"],"version":%d}""".formatted(version())).andExpect(status().isOk());

        Map<String, Object> update = last("plan.item.update", "plan", planId);
        assertThat((String) update.get("before")).contains("组织开展学习宣传", "TEXT_REPORT");
        assertThat((String) update.get("after")).contains("组织专题宣讲", "2030-01-01").doesNotContain("TEXT_REPORT");

        api.delete(w.nationAdmin(), "/api/v1/plans/" + planId + "/items/" + itemId + "?version=" + version())
                .andExpect(status().isNoContent());

        Map<String, Object> removal = last("plan.item.remove", "plan", planId);
        assertThat((String) removal.get("before")).contains("组织专题宣讲");
        assertThat(removal.get("after")).isNull();
    }

    @Test
    void removingAnAttachmentRecordsWhichFileItWas() throws Exception {
        long fileId = PlanApi.id(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/api/v1/plans/{id}/attachments", planId)
                .file(new MockMultipartFile("file", "通知附件.png", "image/png", PlanApi.PNG))
                .with(fixtures.as(w.nationAdmin())).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf())).andExpect(status().isCreated()));

        api.delete(w.nationAdmin(), "/api/v1/plans/" + planId + "/attachments/" + fileId)
                .andExpect(status().isNoContent());

        Map<String, Object> removal = last("plan.attachment.remove", "plan", planId);
        assertThat((String) removal.get("before")).contains("通知附件.png");
        assertThat(removal.get("after")).isNull();
    }

    @Test
    void addingAndEditingAMeasureRecordItsContentBeforeAndAfter() throws Exception {
        long task = api.issuedToChildren(w, planId);
        api.acknowledge(w.provinceAdminA(), task).andExpect(status().isOk());
        long measure = PlanApi.id(api.postJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + task + "/measures",
                "{\"itemId\":%d,\"content\":\"每月集中学习一次\",\"responsible\":\"张三\"}".formatted(itemId))
                .andExpect(status().isCreated()));

        Map<String, Object> added = last("plan.measure.add", "assignment", task);
        assertThat(added.get("before")).isNull();
        assertThat((String) added.get("after")).contains("每月集中学习一次", "张三");

        api.putJson(w.provinceAdminA(), "/api/v1/plans/assignments/" + task + "/measures/" + measure,
                "{\"itemId\":%d,\"content\":\"每两周集中学习一次\",\"responsible\":\"李四\"}".formatted(itemId))
                .andExpect(status().isOk());

        Map<String, Object> edited = last("plan.measure.update", "assignment", task);
        assertThat((String) edited.get("before")).contains("每月集中学习一次", "张三");
        assertThat((String) edited.get("after")).contains("每两周集中学习一次", "李四");
    }

    private int version() {
        return jdbc.sql("select version from plan where id = ?").param(planId).query(Integer.class).single();
    }

    private Map<String, Object> last(String action, String entityType, long entityId) {
        return jdbc.sql("""
                select before_state::text as before, after_state::text as after from audit_event
                 where action = ? and entity_type = ? and entity_id = ? order by id desc limit 1
                """).param(action).param(entityType).param(String.valueOf(entityId)).query().singleRow();
    }
}
