package org.luoshi.publicity.internal.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The article's rules: who may do what, when the public sees it, and what content passes. */
class ArticleTests {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    static final Actor PROVINCE_EDITOR = new Actor(1, "e", "编辑", 10, "/1/10/", Set.of(Role.EDITOR));
    static final Actor COUNTY_EDITOR = new Actor(2, "c", "编辑", 11, "/1/10/11/", Set.of(Role.EDITOR));
    static final Actor NATIONAL_ADMIN = new Actor(3, "n", "管理员", 1, "/1/", Set.of(Role.UNIT_ADMIN));
    static final Actor SIBLING_EDITOR = new Actor(4, "s", "编辑", 20, "/1/20/", Set.of(Role.EDITOR));
    static final Actor LEADER = new Actor(5, "l", "领导", 10, "/1/10/", Set.of(Role.LEADER));
    static final Actor MEMBER = new Actor(6, "m", "会员", 10, "/1/10/", Set.of(Role.MEMBER));

    static Article article(Instant publishAt, Instant withdrawnAt) {
        return new Article(7, 10, "/1/10/", PortalColumn.NEWS, null,
                ArticleContent.of("标题", null, "<p>正文</p>", null, null), null, publishAt, false, withdrawnAt,
                withdrawnAt == null ? null : "原因", NOW, NOW, 0);
    }

    @Test
    void onlyTheUnitsStaffChangeItAncestorsAndLeadersOnlyRead() {
        Article article = article(NOW, null);

        assertThat(article.mayEdit(PROVINCE_EDITOR)).isTrue();
        assertThat(article.mayView(NATIONAL_ADMIN)).isTrue();
        assertThat(article.mayEdit(NATIONAL_ADMIN)).isFalse();
        assertThat(article.mayView(LEADER)).isTrue();
        assertThat(article.mayEdit(LEADER)).isFalse();
        assertThat(article.mayView(COUNTY_EDITOR)).isFalse();
        assertThat(article.mayView(SIBLING_EDITOR)).isFalse();
        assertThat(article.mayView(MEMBER)).isFalse();
        assertThat(Article.mayPublish(MEMBER)).isFalse();
        assertThat(Article.mayPublish(LEADER)).isFalse();
        assertThat(Article.mayRead(LEADER)).isTrue();
        assertThat(Article.mayRead(MEMBER)).isFalse();
    }

    @Test
    void aScheduledArticleIsNotPublicUntilItsTimeAndAWithdrawnOneNeverAgain() {
        assertThat(article(NOW.plusSeconds(60), null).status(NOW)).isEqualTo(Article.Status.SCHEDULED);
        assertThat(article(NOW.plusSeconds(60), null).isPublic(NOW)).isFalse();
        assertThat(article(NOW.plusSeconds(60), null).isPublic(NOW.plusSeconds(60))).isTrue();
        Article withdrawn = article(NOW.minusSeconds(60), NOW);
        assertThat(withdrawn.status(NOW)).isEqualTo(Article.Status.WITHDRAWN);
        assertThat(withdrawn.isPublic(NOW)).isFalse();
        assertThat(withdrawn.wasPublished(NOW)).isTrue();
        assertThat(withdrawn.mayEdit(PROVINCE_EDITOR)).isFalse();
        assertThat(article(NOW.plusSeconds(60), NOW).wasPublished(NOW)).isFalse();
    }

    @Test
    void theContentIsSanitisedAndTheSummaryTakenFromTheBody() {
        ArticleContent content = ArticleContent.of("  标题 ", "", "<p style='x' onclick='y'>一<script>z</script></p>"
                + "<p>" + "长".repeat(200) + "</p>", " ", null);

        assertThat(content.title()).isEqualTo("标题");
        assertThat(content.bodyHtml()).doesNotContain("script", "onclick", "style");
        assertThat(content.summary()).startsWith("一 长").endsWith("…").hasSize(121);
        assertThat(content.source()).isNull();
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertField(() -> ArticleContent.of(" ", null, "<p>正文</p>", null, null), "title");
        assertField(() -> ArticleContent.of("字".repeat(201), null, "<p>正文</p>", null, null), "title");
        assertField(() -> ArticleContent.of("标题", null, "<img src=x onerror=alert(1)>", null, null), "bodyHtml");
        assertField(() -> ArticleContent.of("标题", "字".repeat(501), "<p>正文</p>", null, null), "summary");
        assertField(() -> ArticleContent.of("标题", null, "<p>正文</p>", "字".repeat(201), null), "source");
        assertField(() -> ArticleContent.of("标题", null, "<p>正文</p>", null, "字".repeat(101)), "author");
        assertThat(ArticleContent.of("字".repeat(200), "字".repeat(500), "<p>正文</p>", null, null).title())
                .hasSize(200);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
