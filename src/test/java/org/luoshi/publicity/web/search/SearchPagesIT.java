package org.luoshi.publicity.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.internal.search.PublicityRows;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The search pages and API as a visitor and staff use them, hostile input included. */
@IntegrationTest
class SearchPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Fixtures.Tree tree;
    /** Letters only, but smartcn stems them as English (…ed, …e), so the index holds ChineseText.terms(marker). */
    private String marker;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        marker = "zp" + Long.toString(System.nanoTime()).chars().map(c -> 'a' + c - '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Test
    void aVisitorFindsAPublishedArticleWithTheWordsMarkedAndTheBodyEscaped() throws Exception {
        new PublicityRows(jdbc).article(tree.countyA(), "CASES", "老科协助力乡村振兴 " + marker,
                "&lt;script&gt;alert(1)&lt;/script&gt; 全县老科协服务乡村振兴。",
                TestClock.INSTANCE.instant().minus(Duration.ofHours(1)), false);
        MockHttpServletResponse response = mvc.perform(get("/portal/search").param("q", marker + " 乡村振兴"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("<mark>乡村振兴</mark>", "共找到 1 条")
                .doesNotContain("<script>alert(1)");
    }

    @Test
    void punctuationOnlyOrEmptyQueriesGetAFriendlyHintNotAnError() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/portal/search").param("q", "！？……")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("请输入要检索的文字");
        assertThat(mvc.perform(get("/portal/search")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aVeryLongQueryIsCutWithAMessage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/portal/search").param("q", "乡村振兴".repeat(500)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("关键词过长，已只按前 " + SearchText.MAX_LENGTH + " 个字检索");
    }

    @Test
    void hostileQueriesAndAnUnknownUnitNeverFail() throws Exception {
        for (String q : new String[] {"' or 1=1 --", "a & | ! :* <->", "\\", "<img src=x onerror=alert(1)>",
                "((((", "🙂🙂", "\u200b零宽"}) {
            MockHttpServletResponse response = mvc.perform(get("/portal/search").param("q", q)).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(q).isEqualTo(200);
            assertThat(response.getContentAsString()).doesNotContain("<img src=x");
        }
        // a NUL byte is refused by the application's text filter before any search, with a Chinese page
        assertThat(mvc.perform(get("/portal/search").param("q", "\u0000")).andReturn().getResponse().getStatus())
                .isLessThan(500);
        MockHttpServletResponse unknown = mvc.perform(get("/portal/search").param("q", "老科协")
                .param("unit", "NO-SUCH-UNIT")).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(200);
        assertThat(unknown.getContentAsString()).contains("单位编码不存在");
    }

    @Test
    void staffSearchTheirUnitsDraftsAndTheApiSaysWhyNothingWasSearched() throws Exception {
        String editor = fixtures.account("sred", tree.countyA(), Role.EDITOR);
        new PublicityRows(jdbc).submission(tree.countyA(), "CASE", "典型案例草稿 " + marker, "乡村振兴", false,
                TestClock.INSTANCE.instant());
        String page = mvc.perform(get("/publicity/search").param("q", marker).with(fixtures.as(editor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("典型案例草稿", "报送稿件");
        String json = mvc.perform(get("/api/v1/publicity/search").param("q", marker).with(fixtures.as(editor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("\"total\":1", "典型案例草稿");
        String none = mvc.perform(get("/api/v1/publicity/search").param("q", "，。").with(fixtures.as(editor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(none).contains("请输入要检索的文字", "\"total\":0");
    }

    @Test
    void membersMayNotSearchSubmissions() throws Exception {
        String member = fixtures.account("srmem", tree.countyA(), Role.MEMBER);
        assertThat(mvc.perform(get("/api/v1/publicity/search").param("q", "老科协").with(fixtures.as(member)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aSystemAdministratorRebuildsTheSearchWordsOfTheSubtreeAndItIsAudited() throws Exception {
        long id = new PublicityRows(jdbc).article(tree.countyB(), "NEWS", "重建 " + marker, "内容",
                TestClock.INSTANCE.instant().minus(Duration.ofHours(1)), false);
        jdbc.sql("update publicity_article set search = ''::tsvector where id = ?").param(id).update();
        String admin = fixtures.account("srsys", tree.provinceB(), Role.SYSTEM_ADMIN);
        String editor = fixtures.account("sreb", tree.provinceB(), Role.EDITOR);
        assertThat(mvc.perform(post("/api/v1/publicity/search/reindex").with(fixtures.as(editor)).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpServletResponse response = mvc.perform(post("/api/v1/publicity/search/reindex")
                .with(fixtures.as(admin)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select search @@ cast(? as tsquery) from publicity_article where id = ?")
                .param("'" + ChineseText.terms(marker).get(0) + "'").param(id).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'publicity.search.reindex' "
                + "and scope_path = (select path from unit where id = ?)").param(tree.provinceB()).query(Long.class)
                .single()).isEqualTo(1);
    }
}
