package org.luoshi.publicity.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 全文检索 over the shared test database: every document carries this test's marker word, and every query asks for
 * it too, so other tests' documents never count.
 */
@IntegrationTest
class SearchIT {

    @Autowired
    SearchQueries search;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;

    private PublicityRows rows;
    private Fixtures.Tree tree;
    private String marker;
    private final Instant now = TestClock.INSTANCE.instant();

    @BeforeEach
    void setUp() {
        rows = new PublicityRows(jdbc);
        tree = fixtures.tree();
        marker = "zq" + Long.toString(System.nanoTime()).chars().map(c -> 'a' + c - '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Test
    void laoKexieChuangxinFindsTheAssociationsInnovationNotAnotherKexie() {
        long match = published("全国老科协推动科技创新", "各地老科协积极服务。");
        long otherSense = published("老同志参加省科协组织的创新活动", "活动内容丰富。");
        long scientists = published("老科学家协会召开创新大会", "会议内容。");
        assertThat(publicIds("老科协 创新")).contains(match).doesNotContain(otherSense, scientists);
    }

    @Test
    void ershidaXuanjiangFindsTheCongressNotItsCharactersScattered() {
        long match = published("学习二十大精神宣讲活动", "宣讲团走进社区。");
        long acrossSentences = published("听众二十。大、中、小学生都来听宣讲", "内容。");
        long otherDa = published("以最大宣传力度推进工作", "宣讲内容。");
        assertThat(publicIds("二十大 宣讲")).contains(match).doesNotContain(acrossSentences, otherDa);
        // 大宣 is no word of 最大宣传: the characters side by side are not a match
        assertThat(publicIds("大宣")).doesNotContain(otherDa);
    }

    @Test
    void dianxingXiangcunZhenxingNeedsTheWordsOfRevitalisationTogether() {
        long match = published("典型案例助力乡村振兴", "内容。");
        long apart = published("乡村的振兴需要典型引路", "内容。");
        assertThat(publicIds("典型 乡村振兴")).contains(match).doesNotContain(apart);
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndTheSnippetMarksTheWords() {
        long inBody = published("县里的一项工作", "这一年来，全县老科协在乡村振兴中发挥了作用。");
        long inTitle = published("老科协助力乡村振兴", "内容。");
        SearchResults results = search.published(SearchText.of(marker + " 乡村振兴"), SearchFilter.none(),
                PageQuery.of(1, 20));
        List<Long> ids = results.page().items().stream().map(SearchHit::id).toList();
        assertThat(ids).containsExactly(inTitle, inBody);
        SearchHit body = results.page().items().get(1);
        assertThat(body.snippetHtml()).contains("<mark>乡村振兴</mark>");
        assertThat(results.page().items().get(0).titleHtml()).startsWith("老科协助力<mark>乡村振兴</mark> ");
    }

    @Test
    void thePublicNeverFindsScheduledWithdrawnOrUnpublishedWork() {
        long due = published("乡村振兴典型", "内容。");
        long scheduled = rows.article(tree.countyA(), "CASES", "乡村振兴典型 " + marker, "内容。",
                now.plus(Duration.ofDays(3)), false);
        long withdrawn = rows.article(tree.countyA(), "CASES", "乡村振兴典型 " + marker, "内容。",
                now.minus(Duration.ofDays(3)), true);
        rows.submission(tree.countyA(), "CASE", "乡村振兴典型 " + marker, "草稿", false, now);
        rows.submission(tree.countyA(), "CASE", "乡村振兴典型 " + marker, "已报送", true, now);
        SearchResults results = search.published(SearchText.of(marker + " 乡村振兴"), SearchFilter.none(),
                PageQuery.of(1, 20));
        assertThat(results.page().items()).extracting(SearchHit::source).containsOnly("ARTICLE");
        assertThat(results.page().items()).extracting(SearchHit::id).containsExactly(due)
                .doesNotContain(scheduled, withdrawn);
    }

    @Test
    void thePublicFiltersByColumnUnitSubtreeAndDates() {
        long caseA = rows.article(tree.countyA(), "CASES", "乡村振兴 " + marker, "内容。", daysAgo(10), false);
        long newsA = rows.article(tree.provinceA(), "NEWS", "乡村振兴 " + marker, "内容。", daysAgo(2), false);
        long caseB = rows.article(tree.countyB(), "CASES", "乡村振兴 " + marker, "内容。", daysAgo(2), false);
        SearchText text = SearchText.of(marker);
        assertThat(ids(search.published(text, new SearchFilter(null, PortalColumn.CASES, null, null, null, null),
                PageQuery.of(1, 20)))).containsExactlyInAnyOrder(caseA, caseB);
        assertThat(ids(search.published(text, new SearchFilter(null, null, null, fixtures.code(tree.provinceA()),
                null, null), PageQuery.of(1, 20)))).containsExactlyInAnyOrder(caseA, newsA);
        LocalDate today = LocalDate.ofInstant(now, TestClock.INSTANCE.getZone());
        assertThat(ids(search.published(text, new SearchFilter(null, null, null, null, today.minusDays(5), today),
                PageQuery.of(1, 20)))).containsExactlyInAnyOrder(newsA, caseB);
    }

    @Test
    void pagesAreCutInSqlAndTheTotalCountsAllMatches() {
        for (int i = 0; i < 5; i++) {
            published("乡村振兴第" + i + "篇", "内容。");
        }
        SearchResults second = search.published(SearchText.of(marker), SearchFilter.none(), PageQuery.of(2, 2));
        assertThat(second.page().total()).isEqualTo(5);
        assertThat(second.page().items()).hasSize(2);
        assertThat(second.capped()).isFalse();
    }

    @Test
    void staffFindOnlyWhatTheirPlaceInTheTreeShows() {
        long draftA = rows.submission(tree.countyA(), "CASE", "乡村振兴草稿 " + marker, "内容", false, now);
        long submittedA = rows.submission(tree.countyA(), "CASE", "乡村振兴报送 " + marker, "内容", true, now);
        long submittedB = rows.submission(tree.countyB(), "CASE", "乡村振兴报送 " + marker, "内容", true, now);
        long draftProvinceA = rows.submission(tree.provinceA(), "NEWS", "乡村振兴 " + marker, "内容", false, now);
        long articleA = rows.article(tree.countyA(), "CASES", "乡村振兴 " + marker, "内容。", daysAgo(1), false);
        SearchText text = SearchText.of(marker);

        assertThat(staffIds(actor(tree.countyA()), text, SearchFilter.none()))
                .containsExactlyInAnyOrder("SUBMISSION" + draftA, "SUBMISSION" + submittedA, "ARTICLE" + articleA);
        assertThat(staffIds(actor(tree.provinceA()), text, SearchFilter.none()))
                .containsExactlyInAnyOrder("SUBMISSION" + submittedA, "SUBMISSION" + draftProvinceA,
                        "ARTICLE" + articleA);
        assertThat(staffIds(actor(tree.countyB()), text, SearchFilter.none()))
                .containsExactly("SUBMISSION" + submittedB);
        assertThat(staffIds(actor(tree.provinceA()), text,
                new SearchFilter(SubmissionKind.CASE, null, null, null, null, null)))
                .containsExactly("SUBMISSION" + submittedA);
        assertThat(staffIds(actor(tree.provinceA()), text,
                new SearchFilter(null, PortalColumn.CASES, tree.countyA(), null, null, null)))
                .containsExactly("ARTICLE" + articleA);
    }

    @Test
    void aDocumentCommittedByAnotherNodeIsFoundByTheNextQuery() throws Exception {
        // another app node: its own connection to the same database, outside this node's pool
        var hikari = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class);
        String title = "异地节点发布的乡村振兴 " + marker;
        try (Connection other = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(),
                hikari.getPassword()); PreparedStatement insert = other.prepareStatement("""
                insert into publicity_article (unit_id, unit_path, column_code, title, body_html, publish_at,
                                               search, created_at, updated_at)
                select id, path, 'NEWS', ?, '<p>内容</p>', now() - interval '1 minute', cast(? as tsvector),
                       now(), now() from unit where id = ?
                """)) {
            insert.setString(1, title);
            insert.setString(2, ChineseText.tsvector(title, "内容"));
            insert.setLong(3, tree.countyA());
            insert.executeUpdate();
        }
        SearchResults results = search.published(SearchText.of(marker + " 乡村振兴"), SearchFilter.none(),
                PageQuery.of(1, 20));
        assertThat(results.page().items()).extracting(SearchHit::title).containsExactly(title);
    }

    @Test
    void queriesWithoutWordsSearchNothingInsteadOfFailing() {
        SearchResults results = search.published(SearchText.of("！？。，"), SearchFilter.none(), PageQuery.of(1, 20));
        assertThat(results.page().items()).isEmpty();
        assertThat(results.query().hasWords()).isFalse();
    }

    private long published(String title, String body) {
        return published(title, body, 1);
    }

    private long published(String title, String body, int days) {
        return rows.article(tree.countyA(), "CASES", title + " " + marker, body, daysAgo(days), false);
    }

    private List<Long> publicIds(String query) {
        return ids(search.published(SearchText.of(marker + " " + query), SearchFilter.none(), PageQuery.of(1, 50)));
    }

    private static List<Long> ids(SearchResults results) {
        return results.page().items().stream().map(SearchHit::id).toList();
    }

    private List<String> staffIds(Actor actor, SearchText text, SearchFilter filter) {
        return search.staff(actor, text, filter, PageQuery.of(1, 50)).page().items().stream()
                .map(h -> h.source() + h.id()).toList();
    }

    private Actor actor(long unitId) {
        String path = jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
        return new Actor(0, "editor", "编辑", unitId, path, Set.of(Role.EDITOR));
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    /**
     * The candidates are the newest {@link SearchQueries#CANDIDATES} matches, whichever window of time they fall in:
     * collected window by window, none older is taken before a newer one, and a match years old is still found.
     */
    @Test
    void theNewestMatchesAreTheCandidatesAcrossEveryWindowOfTime() {
        long yearsOld = published("三年前的典型", "内容。", 3 * 365);
        SearchResults few = search.published(SearchText.of(marker), SearchFilter.none(), PageQuery.of(1, 10));
        assertThat(ids(few)).containsExactly(yearsOld);
        assertThat(few.capped()).isFalse();

        int[] ages = {0, 3, 10, 20, 45, 80, 120, 300, 500};
        for (int n = 0; n < SearchQueries.CANDIDATES + 8; n++) {
            published("第" + n + "篇", "内容。", ages[n % ages.length]);
        }
        List<Long> ranked = new ArrayList<>();
        SearchResults page;
        int number = 1;
        do {
            page = search.published(SearchText.of(marker), SearchFilter.none(), PageQuery.of(number++, 100));
            ranked.addAll(ids(page));
        } while (!page.page().items().isEmpty());

        assertThat(page.capped()).isTrue();
        assertThat(page.page().total()).isEqualTo(SearchQueries.CANDIDATES);
        List<Long> newest = jdbc.sql("""
                select id from publicity_article where title like ?
                order by publish_at desc, id desc limit ?""")
                .param("%" + marker).param(SearchQueries.CANDIDATES).query(Long.class).list();
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(newest).doesNotContain(yearsOld);
    }

    /** The search reads every row's vector it looks at: kept in the row, that is one page, not a TOAST lookup (V116). */
    @Test
    void theSearchVectorsAreKeptInTheirRows() {
        List<String> storage = jdbc.sql("""
                select c.relname || ':' || a.attstorage::text || ':' || array_to_string(c.reloptions, ',')
                from pg_attribute a join pg_class c on c.oid = a.attrelid
                where a.attname = 'search' and c.relname in ('publicity_article', 'publicity_submission', 'publicity_person')
                order by c.relname""").query(String.class).list();
        assertThat(storage).containsExactly("publicity_article:m:toast_tuple_target=8160",
                "publicity_person:m:toast_tuple_target=8160", "publicity_submission:m:toast_tuple_target=8160");
    }
}
