package org.luoshi.plan.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The 工作情况报告 a secretary sends upward tells, unit by unit, what was done and what comes next, with photos. */
@IntegrationTest
class WorkReportNarrativeIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Tree tree;
    PlanFixtures.Plan plan;
    String adminA;

    /**
     * Province A forwarded the plan to its county; the county planned a measure for each item, and its report on the
     * first item, with a photo, was accepted with a comment; the second item is still open.
     */
    @BeforeEach
    void aCountyThatDidHalfItsWork() throws Exception {
        tree = fixtures.tree();
        LocalDate today = LocalDate.now(TestClock.INSTANCE);
        plan = plans.plan(tree.root(), "报告叙述测试方案", today.plusDays(10), today.plusDays(30));
        long provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        long countyTask = plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask);
        plans.acknowledge(countyTask);
        measure(countyTask, plan.itemIds().get(0), "每月组织一次集中学习", "王秘书长");
        measure(countyTask, plan.itemIds().get(1), "走访十户老科技工作者", "李主任");
        long report = jdbc.sql("""
                insert into progress_report (assignment_id, item_id, text, percent, status, submitted_by, submitted_at,
                                             review_comment, reviewed_by, reviewed_by_name, reviewed_at)
                values (?, ?, '全县集中学习三次，参加 120 人次。', 100, 'ACCEPTED', 0, now() - interval '2 days',
                        '以老带新结对学习的做法值得推广', 0, '甲省审核员', now() - interval '1 day')
                returning id
                """).param(countyTask).param(plan.itemIds().get(0)).query(Long.class).single();
        byte[] png = png();
        long file = jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content)
                values ('学习现场.png', 'image/png', ?, ?, ?) returning id
                """).param(png.length).param(new byte[32]).param(png).query(Long.class).single();
        jdbc.sql("insert into progress_evidence (report_id, file_id) values (?, ?)").param(report).param(file).update();
        plans.accept(countyTask, plan.itemIds().get(0), today.minusDays(1));
        adminA = fixtures.account("narrative-admin", tree.provinceA(), Role.UNIT_ADMIN);
    }

    @Test
    void eachUnitsMeasuresProgressWithPhotosExperienceAndNextStepsAreInTheReport() throws Exception {
        byte[] docx = mvc.perform(get("/plans/{id}/report.docx", plan.id()).with(fixtures.as(adminA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            String county = text.substring(text.indexOf("二、各单位工作情况"));
            county = county.substring(county.indexOf("甲省一县老科协"), county.indexOf("三、滞后单位"));
            assertThat(county)
                    .contains("（一）落实举措", "每月组织一次集中学习。责任人：王秘书长", "走访十户老科技工作者")
                    .contains("（二）工作进展", "全县集中学习三次，参加 120 人次。", "图1　甲省一县老科协：报告叙述测试方案 item 1")
                    .contains("（三）经验做法", "以老带新结对学习的做法值得推广（甲省审核员审核意见）")
                    .contains("（四）下一步工作", "报告叙述测试方案 item 2：完成时限", "举措：走访十户老科技工作者（李主任）")
                    .doesNotContain("报告叙述测试方案 item 1：完成时限");
            assertThat(text.indexOf("甲省老科协", text.indexOf("二、各单位工作情况")))
                    .as("the province's own section comes before its county's")
                    .isLessThan(text.indexOf("甲省一县老科协", text.indexOf("二、各单位工作情况")));
            assertThat(document.getAllPictures()).hasSize(1);
        }
    }

    private void measure(long assignment, long item, String content, String responsible) {
        jdbc.sql("insert into measure (assignment_id, item_id, content, responsible) values (?, ?, ?, ?)")
                .param(assignment).param(item).param(content).param(responsible).update();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
