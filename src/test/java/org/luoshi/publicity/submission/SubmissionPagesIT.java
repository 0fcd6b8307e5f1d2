package org.luoshi.publicity.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The pages: drafting without JavaScript, autosave, the decision form only for the level whose turn it is. */
@IntegrationTest
class SubmissionPagesIT {

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
    void aDraftIsSavedWithTheSaveButtonAndByAutosave() throws Exception {
        MockHttpServletResponse created = world.send(world.countyEditor, post("/publicity/submissions/new")
                .param("kind", "NEWS").param("title", "页面起草" + world.tag).param("bodyHtml", "<p>第一段</p>")
                .param("action", "save"));
        assertThat(created.getStatus()).isEqualTo(302);
        String edit = created.getRedirectedUrl();
        long id = Long.parseLong(edit.replaceAll("\\D+(\\d+)/edit", "$1"));

        MockHttpServletResponse saved = world.send(world.countyEditor, post("/publicity/submissions/" + id
                + "/autosave").param("kind", "NEWS").param("title", "页面起草" + world.tag)
                .param("bodyHtml", "<p>第一段</p><p>第二段</p>").param("version", "0"));
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentAsString(StandardCharsets.UTF_8)).contains("已自动保存", "\"version\":1");
        assertThat(jdbc.sql("select body_html from publicity_submission where id = ?").param(id)
                .query(String.class).single()).contains("<p>第一段</p>", "<p>第二段</p>");

        MockHttpServletResponse stale = world.send(world.countyEditor, post("/publicity/submissions/" + id
                + "/autosave").param("kind", "NEWS").param("title", "旧页面").param("version", "0"));
        assertThat(stale.getStatus()).isEqualTo(409);

        String page = world.read(world.countyEditor, edit).getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-autosave", "保存并报送", "页面起草" + world.tag);
    }

    @Test
    void submittingWithoutATitleComesBackWithTheMessageAndWhatWasTyped() throws Exception {
        long id = world.draft("", null);

        MockHttpServletResponse refused = world.send(world.countyEditor, post("/publicity/submissions/" + id
                + "/edit").param("kind", "CASE").param("title", "").param("bodyHtml", "<p>写好的正文</p>")
                .param("version", "0").param("action", "submit"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("请填写“标题”后再报送", "写好的正文");
        assertThat(jdbc.sql("select body_html from publicity_submission where id = ?").param(id)
                .query(String.class).single()).isEqualTo("<p>写好的正文</p>");
    }

    @Test
    void theDecisionFormIsOfferedToTheLevelWhoseTurnItIsAndTheQueueShowsTheDueDate() throws Exception {
        long id = world.draft("页面审核" + world.tag, world.item());
        world.submit(world.countyEditor, id, null);

        String county = world.read(world.countyEditor, "/publicity/submissions/" + id)
                .getContentAsString(StandardCharsets.UTF_8);
        String city = world.read(world.cityEditor, "/publicity/submissions/" + id)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(county).contains("审核中").doesNotContain("提交审核意见");
        assertThat(city).contains("提交审核意见", "采用并推荐上报");
        String queue = world.read(world.cityEditor, "/publicity/queue?unitId=" + world.county)
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("页面审核" + world.tag, world.due.toString());

        org.springframework.test.web.servlet.MvcResult returned = world.perform(world.cityEditor,
                post("/publicity/submissions/" + id + "/decide").param("decision", "RETURNED").param("comment", ""));
        assertThat(returned.getResponse().getStatus()).isEqualTo(302);
        assertThat(returned.getFlashMap().get("flashError")).asString().contains("退回修改请填写");
        world.send(world.cityEditor, post("/publicity/submissions/" + id + "/decide").param("decision", "RETURNED")
                .param("comment", "请补充照片"));
        assertThat(world.read(world.countyEditor, "/publicity/submissions/" + id)
                .getContentAsString(StandardCharsets.UTF_8)).contains("请补充照片", "退回修改", "修改说明");
        assertThat(world.read(world.countyEditor, "/publicity/submissions")
                .getContentAsString(StandardCharsets.UTF_8)).contains("页面审核" + world.tag);
        assertThat(world.read(world.countyEditor, "/publicity/submissions/" + id + "/versions/1").getStatus())
                .isEqualTo(200);
        assertThat(world.read(world.countyEditor, "/publicity/submissions/export.xlsx").getStatus())
                .isEqualTo(200);
    }
}
