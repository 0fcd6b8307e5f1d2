package org.luoshi.publicity.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bad input on submissions: each refused with a Chinese message naming the field, and nothing saved lost. */
@IntegrationTest
class SubmissionBadInputIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};

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
    void scriptsAndEventHandlersInTheBodyAreNeverStoredActive() throws Exception {
        MockHttpServletResponse created = world.send(world.countyEditor, post("/api/v1/publicity/submissions")
                .contentType(MediaType.APPLICATION_JSON).content(world.draftJson("带脚本的稿件" + world.tag,
                        "<p onclick='alert(1)'>正文<img src=x onerror='alert(2)'><script>alert(3)</script></p>",
                        null)));

        assertThat(created.getStatus()).isEqualTo(201);
        String body = PublicityWorld.json(created, "$.bodyHtml");
        assertThat(body).isEqualTo("<p>正文</p>");
        long id = ((Number) PublicityWorld.json(created, "$.id")).longValue();
        assertThat(jdbc.sql("select body_html from publicity_submission where id = ?").param(id)
                .query(String.class).single()).doesNotContain("script", "onclick", "onerror");
    }

    @Test
    void aPhotoThatIsNotAnImageIsRefusedAndAnImageIsKeptWithItsCaption() throws Exception {
        long id = world.draft("照片测试" + world.tag, null);

        MockHttpServletResponse refused = world.send(world.countyEditor, multipart("/api/v1/publicity/submissions/"
                + id + "/photos").file(new MockMultipartFile("file", "照片.jpg", "image/jpeg",
                        "%PDF-1.4 不是图片".getBytes(StandardCharsets.UTF_8))).param("caption", "活动现场"));
        assertRefused(refused, "file", "类型不被接受");

        MockHttpServletResponse kept = world.send(world.countyEditor, multipart("/api/v1/publicity/submissions/"
                + id + "/photos").file(new MockMultipartFile("file", "现场.png", "image/png", PNG))
                .param("caption", "活动现场"));
        assertThat(kept.getStatus()).isEqualTo(201);
        MockHttpServletResponse read = world.read(world.countyEditor, "/api/v1/publicity/submissions/" + id);
        assertThat((List<String>) PublicityWorld.json(read, "$.files[*].caption")).containsExactly("活动现场");
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedInChinese() throws Exception {
        long id = world.draft("附件测试" + world.tag, null);
        byte[] big = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        assertRefused(world.send(world.countyEditor, multipart("/api/v1/publicity/submissions/" + id
                + "/attachments").file(new MockMultipartFile("file", "大文件.pdf", "application/pdf", big))),
                "file", "超过");
    }

    @Test
    void aSubmissionGoesToTheParentWhateverTheRequestNamesAndASiblingNeitherSeesNorDecidesIt() throws Exception {
        long id = world.draft("报送给谁" + world.tag, null);

        MockHttpServletResponse submitted = world.send(world.countyEditor, post("/api/v1/publicity/submissions/"
                + id + "/submit").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reviewerUnitId\":" + world.siblingCounty + "}"));

        assertThat(submitted.getStatus()).isIn(200, 400);
        if (submitted.getStatus() == 200) {
            assertThat(((Number) PublicityWorld.json(submitted, "$.reviewerUnitId")).longValue())
                    .isEqualTo(world.city);
        }
        String url = "/api/v1/publicity/submissions/" + id;
        assertThat(world.read(world.siblingEditor, url).getStatus()).isEqualTo(404);
        assertThat(world.decide(world.siblingEditor, id, "ADOPTED", null).getStatus()).isEqualTo(404);
        assertThat(world.decide(world.provinceEditor, id, "ADOPTED", null).getStatus()).isEqualTo(409);
    }

    @Test
    void aLevelCannotAdoptTwice() throws Exception {
        long id = world.draft("重复采用" + world.tag, null);
        world.submit(world.countyEditor, id, null);
        assertThat(world.decide(world.cityEditor, id, "ADOPTED_RECOMMENDED", null).getStatus()).isEqualTo(200);

        MockHttpServletResponse twice = world.decide(world.cityEditor, id, "ADOPTED", null);

        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("本级已经采用过这篇稿件");
        assertThat(jdbc.sql("select count(*) from publicity_decision where submission_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnNeedsACommentNotAdoptingAReasonAndAResubmissionANote() throws Exception {
        long id = world.draft("意见必填" + world.tag, null);
        world.submit(world.countyEditor, id, null);

        assertRefused(world.decide(world.cityEditor, id, "RETURNED", null), "comment", "退回修改请填写");
        assertRefused(world.decide(world.cityEditor, id, "NOT_ADOPTED", " "), "comment", "理由");
        assertThat(world.decide(world.cityEditor, id, "RETURNED", "请补充照片").getStatus()).isEqualTo(200);
        assertRefused(world.submit(world.countyEditor, id, null), "note", "修改说明");
        assertThat((String) PublicityWorld.json(world.read(world.countyEditor, "/api/v1/publicity/submissions/" + id),
                "$.status")).isEqualTo("RETURNED");
    }

    @Test
    void theNationalBodyCannotRecommendAndAnUntitledDraftCannotBeSubmitted() throws Exception {
        long untitled = world.draft("", null);
        assertRefused(world.submit(world.countyEditor, untitled, null), "title", "标题");

        long id = world.draft("全国推荐" + world.tag, null);
        world.submit(world.countyEditor, id, null);
        world.decide(world.cityEditor, id, "RECOMMENDED", null);
        world.decide(world.provinceEditor, id, "RECOMMENDED", null);

        assertRefused(world.decide(world.nationEditor, id, "RECOMMENDED", null), "decision", "不能推荐上报");
    }

    @Test
    void theLeadingGroupReadsButDoesNotWrite() throws Exception {
        long id = world.draft("领导只读" + world.tag, null);

        assertThat(world.read(world.countyLeader, "/api/v1/publicity/submissions/" + id).getStatus()).isEqualTo(200);
        assertThat(world.send(world.countyLeader, post("/api/v1/publicity/submissions")
                .contentType(MediaType.APPLICATION_JSON).content(world.draftJson("领导起草", "<p>x</p>", null)))
                .getStatus()).isEqualTo(403);
        assertThat(world.submit(world.countyLeader, id, null).getStatus()).isEqualTo(403);
    }

    private static void assertRefused(MockHttpServletResponse response, String field, String words)
            throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains(words);
        assertThat((String) PublicityWorld.json(response, "$.field")).isEqualTo(field);
    }
}
