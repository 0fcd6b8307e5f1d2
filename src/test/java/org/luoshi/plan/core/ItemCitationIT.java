package org.luoshi.plan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Items listed away from their headings are cited with them: the seed plan has a （一） under 三、 and another
 * under 四、, and a roll-up or a unit's task page that printed both as （一） would leave the reader guessing.
 */
@IntegrationTest
class ItemCitationIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PlanApi api;
    PlanApi.World w;
    long planId;
    long arrangements;
    long implementation;

    @BeforeEach
    void setUp() throws Exception {
        api = new PlanApi(fixtures, jdbc, mvc);
        w = api.world();
        long[] draft = api.draft(w.nationAdmin());
        planId = draft[0];
        jdbc.sql("delete from plan_item where id = ?").param(draft[1]).update();
        arrangements = item("三、", "工作安排", null, false);
        implementation = item("四、", "组织实施", null, false);
        item("（一）", "做好统筹部署", arrangements, true);
        item("（一）", "提高政治站位", implementation, true);
    }

    @Test
    void rollupAndTaskPageCiteEachItemWithItsHeading() throws Exception {
        long provinceTask = api.issuedToChildren(w, planId);

        assertThat(PlanApi.<List<String>>json(api.get(w.nationAdmin(), "/api/v1/plans/" + planId + "/rollup")
                .andExpect(status().isOk()), "$.items[*].numbering")).containsExactly("三（一）", "四（一）");
        String taskPage = api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(taskPage.indexOf("三（一）做好统筹部署")).isPositive()
                .isLessThan(taskPage.indexOf("四（一）提高政治站位"));
        byte[] report = api.get(w.nationAdmin(), "/api/v1/plans/" + planId + "/report.docx")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("三（一）", "四（一）");
        }
    }

    @Test
    void renumberingAHeadingReCitesTheItemsBelowIt() throws Exception {
        api.putJson(w.nationAdmin(), "/api/v1/plans/" + planId + "/items/" + implementation,
                "{\"numbering\":\"五、\",\"title\":\"组织实施\"}").andExpect(status().isOk());

        assertThat(PlanApi.<List<String>>json(api.get(w.nationAdmin(), "/api/v1/plans/" + planId),
                "$.items[*].children[*].citation")).containsExactly("三（一）", "五（一）");
    }

    @Test
    void anItemAddedLaterUnderAnEarlierHeadingIsListedWithIt() throws Exception {
        item("（二）", "组织开展学习宣传", arrangements, true);
        long provinceTask = api.issuedToChildren(w, planId);

        String taskPage = api.get(w.provinceAdminA(), "/plans/assignments/" + provinceTask).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(taskPage.indexOf("三（二）组织开展学习宣传")).isPositive()
                .isLessThan(taskPage.indexOf("四（一）提高政治站位"));
    }

    private long item(String numbering, String title, Long parent, boolean actionable) throws Exception {
        String json = """
                {"numbering":"%s","title":"%s","parentId":%s,"actionable":%s,"dueOn":"%s","evidenceKinds":["TEXT_REPORT"]}
                """.formatted(numbering, title, parent, actionable, LocalDate.now().plusDays(30));
        return PlanApi.id(api.postJson(w.nationAdmin(), "/api/v1/plans/" + planId + "/items", json)
                .andExpect(status().isCreated()));
    }
}
