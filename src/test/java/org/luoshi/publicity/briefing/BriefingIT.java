package org.luoshi.publicity.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.internal.submission.SubmissionUse;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 工作简报 through the API: numbering, picking the unit's own adoptions, ordering, issuing, reprinting, scope. */
@IntegrationTest
class BriefingIT {

    static final String API = "/api/v1/publicity/briefings";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<SubmissionUse> uses;

    BriefingWorld world;
    int year;

    @BeforeEach
    void world() {
        world = new BriefingWorld(fixtures, jdbc, mvc);
        year = BriefingWorld.today().getYear();
    }

    @Test
    void numbersRunPerUnitAndYearAndATakenNumberIsRefusedNamingTheNextFreeOne() throws Exception {
        long first = world.create(world.editorA, year, null);
        long second = world.create(world.editorA, year, null);
        assertThat(number(first)).isEqualTo(1);
        assertThat(number(second)).isEqualTo(2);

        MockHttpServletResponse taken = world.postJson(world.editorA, API, world.compile(year, 1, ""));
        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentAsString()).contains("期号", year + "年第1期", "第3期", "number");

        // the sibling province and another year start again at 1
        long sibling = world.create(world.editorB, year, null);
        assertThat((Integer) JsonPath.read(world.send(world.editorB, get(API + "/" + sibling)).getContentAsString(),
                "$.number")).isEqualTo(1);
        assertThat(number(world.create(world.editorA, year + 1, null))).isEqualTo(1);
        String next = world.send(world.editorA, get(API + "/next-number").param("year", String.valueOf(year)))
                .getContentAsString();
        assertThat((Integer) JsonPath.read(next, "$.number")).isEqualTo(3);

