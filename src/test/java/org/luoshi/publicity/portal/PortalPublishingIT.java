package org.luoshi.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public portal and its feeds against the editors' API: what is published shows (with images, share tags and
 * feeds that parse back), what is scheduled or withdrawn does not, anywhere; a withdrawn page says why (410).
 */
@IntegrationTest
class PortalPublishingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PortalWorld world;

    @BeforeEach
    void world() {
        world = new PortalWorld(fixtures, jdbc);
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void anAdoptedSubmissionPublishedByTheAdoptingUnitShowsWithItsPhotoShareTagsAndPrintView() throws Exception {
        long submission = world.submission(world.tree.countyA(), "县里的典型案例" + world.tag);
        world.decide(submission, world.tree.provinceA(), "ADOPTED");
        long photo = world.photo(submission);

        MockHttpServletResponse created = postJson(world.editorA, "/api/v1/publicity/articles/from-submission",
                "{\"submissionId\":" + submission + "}");
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.source")).isEqualTo("甲省一县老科协");
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.status")).isEqualTo("PUBLISHED");

        MockHttpServletResponse page = anonymous("/portal/articles/" + id);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("<title>县里的典型案例" + world.tag + " - 典型案例 - 宣传门户</title>")
                .contains("<meta name=\"description\" content=\"县里的典型案例" + world.tag)
                .contains("<meta property=\"og:title\" content=\"县里的典型案例" + world.tag + "\">")
                .contains("<meta property=\"og:image\" content=\"http://localhost/portal/images/" + photo + "\">")
                .contains("现场照片" + world.tag).contains("来源：甲省一县老科协").contains("作者：张三")
                .contains("/portal/articles/" + id + "/print").contains("长辈模式").doesNotContain("sidenav");
        MockHttpServletResponse image = anonymous("/portal/images/" + photo);
        assertThat(image.getStatus()).isEqualTo(200);
        assertThat(image.getContentType()).startsWith("image/png");
        assertThat(anonymous("/portal/articles/" + id + "/print").getContentAsString())
                .contains("data-print").contains("县里的典型案例" + world.tag);
        assertThat(anonymous("/portal/columns/cases").getContentAsString()).contains("县里的典型案例" + world.tag);
        assertThat(anonymous("/portal/units/" + fixtures.code(world.tree.provinceA())).getContentAsString())
                .contains("县里的典型案例" + world.tag);
        assertThat(anonymous("/portal/units/" + fixtures.code(world.tree.provinceB())).getContentAsString())
                .doesNotContain("县里的典型案例" + world.tag);
    }

    @Test
    void aSubmissionAdoptedElsewhereIsRefusedToASiblingAndToTheCounty() throws Exception {
        long submission = world.submission(world.tree.countyA(), "别处采用" + world.tag);
        world.decide(submission, world.tree.provinceA(), "ADOPTED");

        MockHttpServletResponse sibling = postJson(world.editorB, "/api/v1/publicity/articles/from-submission",
                "{\"submissionId\":" + submission + "}");
        assertThat(sibling.getStatus()).isEqualTo(400);
        assertThat(sibling.getContentAsString()).contains("没有被本单位采用");
        assertThat(postJson(world.countyEditorA, "/api/v1/publicity/articles/from-submission",
                "{\"submissionId\":" + submission + "}").getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from publicity_article where submission_id = ?").param(submission)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aScheduledArticleIsNowhereOnThePortalUntilItsTimeOnTheBusinessClock() throws Exception {
        String title = "定时发布" + world.tag;
        long image = upload(world.editorA);
        long id = publish(world.editorA, title, "NEWS", TestClock.INSTANCE.instant().plus(Duration.ofHours(3)),
                image);

        assertHidden(id, title, image);
        assertThat(mvc.perform(get("/api/v1/publicity/articles?status=SCHEDULED&size=200")
                .with(fixtures.as(world.editorA))).andReturn().getResponse().getContentAsString()).contains(title);

        TestClock.INSTANCE.advance(Duration.ofHours(4));
        assertThat(anonymous("/portal/articles/" + id).getStatus()).isEqualTo(200);
        assertThat(anonymous("/portal/images/" + image).getStatus()).isEqualTo(200);
        assertThat(anonymous("/portal/columns/news/rss.xml").getContentAsString()).contains(title);
        assertThat(anonymous("/portal/units/" + fixtures.code(world.tree.provinceA()) + "/columns/news")
                .getContentAsString()).contains(title);
    }

    @Test
    void aWithdrawnArticleSaysSoWithItsReasonAndLeavesListsFeedsAndImages() throws Exception {
        String title = "将撤稿" + world.tag;
        long image = upload(world.editorA);
        long id = publish(world.editorA, title, "PRACTICE", null, image);
        assertThat(anonymous("/portal/columns/practice/atom.xml").getContentAsString()).contains(title);

        MockHttpServletResponse noReason = postJson(world.editorA, "/api/v1/publicity/articles/" + id + "/withdraw",
                "{\"reason\":\"  \"}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("撤稿原因");
        assertThat(postJson(world.editorB, "/api/v1/publicity/articles/" + id + "/withdraw",
                "{\"reason\":\"乙省\"}").getStatus()).isEqualTo(404);
        assertThat(postJson(world.editorA, "/api/v1/publicity/articles/" + id + "/withdraw",
                "{\"reason\":\"数据有误，核实后重发\"}").getStatus()).isEqualTo(200);

        MockHttpServletResponse gone = anonymous("/portal/articles/" + id);
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(gone.getContentAsString()).contains("本文已撤稿").contains("数据有误，核实后重发").contains(title)
                .doesNotContain("<p>" + title + "正文");
        assertThat(anonymous("/portal/images/" + image).getStatus()).isEqualTo(404);
        assertThat(anonymous("/portal/columns/practice").getContentAsString()).doesNotContain(title);
        assertThat(anonymous("/portal/columns/practice/atom.xml").getContentAsString()).doesNotContain(title);
        assertThat(anonymous("/portal/feed.json").getContentAsString()).doesNotContain(title);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'publicity.article.withdraw'"
                + " and entity_id = ?").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void pinnedArticlesLeadTheirColumnAndAStaleVersionIsRefused() throws Exception {
        long older = publish(world.editorA, "较早" + world.tag, "NEWS",
                TestClock.INSTANCE.instant().minus(Duration.ofHours(2)), null);
        long newer = publish(world.editorA, "较新" + world.tag, "NEWS",
                TestClock.INSTANCE.instant().minus(Duration.ofHours(1)), null);
        String column = "/portal/units/" + fixtures.code(world.tree.provinceA()) + "/columns/news";
        assertThat(order(column, "较新" + world.tag, "较早" + world.tag)).isTrue();

        MockHttpServletResponse pinned = mvc.perform(post("/api/v1/publicity/articles/" + older + "/pin?version=0")
                .with(fixtures.as(world.editorA)).with(csrf())).andReturn().getResponse();
        assertThat(pinned.getStatus()).isEqualTo(200);
        assertThat(order(column, "较早" + world.tag, "较新" + world.tag)).isTrue();
        assertThat(anonymous(column).getContentAsString()).contains("置顶");

        assertThat(mvc.perform(post("/api/v1/publicity/articles/" + older + "/unpin?version=0")
                .with(fixtures.as(world.editorA)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(409);
        assertThat(mvc.perform(post("/api/v1/publicity/articles/" + older + "/unpin?version=1")
                .with(fixtures.as(world.editorA)).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(order(column, "较新" + world.tag, "较早" + world.tag)).isTrue();
        assertThat(newer).isPositive();
    }

    @Test
    void theFeedsParseBackWithRomeAndTheJsonFeedCarriesContentSummaryAndImages() throws Exception {
        String title = "订阅源" + world.tag;
        long image = upload(world.editorA);
        long id = publish(world.editorA, title, "STUDY", null, image);

        MockHttpServletResponse rss = anonymous("/portal/columns/study/rss.xml");
        assertThat(rss.getContentType()).startsWith("application/rss+xml");
        SyndFeed rssFeed = new SyndFeedInput().build(new StringReader(rss.getContentAsString()));
        assertThat(rssFeed.getFeedType()).isEqualTo("rss_2.0");
        SyndEntry rssEntry = entry(rssFeed, title);
        assertThat(rssEntry.getLink()).isEqualTo("http://localhost/portal/articles/" + id);
        assertThat(rssEntry.getEnclosures().get(0).getUrl()).isEqualTo("http://localhost/portal/images/" + image);
        assertThat(rss.getHeader("ETag")).isNotBlank();
        assertThat(mvc.perform(get("/portal/columns/study/rss.xml").header("If-None-Match", rss.getHeader("ETag")))
                .andReturn().getResponse().getStatus()).isEqualTo(304);

        MockHttpServletResponse atom = anonymous("/portal/atom.xml");
        assertThat(atom.getContentType()).startsWith("application/atom+xml");
        SyndFeed atomFeed = new SyndFeedInput().build(new StringReader(atom.getContentAsString()));
        assertThat(atomFeed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(entry(atomFeed, title).getContents().get(0).getValue()).contains(title + "正文");

        MockHttpServletResponse json = anonymous("/portal/feed.json?column=study");
        assertThat(json.getContentType()).startsWith("application/feed+json");
        String body = json.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.version")).isEqualTo("https://jsonfeed.org/version/1.1");
        List<Map<String, Object>> items = JsonPath.read(body, "$.items[?(@.title == '" + title + "')]");
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).containsEntry("url", "http://localhost/portal/articles/" + id)
                .containsEntry("summary", title + "正文")
                .containsEntry("image", "http://localhost/portal/images/" + image);
        assertThat((String) item.get("content_html")).contains("<p>" + title + "正文</p>")
                .contains("<img src=\"http://localhost/portal/images/" + image + "\"");
        assertThat(JsonPath.<List<String>>read(body, "$.items[?(@.title == '" + title + "')].attachments[0].mime_type"))
                .containsExactly("image/png");
        assertThat(anonymous("/portal/feed.json?column=nothing").getStatus()).isEqualTo(404);
    }

    @Test
    void unknownAddressesAreChinese404PagesAndScriptNeverReachesThePortal() throws Exception {
        for (String path : List.of("/portal/articles/999999999", "/portal/articles/abc", "/portal/columns/nothing",
                "/portal/units/NOPE" + world.tag)) {
            MockHttpServletResponse missing = anonymous(path);
            assertThat(missing.getStatus()).as(path).isEqualTo(404);
            assertThat(missing.getContentAsString()).as(path).contains("没有找到这个页面").contains("返回门户首页");
        }
        assertThat(anonymous("/portal/images/abc").getStatus()).isEqualTo(404);
        MockHttpServletResponse created = postJson(world.editorA, "/api/v1/publicity/articles", """
                {"column":"NEWS","title":"<script>alert(1)</script>脚本%s",
                 "bodyHtml":"<p onmouseover=\\"alert(1)\\">正文<script>alert(2)</script><img src=x onerror=alert(3)></p>"}
                """.formatted(world.tag));
        assertThat(created.getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        String page = anonymous("/portal/articles/" + id).getContentAsString();
        assertThat(page).doesNotContain("<script>alert", "onmouseover", "onerror").contains("&lt;script&gt;");
        assertThat(anonymous("/portal/feed.json").getContentAsString()).doesNotContain("onmouseover", "onerror");
    }

    @Test
    void theEditorsPagesListWriteAndWithdraw() throws Exception {
        MockHttpServletResponse list = mvc.perform(get("/publicity/articles").with(fixtures.as(world.editorA)))
                .andReturn().getResponse();
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString()).contains("本级采用的稿件").contains("撰写文章");

        MockHttpServletResponse refused = mvc.perform(post("/publicity/articles/new").with(fixtures.as(world.editorA))
                .with(csrf()).param("column", "NEWS").param("title", "").param("bodyHtml", "正文"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("请填写标题");

        MockHttpServletResponse saved = mvc.perform(post("/publicity/articles/new").with(fixtures.as(world.editorA))
                .with(csrf()).param("column", "NEWS").param("title", "页面撰写" + world.tag)
                .param("bodyHtml", "第一段\n第二段")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        assertThat(mvc.perform(get(location).with(fixtures.as(world.editorA))).andReturn().getResponse()
                .getContentAsString()).contains("页面撰写" + world.tag).contains("撤稿原因").contains("置顶");
        assertThat(mvc.perform(get(location).with(fixtures.as(world.editorB))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post(location + "/withdraw").with(fixtures.as(world.editorA)).with(csrf())
                .param("reason", "重复发布").param("version", "0")).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(anonymous(location.replace("/publicity/articles/", "/portal/articles/")).getStatus())
                .isEqualTo(410);
    }

    @Test
    void theFullChainThroughTheSubmissionApiAnAdoptionInUseCannotBeWithdrawnUntilTheArticleIs() throws Exception {
        String title = "链上案例" + world.tag;
        MockHttpServletResponse drafted = postJson(world.countyEditorA, "/api/v1/publicity/submissions", """
                {"kind":"CASE","title":"%s","bodyHtml":"<p>%s的正文</p>","author":"赵六"}
                """.formatted(title, title));
        assertThat(drafted.getStatus()).as(drafted.getContentAsString()).isEqualTo(201);
        long submission = ((Number) JsonPath.read(drafted.getContentAsString(), "$.id")).longValue();
        MockHttpServletResponse submitted = postJson(world.countyEditorA,
                "/api/v1/publicity/submissions/" + submission + "/submit", "{}");
        assertThat(submitted.getStatus()).as(submitted.getContentAsString()).isEqualTo(200);
        MockHttpServletResponse adopted = postJson(world.editorA,
                "/api/v1/publicity/submissions/" + submission + "/decisions", "{\"decision\":\"ADOPTED\"}");
        assertThat(adopted.getStatus()).as(adopted.getContentAsString()).isEqualTo(200);

        MockHttpServletResponse published = postJson(world.editorA, "/api/v1/publicity/articles/from-submission",
                "{\"submissionId\":" + submission + "}");
        assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(201);
        long id = ((Number) JsonPath.read(published.getContentAsString(), "$.id")).longValue();
        assertThat(anonymous("/portal/articles/" + id).getContentAsString()).contains(title).contains("作者：赵六")
                .contains("来源：甲省一县老科协");

        MockHttpServletResponse refused = postJson(world.editorA,
                "/api/v1/publicity/submissions/" + submission + "/decisions/withdraw", "{}");
        assertThat(refused.getStatus()).isBetween(400, 499);
        assertThat(refused.getContentAsString()).contains("已发布到门户“典型案例”栏目");

        assertThat(postJson(world.editorA, "/api/v1/publicity/articles/" + id + "/withdraw",
                "{\"reason\":\"采用撤回\"}").getStatus()).isEqualTo(200);
        MockHttpServletResponse withdrawn = postJson(world.editorA,
                "/api/v1/publicity/submissions/" + submission + "/decisions/withdraw", "{}");
        assertThat(withdrawn.getStatus()).as(withdrawn.getContentAsString()).isEqualTo(200);
        assertThat(postJson(world.editorA, "/api/v1/publicity/articles/from-submission",
                "{\"submissionId\":" + submission + "}").getStatus()).isEqualTo(400);
    }

    private void assertHidden(long id, String title, long image) throws Exception {
        MockHttpServletResponse article = anonymous("/portal/articles/" + id);
        assertThat(article.getStatus()).isEqualTo(404);
        assertThat(article.getContentAsString()).contains("没有找到这个页面").doesNotContain(title);
        assertThat(anonymous("/portal/articles/" + id + "/print").getStatus()).isEqualTo(404);
        assertThat(anonymous("/portal/images/" + image).getStatus()).isEqualTo(404);
        for (String path : List.of("/portal", "/portal/columns/news", "/portal/rss.xml", "/portal/atom.xml",
                "/portal/columns/news/rss.xml", "/portal/columns/news/atom.xml", "/portal/feed.json",
                "/portal/feed.json?column=news", "/portal/units/" + fixtures.code(world.tree.provinceA()),
                "/portal/units/" + fixtures.code(world.tree.provinceA()) + "/columns/news")) {
            assertThat(anonymous(path).getContentAsString()).as(path).doesNotContain(title);
        }
    }

    private boolean order(String path, String first, String second) throws Exception {
        String body = anonymous(path).getContentAsString();
        return body.indexOf(first) >= 0 && body.indexOf(second) > body.indexOf(first);
    }

    private static SyndEntry entry(SyndFeed feed, String title) {
        return feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private long publish(String editor, String title, String column, java.time.Instant publishAt, Long image)
            throws Exception {
        MockHttpServletResponse created = postJson(editor, "/api/v1/publicity/articles", """
                {"column":"%s","title":"%s","bodyHtml":"<p>%s正文</p>","author":"王五",
                 "publishAt":%s,"images":%s}
                """.formatted(column, title, title, publishAt == null ? "null" : "\"" + publishAt + "\"",
                image == null ? "[]" : "[{\"fileId\":" + image + ",\"caption\":\"图说" + title + "\"}]"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
    }

    private long upload(String editor) throws Exception {
        MockHttpServletResponse uploaded = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.multipart("/api/v1/publicity/articles/images")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "pic.png", "image/png",
                        PortalWorld.PNG))
                .with(fixtures.as(editor)).with(csrf())).andReturn().getResponse();
        assertThat(uploaded.getStatus()).as(uploaded.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(uploaded.getContentAsString(), "$.id")).longValue();
    }

    private MockHttpServletResponse postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
