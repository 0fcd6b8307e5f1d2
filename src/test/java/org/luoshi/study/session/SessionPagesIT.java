package org.luoshi.study.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.study.internal.report.StudyReportScope;
import org.luoshi.study.internal.report.StudyReportSection;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The session pages: a refused form keeps what was typed and says why beside the field; the report's part. */
@IntegrationTest
class SessionPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<StudyReportSection> sections;
    @Autowired
    UnitDirectory units;

    SessionWorld world;

    @BeforeEach
    void world() {
        world = new SessionWorld(fixtures, plans, jdbc, mvc);
    }

    @Test
    void aFormWithAFutureDateComesBackAsTypedWithTheReasonBesideTheDate() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/study/sessions/new").with(fixtures.as(
                world.countyAdminA)).with(csrf()).param("form", "THEMATIC")
                .param("heldOn", SessionWorld.today().plusDays(2).toString()).param("durationMinutes", "90")
                .param("topic", "未来的学习" + world.tag).param("attendeeIds", String.valueOf(world.membersA.get(0)))
                .param("itemId", String.valueOf(world.item())).param("action", "save")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"heldOn-error\"", "只能记录已经举行的学习", "未来的学习" + world.tag,
                "张学" + world.tag);
        assertThat(jdbc.sql("select count(*) from study_session where unit_id = ?").param(world.tree.countyA())
                .query(Long.class).single()).isZero();
    }

    @Test
    void searchingByUnitOffersItsMembersWithoutSaving() throws Exception {
        String page = mvc.perform(post("/study/sessions/new").with(fixtures.as(world.countyAdminA)).with(csrf())
                .param("memberUnitId", String.valueOf(world.tree.countyA())).param("action", "search"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("李习" + world.tag, "王读" + world.tag).doesNotContain("赵外" + world.tag);
        assertThat(jdbc.sql("select count(*) from study_session where unit_id = ?").param(world.tree.countyA())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aSignInSheetThatIsNeitherImageNorPdfIsRefusedOnThePageAndTheSessionStays() throws Exception {
        long id = world.record(SessionWorld.today(), world.item());

        var refused = mvc.perform(multipart("/study/sessions/" + id + "/sign-in-sheet").file(new MockMultipartFile(
                "file", "签到表.docx", "application/octet-stream", "PK\u0003\u0004word/".getBytes()))
                .with(fixtures.as(world.countyAdminA)).with(csrf())).andReturn();
        String error = (String) refused.getFlashMap().get("flashError");
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl().replaceAll("#.*", ""))
                .with(fixtures.as(world.countyAdminA))).andReturn().getResponse().getContentAsString();

        assertThat(error).contains("签到表.docx", "类型不被接受", "PDF");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/study/sessions/" + id + "#sign-in");
        assertThat(page).contains("学习党的二十大报告" + world.tag, "未上传签到表");
    }

    @Test
    void aPlannedSessionWithoutADayComesBackAsTypedWithTheReasonBesideTheDay() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/study/plans/" + world.plan.id() + "/planned")
                .with(fixtures.as(world.countyAdminA)).with(csrf()).param("form", "SEMINAR")
                .param("topic", "研讨" + world.tag).param("leadName", "李书记")).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"plannedOn-error\"", "请填写计划日期",
                "研讨" + world.tag, "李书记");
    }

    @Test
    void theReportStatesSessionsByFormAndLeadersOverTheSubtree() throws Exception {
        world.record(SessionWorld.today().minusDays(1), world.item());
        world.record(SessionWorld.today(), null);
        StudyReportSection section = sections.stream().filter(s -> s.order() == 20).findFirst().orElseThrow();

        XWPFDocument document = new XWPFDocument();
        section.write(new StudyReportScope(units.find(world.tree.provinceA()).orElseThrow(),
                SessionWorld.today(), null), document);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        String text;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                new java.io.ByteArrayInputStream(out.toByteArray())))) {
            text = extractor.getText();
        }

        assertThat(text).contains("共记录集体学习 2 次，参加 12 人次", "带头学习 2 次", "专题学习\t2\t12", "会长\t2",
                "副会长\t0");
    }
}