        // renumbering onto a taken number is refused the same way
        MockHttpServletResponse renumber = world.putJson(world.editorA, API + "/" + second,
                world.compile(year, 1, ""));
        assertThat(renumber.getStatus()).isEqualTo(400);
        assertThat(renumber.getContentAsString()).contains("第3期");
        assertThat(number(second)).isEqualTo(2);
    }

    @Test
    void onlyTheUnitsOwnStandingAdoptionsCanBePicked() throws Exception {
        long adopted = world.adoptedByA("采用稿" + world.tag);
        long adoptedRecommended = world.submission(world.tree.countyA(), "NEWS", "采用并推荐" + world.tag,
                "ADOPTED_RECOMMENDED", world.tree.provinceA(), false);
        long recommendedOnly = world.submission(world.tree.countyA(), "NEWS", "仅推荐" + world.tag, "RECOMMENDED",
                world.tree.provinceA(), false);
        long withdrawn = world.submission(world.tree.countyA(), "NEWS", "已撤回" + world.tag, "ADOPTED",
                world.tree.provinceA(), true);
        long nationally = world.submission(world.tree.countyA(), "NEWS", "全国采用" + world.tag, "ADOPTED",
                world.tree.root(), false);
        long briefing = world.create(world.editorA, year, null);

        String candidates = world.send(world.editorA, get(API + "/" + briefing + "/candidates").param("size", "200"))
                .getContentAsString();
        List<Integer> ids = JsonPath.read(candidates, "$.items[*].submissionId");
        assertThat(ids).contains((int) adopted, (int) adoptedRecommended)
                .doesNotContain((int) recommendedOnly, (int) withdrawn, (int) nationally);
        assertThat(candidates).contains("甲省一县老科协");
        String cases = world.send(world.editorA, get(API + "/" + briefing + "/candidates").param("kind", "CASE")
                .param("q", "采用稿" + world.tag)).getContentAsString();
        assertThat((List<Integer>) JsonPath.read(cases, "$.items[*].submissionId")).containsExactly((int) adopted);

        for (long notOurs : List.of(recommendedOnly, withdrawn, nationally)) {
            MockHttpServletResponse refused = world.postJson(world.editorA, API + "/" + briefing + "/picks",
                    "{\"submissionIds\":[" + notOurs + "]}");
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("不是本单位采用", "submissionIds");
        }
        world.pick(world.editorA, briefing, List.of(adopted));
        String json = world.send(world.editorA, get(API + "/" + briefing)).getContentAsString();
        assertThat((String) JsonPath.read(json, "$.items[0].title")).isEqualTo("采用稿" + world.tag);
        assertThat((String) JsonPath.read(json, "$.items[0].sourceUnit")).isEqualTo("甲省一县老科协");
        // the adopted version, sanitised
        assertThat((String) JsonPath.read(json, "$.items[0].bodyHtml")).contains("第一段" + world.tag)
                .doesNotContain("script");
    }

    @Test
    void itemsAreOrderedByMovingThemUpAndDownAndEditedForPrint() throws Exception {
        List<Long> subs = List.of(world.adoptedByA("一" + world.tag), world.adoptedByA("二" + world.tag),
                world.adoptedByA("三" + world.tag));
        long briefing = world.create(world.editorA, year, null);
        world.pick(world.editorA, briefing, subs);
        long third = itemId(briefing, 2);

        assertThat(world.postJson(world.editorA, "/api/v1/publicity/briefing-items/" + third + "/move",
                "{\"direction\":\"UP\"}").getStatus()).isEqualTo(200);
        assertThat(titles(briefing)).containsExactly("一" + world.tag, "三" + world.tag, "二" + world.tag);
        long first = itemId(briefing, 0);
        MockHttpServletResponse edge = world.postJson(world.editorA, "/api/v1/publicity/briefing-items/" + first
                + "/move", "{\"direction\":\"UP\"}");
        assertThat(edge.getStatus()).isEqualTo(400);
        assertThat(edge.getContentAsString()).contains("最前或最后");

        MockHttpServletResponse edited = world.putJson(world.editorA, "/api/v1/publicity/briefing-items/" + first,
                "{\"title\":\"改过的标题\",\"bodyHtml\":\"<p onclick='x()'>改过的正文<script>bad()</script></p>\","
                        + "\"sourceUnit\":\"某县\"}");
        assertThat(edited.getStatus()).isEqualTo(200);
        String json = edited.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.items[0].title")).isEqualTo("改过的标题");
        assertThat((String) JsonPath.read(json, "$.items[0].bodyHtml")).isEqualTo("<p>改过的正文</p>");

        // the page's buttons do the same without JavaScript
        String page = world.send(world.editorA, get("/publicity/briefings/" + briefing)).getContentAsString();
        assertThat(page).contains("上移“三" + world.tag + "”", "下移“三" + world.tag + "”")
                .doesNotContain("上移“改过的标题”");
        MockHttpServletResponse moved = world.send(world.editorA, post("/publicity/briefings/" + briefing + "/items/"
                + third + "/move").param("direction", "DOWN"));
        assertThat(moved.getRedirectedUrl()).isEqualTo("/publicity/briefings/" + briefing);
        assertThat(titles(briefing)).containsExactly("改过的标题", "二" + world.tag, "三" + world.tag);

        // someone else's outdated version is refused, and nothing moves
        MockHttpServletResponse stale = world.postJson(world.editorA, "/api/v1/publicity/briefing-items/" + third
                + "/move", "{\"direction\":\"UP\",\"version\":0}");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(titles(briefing)).containsExactly("改过的标题", "二" + world.tag, "三" + world.tag);
    }

    @Test
    void issuingFreezesTheBriefingAndEveryReprintIsTheSameFile() throws Exception {
        long sub = world.adoptedByA("印发稿" + world.tag);
        long briefing = world.create(world.editorA, year, null);
        MockHttpServletResponse empty = world.send(world.editorA, post(API + "/" + briefing + "/issue"));
        assertThat(empty.getStatus()).isEqualTo(409);
        assertThat(empty.getContentAsString()).contains("还没有稿件");
        world.pick(world.editorA, briefing, List.of(sub));
        SubmissionUse briefingUse = uses.stream()
                .filter(u -> u.getClass().getSimpleName().startsWith("Briefing")).findFirst().orElseThrow();
        assertThat(briefingUse.usedBy(sub)).isEmpty();

        MockHttpServletResponse issued = world.send(world.editorA, post(API + "/" + briefing + "/issue"));
        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(issued.getContentAsString(), "$.status")).isEqualTo("ISSUED");
        assertThat(briefingUse.usedBy(sub)).get().asString().contains("年第1期");

        MockHttpServletResponse revise = world.putJson(world.editorA, API + "/" + briefing,
                world.compile(year, 1, ""));
        assertThat(revise.getStatus()).isEqualTo(409);
        assertThat(revise.getContentAsString()).contains("已印发", "不能再修改");
        long item = itemId(briefing, 0);
        assertThat(world.putJson(world.editorA, "/api/v1/publicity/briefing-items/" + item,
                "{\"title\":\"改\",\"bodyHtml\":\"<p>改</p>\"}").getStatus()).isEqualTo(409);
        assertThat(world.send(world.editorA, get("/publicity/briefings/" + briefing + "/edit")).getStatus())
                .isEqualTo(409);
        assertThat(world.send(world.editorA, post(API + "/" + briefing + "/issue")).getStatus()).isEqualTo(409);

        byte[] first = world.send(world.editorA, get(API + "/" + briefing + "/document.docx")).getContentAsByteArray();
        // the source unit renames itself: the issued file stays as printed
        jdbc.sql("update unit set name = name || '（新）' where id = ?").param(world.tree.countyA()).update();
        byte[] again = world.send(world.editorA, get("/publicity/briefings/" + briefing + "/document.docx"))
                .getContentAsByteArray();
        byte[] stored = jdbc.sql("""
                select f.content from stored_file f join publicity_briefing b on b.document_file_id = f.id where b.id = ?
                """).param(briefing).query(byte[].class).single();
        assertThat(first).isNotEmpty().isEqualTo(again).isEqualTo(stored);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where entity_type = 'publicity_briefing' and entity_id = ?
                   and action in ('publicity.briefing.create', 'publicity.briefing.pick', 'publicity.briefing.issue')
                """).param(String.valueOf(briefing)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anIssuedBriefingIsPublishedOnceToTheBriefingsColumnWithItsNoteAndItems() throws Exception {
        long briefing = world.create(world.editorA, year, null);
        world.pick(world.editorA, briefing, List.of(world.adoptedByA("门户稿" + world.tag)));
        MockHttpServletResponse early = world.send(world.editorA, post(API + "/" + briefing + "/publish"));
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains("请先印发");
        world.send(world.editorA, post(API + "/" + briefing + "/issue"));

        MockHttpServletResponse published = world.send(world.editorA, post(API + "/" + briefing + "/publish"));
        assertThat(published.getStatus()).isEqualTo(200);
        long article = BriefingWorld.id(published, "$.articleId");
        var row = jdbc.sql("select column_code, title, body_html, source, unit_id from publicity_article where id = ?")
                .param(article).query().singleRow();
        assertThat(row.get("column_code")).isEqualTo("BRIEFINGS");
        assertThat((String) row.get("title")).isEqualTo("工作简报 " + year + "年第1期");
        assertThat((String) row.get("body_html")).contains("编者按第一行" + world.tag, "门户稿" + world.tag,
                "第一段" + world.tag, "甲省一县老科协");
        assertThat(row.get("unit_id")).isEqualTo(world.tree.provinceA());
        String json = world.send(world.editorA, get(API + "/" + briefing)).getContentAsString();
        assertThat(((Number) JsonPath.read(json, "$.articleId")).longValue()).isEqualTo(article);
        assertThat((Boolean) JsonPath.read(json, "$.actions.publish")).isFalse();

        MockHttpServletResponse twice = world.send(world.editorA, post(API + "/" + briefing + "/publish"));
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("已发布到门户");
        assertThat(jdbc.sql("select count(*) from publicity_article where unit_id = ? and column_code = 'BRIEFINGS'")
                .param(world.tree.provinceA()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPublishedBriefingsPortalArticleLinksItsWordDocumentWhichNoPortalAddressGivesBeforeOrAfter() throws Exception {
        long briefing = world.create(world.editorA, year, null);
        world.pick(world.editorA, briefing, List.of(world.adoptedByA("简报原件" + world.tag)));
        world.send(world.editorA, post(API + "/" + briefing + "/issue"));
        long file = jdbc.sql("select document_file_id from publicity_briefing where id = ?").param(briefing)
                .query(Long.class).single();
        // issued, not published: no portal address gives its Word document
        assertThat(publicly("/portal/articles/" + briefing + "/document.docx").getStatus()).isEqualTo(404);
        assertThat(publicly("/portal/images/" + file).getStatus()).isEqualTo(404);

        long article = BriefingWorld.id(world.send(world.editorA, post(API + "/" + briefing + "/publish")),
                "$.articleId");
        String documentUrl = "/portal/articles/" + article + "/document.docx";
        assertThat(publicly("/portal/articles/" + article).getContentAsString()).contains("href=\"" + documentUrl
                + "\"", "下载简报 Word 版");
        MockHttpServletResponse word = publicly(documentUrl);
        assertThat(word.getStatus()).isEqualTo(200);
        assertThat(word.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(word.getHeader("Content-Disposition")).startsWith("attachment");
        byte[] editors = world.send(world.editorA, get(API + "/" + briefing + "/document.docx")).getContentAsByteArray();
        assertThat(word.getContentAsByteArray()).isNotEmpty().isEqualTo(editors)
                .isEqualTo(publicly(documentUrl).getContentAsByteArray());

        // scheduled for later, then withdrawn: neither the link nor the document is public
        jdbc.sql("update publicity_article set publish_at = publish_at + interval '30 days' where id = ?")
                .param(article).update();
        assertThat(publicly(documentUrl).getStatus()).isEqualTo(404);
        jdbc.sql("update publicity_article set publish_at = publish_at - interval '30 days' where id = ?")
                .param(article).update();
        assertThat(world.send(world.editorA, post("/api/v1/publicity/articles/" + article + "/withdraw")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"期号有误\"}")).getStatus()).isEqualTo(200);
        assertThat(publicly("/portal/articles/" + article).getContentAsString()).doesNotContain(documentUrl);
        MockHttpServletResponse gone = publicly(documentUrl);
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getContentAsString()).doesNotContain("PK");
    }

    /** A request without login, as anyone on the internet makes it. */
    private MockHttpServletResponse publicly(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void aSiblingOrAChildUnitFindsNoBriefingOfAnother() throws Exception {
        long briefing = world.create(world.editorA, year, null);
        long item;
        world.pick(world.editorA, briefing, List.of(world.adoptedByA("范围" + world.tag)));
        item = itemId(briefing, 0);
        for (String outsider : List.of(world.editorB, world.countyEditor)) {
            assertThat(world.send(outsider, get(API + "/" + briefing)).getStatus()).isEqualTo(404);
            assertThat(world.send(outsider, get(API + "/" + briefing + "/document.docx")).getStatus()).isEqualTo(404);
            assertThat(world.send(outsider, get(API + "/" + briefing + "/candidates")).getStatus()).isEqualTo(404);
            assertThat(world.send(outsider, get("/publicity/briefings/" + briefing)).getStatus()).isEqualTo(404);
            assertThat(world.putJson(outsider, "/api/v1/publicity/briefing-items/" + item,
                    "{\"title\":\"偷改\",\"bodyHtml\":\"<p>x</p>\"}").getStatus()).isEqualTo(404);
            String list = world.send(outsider, get(API).param("size", "200")).getContentAsString();
            assertThat(list).doesNotContain("甲省老科协办公室" + world.tag);
        }
        String rootLeader = fixtures.account("bel", world.tree.root(), org.luoshi.shared.security.Role.LEADER);
        String json = world.send(rootLeader, get(API + "/" + briefing)).getContentAsString();
        assertThat((Boolean) JsonPath.read(json, "$.actions.edit")).isFalse();
        assertThat(world.send(world.memberA, get("/publicity/briefings")).getStatus()).isEqualTo(403);
    }

    @Test
    void theFormsRefuseBadInputInChineseBesideTheField() throws Exception {
        MockHttpServletResponse response = world.send(world.editorA, post("/publicity/briefings/new")
                .param("year", String.valueOf(year)).param("number", "0").param("title", "工作简报")
                .param("issuerName", "甲省" + world.tag).param("issueDate", BriefingWorld.today().toString()));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"number-error\"", "期号应为", "甲省" + world.tag);
        MockHttpServletResponse noDate = world.postJson(world.editorA, API,
                "{\"year\":" + year + ",\"title\":\"工作简报\",\"issuerName\":\"甲省\"}");
        assertThat(noDate.getStatus()).isEqualTo(400);
        assertThat(noDate.getContentAsString()).contains("印发日期", "issueDate");
    }

    private int number(long id) throws Exception {
        return JsonPath.read(world.send(world.editorA, get(API + "/" + id)).getContentAsString(), "$.number");
    }

    private long itemId(long briefing, int index) throws Exception {
        return ((Number) JsonPath.read(world.send(world.editorA, get(API + "/" + briefing)).getContentAsString(),
                "$.items[" + index + "].id")).longValue();
    }

    private List<String> titles(long briefing) throws Exception {
        return JsonPath.read(world.send(world.editorA, get(API + "/" + briefing)).getContentAsString(),
                "$.items[*].title");
    }
}
