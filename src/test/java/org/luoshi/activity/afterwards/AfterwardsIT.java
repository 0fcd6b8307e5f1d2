package org.luoshi.activity.afterwards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.ActivityWorld;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** 活动总结 and 生成新闻稿: the summary and photos of a held activity, and the one step (once) to a 工作动态 draft. */
@IntegrationTest
class AfterwardsIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    ActivityWorld world;
    LocalDateTime yesterday;

    @BeforeEach
    void world() {
        world = new ActivityWorld(fixtures, plans, mvc);
        yesterday = ActivityWorld.today().minusDays(1).atTime(9, 30);
    }

    @Test
    void theSummaryIsSanitisedAuditedAndShownOnlyOnceHeldAndOnlyToTheOrganisersStaff() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("座谈" + world.tag, yesterday,
                yesterday.plusHours(2), ""));
        String url = "/api/v1/activities/" + id + "/summary";
        MockHttpServletResponse early = world.putJson(world.provinceAdminA, url, "{\"summaryHtml\":\"<p>早</p>\"}");
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains("已举办");
        held(id);

        MockHttpServletResponse empty = world.putJson(world.provinceAdminA, url, "{\"summaryHtml\":\"<p> </p>\"}");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(empty.getContentAsString(), "$.field")).isEqualTo("summaryHtml");
        assertThat((String) JsonPath.read(empty.getContentAsString(), "$.detail")).contains("总结内容");

        MockHttpServletResponse saved = world.putJson(world.provinceAdminA, url,
                "{\"summaryHtml\":\"<p onclick=\\\"x()\\\">交流<strong>热烈</strong><script>alert(1)</script></p>\","
                        + "\"version\":0}");
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(saved.getContentAsString(), "$.summaryHtml"))
                .isEqualTo("<p>交流<strong>热烈</strong></p>");
        assertThat(world.putJson(world.provinceAdminA, url, "{\"summaryHtml\":\"<p>旧页面</p>\",\"version\":0}")
                .getStatus()).isEqualTo(409);
        assertThat(audit(id)).contains("activity.summary");

        assertThat(world.get(world.provinceAdminB, url).getStatus()).isEqualTo(404);
        assertThat(world.putJson(world.provinceAdminB, url, "{\"summaryHtml\":\"<p>别人</p>\"}").getStatus())
                .isEqualTo(404);
        MockHttpServletResponse byEditor = world.putJson(world.countyEditorA, url, "{\"summaryHtml\":\"<p>x</p>\"}");
        assertThat(byEditor.getStatus()).isIn(403, 404);
        MockHttpServletResponse form = world.get(world.provinceAdminA, "/activities/" + id + "/summary");
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("保存总结", "data-rich-text", "上传照片");
        assertThat(world.get(world.countyEditorA, "/activities/" + id + "/summary").getStatus()).isIn(403, 404);
        MockHttpServletResponse typed = mvc.perform(post("/activities/" + id + "/summary")
                .param("summaryHtml", "交流热烈\n成效明显").param("version", "1")
                .with(fixtures.as(world.provinceAdminA)).with(csrf())).andReturn().getResponse();
        assertThat(typed.getRedirectedUrl()).isEqualTo("/activities/" + id);
        assertThat(jdbc.sql("select summary_html from activity_summary where activity_id = ?").param(id)
                .query(String.class).single()).contains("<p>交流热烈</p>", "<p>成效明显</p>");
        String page = world.get(world.provinceAdminA, "/activities/" + id).getContentAsString();
        assertThat(page).contains("活动总结", "<p>成效明显</p>", "编写总结", "生成新闻稿")
                .doesNotContain("alert(1)");
    }

    @Test
    void photosGetThumbnailsAndOnlyImagesAreKept() throws Exception {
        long id = heldActivity("照片");
        MockHttpServletResponse added = upload(id, "现场.png", png(), "主会场");
        assertThat(added.getStatus()).isEqualTo(200);
        long fileId = ((Number) JsonPath.read(added.getContentAsString(), "$.id")).longValue();
        Map<String, Object> row = jdbc.sql("select caption, thumbnail_id from activity_photo where activity_id = ?")
                .param(id).query().singleRow();
        assertThat(row.get("caption")).isEqualTo("主会场");
        assertThat(row.get("thumbnail_id")).isNotNull();
        MockHttpServletResponse thumbnail = world.get(world.provinceAdminA,
                "/activities/" + id + "/photos/" + fileId + "/thumbnail");
        assertThat(thumbnail.getStatus()).isEqualTo(200);
        assertThat(thumbnail.getContentType()).isEqualTo("image/jpeg");
        assertThat(world.get(world.provinceAdminB, "/api/v1/activities/" + id + "/photos/" + fileId).getStatus())
                .isEqualTo(404);

        MockHttpServletResponse pdf = upload(id, "总结.pdf", "%PDF-1.4 总结".getBytes(), null);
        assertThat(pdf.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(pdf.getContentAsString(), "$.field")).isEqualTo("file");
        assertThat(world.send(world.provinceAdminA, delete("/api/v1/activities/" + id + "/photos/" + fileId), "")
                .getStatus()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from activity_photo where activity_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(audit(id)).contains("activity.photo.add", "activity.photo.remove");
    }

    @Test
    void oneStepMakesAWorkNewsDraftWithTheFiguresSummaryPhotosAndLinkAndASecondClickShowsTheSameDraft()
            throws Exception {
        long delegate = ((Number) JsonPath.read(world.postJson(world.provinceAdminA, "/api/v1/activities/speakers",
                "{\"name\":\"李代表" + world.tag + "\",\"post\":\"党的二十大代表\",\"congressDelegate\":true}")
                .getContentAsString(), "$.speaker.id")).longValue();
        long id = world.create(world.provinceAdminA, world.body("宣讲" + world.tag, yesterday, yesterday.plusHours(2),
                ",\"kind\":\"TALK\",\"speakerIds\":[" + delegate + "]"));
        held(id);
        MockHttpServletResponse noSummary = world.postJson(world.provinceAdminA, "/api/v1/activities/" + id
                + "/news", "");
        assertThat(noSummary.getStatus()).isEqualTo(409);
        assertThat(noSummary.getContentAsString()).contains("总结");
        world.putJson(world.provinceAdminA, "/api/v1/activities/" + id + "/summary",
                "{\"summaryHtml\":\"<p>代表结合亲身经历宣讲</p>\"}");
        upload(id, "现场.png", png(), "宣讲现场");
        for (String guest : List.of("来宾甲", "来宾乙")) {
            jdbc.sql("""
                    insert into activity_checkin (activity_id, name, guest_unit, method, checked_in_at)
                    values (?, ?, '来宾', 'WALK_IN', now())""").param(id).param(guest).update();
        }

        MockHttpServletResponse page = mvc.perform(post("/activities/" + id + "/news").with(fixtures.as(
                world.provinceAdminA)).with(csrf())).andReturn().getResponse();
        long draft = jdbc.sql("select news_submission_id from activity_summary where activity_id = ?").param(id)
                .query(Long.class).single();
        assertThat(page.getRedirectedUrl()).isEqualTo("/publicity/submissions/" + draft);
        Map<String, Object> row = jdbc.sql("""
                select kind, status, title, body_html, activity_id, unit_id from publicity_submission where id = ?
                """).param(draft).query().singleRow();
        assertThat(row).containsEntry("kind", "NEWS").containsEntry("status", "DRAFT")
                .containsEntry("title", "宣讲" + world.tag).containsEntry("activity_id", id)
                .containsEntry("unit_id", world.tree.provinceA());
        assertThat((String) row.get("body_html")).contains("活动形式：宣讲", "活动地点：省科技馆报告厅",
                "参加的党的二十大代表：李代表" + world.tag, "签到参加：2 人", "<p>代表结合亲身经历宣讲</p>");
        assertThat(jdbc.sql("select role || ':' || caption from publicity_submission_file where submission_id = ?")
                .param(draft).query(String.class).list()).containsExactly("PHOTO:宣讲现场");

        MockHttpServletResponse again = world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/news",
                "");
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(((Number) JsonPath.read(again.getContentAsString(), "$.submissionId")).longValue())
                .isEqualTo(draft);
        assertThat((Boolean) JsonPath.read(again.getContentAsString(), "$.created")).isFalse();
        assertThat(jdbc.sql("select count(*) from publicity_submission where activity_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        String detail = world.get(world.provinceAdminA, "/activities/" + id).getContentAsString();
        assertThat(detail).contains("/publicity/submissions/" + draft, "查看新闻稿").doesNotContain(">生成新闻稿<");
        assertThat(audit(id)).contains("activity.news");
        assertThat(world.get(world.provinceAdminA, "/publicity/submissions/" + draft).getStatus()).isEqualTo(200);
    }

    private long heldActivity(String title) throws Exception {
        long id = world.create(world.provinceAdminA, world.body(title + world.tag, yesterday, yesterday.plusHours(2),
                ""));
        held(id);
        return id;
    }

    private void held(long id) throws Exception {
        assertThat(world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/held", "").getStatus())
                .isEqualTo(200);
    }

    private MockHttpServletResponse upload(long id, String name, byte[] content, String caption) throws Exception {
        var request = multipart("/api/v1/activities/" + id + "/photos")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content));
        if (caption != null) {
            request.param("caption", caption);
        }
        return mvc.perform(request.with(fixtures.as(world.provinceAdminA)).with(csrf())).andReturn().getResponse();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action from audit_event where entity_type = 'activity' and entity_id = ?")
                .param(String.valueOf(id)).query(String.class).list();
    }
}
