package org.luoshi.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.ArticlePublisher;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;
import org.luoshi.publicity.internal.portal.ArticlePublisher.PublishArticle;
import org.luoshi.publicity.internal.portal.ArticleWorkflow;
import org.luoshi.publicity.internal.portal.PublishAdopted;
import org.luoshi.publicity.internal.submission.SubmissionUse;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Publishing through the one way in: checked, sanitised, indexed, audited; adopted submissions only where adopted. */
@IntegrationTest
class ArticlePublisherIT {

    @Autowired
    ArticlePublisher publisher;
    @Autowired
    ArticleWorkflow workflow;
    @Autowired
    List<SubmissionUse> uses;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    PortalWorld world;

    @BeforeEach
    void world() {
        world = new PortalWorld(fixtures, jdbc);
    }

    @Test
    void anEditorsArticleIsSanitisedSummarisedIndexedAndAudited() {
        long id = publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.STUDY,
                " 学习二十大精神" + world.tag + " ", null,
                "<p onclick='x()'>老科协创新宣讲<script>alert(1)</script></p><p>第二段</p>", null, "李四",
                List.of(), null, null, false));

        Map<String, Object> row = jdbc.sql("""
                select title, body_html, summary, unit_id, column_code, search @@ '创新'::tsquery as found
                  from publicity_article where id = ?
                """).param(id).query().singleRow();
        assertThat(row.get("title")).isEqualTo("学习二十大精神" + world.tag);
        assertThat((String) row.get("body_html")).doesNotContain("script", "onclick").contains("老科协创新宣讲");
        assertThat(row.get("summary")).isEqualTo("老科协创新宣讲 第二段");
        assertThat(row.get("unit_id")).isEqualTo(world.tree.provinceA());
        assertThat(row.get("found")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'publicity.article.publish' and entity_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "x".repeat(201), null, "<p>正文</p>", null, null, List.of(), null, null, false)), "title");
        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "标题", null, "<script>alert(1)</script>", null, null, List.of(), null, null, false)), "bodyHtml");
        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "标题", "长".repeat(501), "<p>正文</p>", null, null, List.of(), null, null, false)), "summary");
        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(null,
                "标题", null, "<p>正文</p>", null, null, List.of(), null, null, false)), "column");
        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "标题", null, "<p>正文</p>", null, null, List.of(new Image(Long.MAX_VALUE, null)), null, null,
                false)), "images");
    }

    @Test
    void aPhotoOfAnotherUnitsSubmissionCannotBeMadePublic() {
        long submission = world.submission(world.tree.countyB(), "乙县稿件" + world.tag);

        assertRefused(() -> publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "标题", null, "<p>正文</p>", null, null, List.of(new Image(world.photo(submission), "偷用")), null,
                null, false)), "images");
    }

    @Test
    void anAdoptedSubmissionIsPublishedWithItsPhotoSourceAndAuthorAndIsThenInUse() {
        long submission = world.submission(world.tree.countyA(), "一县典型案例" + world.tag);
        world.decide(submission, world.tree.provinceA(), "ADOPTED_RECOMMENDED");
        assertThat(uses).anySatisfy(use -> assertThat(use.usedBy(submission)).isEmpty());

        long id = workflow.publishAdopted(world.actor(world.editorA), new PublishAdopted(submission, null, null,
                false));

        Map<String, Object> row = jdbc.sql("""
                select a.column_code, a.source, a.author, a.submission_id, a.cover_file_id, i.caption
                  from publicity_article a join publicity_article_image i on i.article_id = a.id where a.id = ?
                """).param(id).query().singleRow();
        assertThat(row).containsEntry("column_code", "CASES").containsEntry("source", "甲省一县老科协")
                .containsEntry("author", "张三").containsEntry("submission_id", submission)
                .containsEntry("cover_file_id", world.photo(submission))
                .containsEntry("caption", "现场照片" + world.tag);
        assertThat(uses.stream().map(use -> use.usedBy(submission)).flatMap(java.util.Optional::stream))
                .containsExactly("已发布到门户“典型案例”栏目，请先撤稿");
        assertThatThrownBy(() -> workflow.publishAdopted(world.actor(world.editorA),
                new PublishAdopted(submission, PortalColumn.CASES, null, false)))
                .isInstanceOf(BusinessException.class).hasMessage("publicity.article.submission.published");

        workflow.withdraw(world.actor(world.editorA), id, "内容需要更新", null);
        assertThat(uses.stream().map(use -> use.usedBy(submission)).flatMap(java.util.Optional::stream)).isEmpty();
    }

    @Test
    void aSubmissionNotAdoptedHereIsRefusedAtASiblingAndWhenOnlyRecommendedOrWithdrawn() {
        long submission = world.submission(world.tree.countyA(), "未采用稿件" + world.tag);
        long recommended = world.decide(submission, world.tree.provinceA(), "RECOMMENDED");

        assertRefused(() -> workflow.publishAdopted(world.actor(world.editorA),
                new PublishAdopted(submission, null, null, false)), "submissionId");
        world.withdrawDecision(recommended);
        long adopted = world.decide(submission, world.tree.provinceA(), "ADOPTED");
        assertRefused(() -> workflow.publishAdopted(world.actor(world.editorB),
                new PublishAdopted(submission, null, null, false)), "submissionId");
        assertRefused(() -> workflow.publishAdopted(world.actor(world.countyEditorA),
                new PublishAdopted(submission, null, null, false)), "submissionId");
        world.withdrawDecision(adopted);
        assertRefused(() -> workflow.publishAdopted(world.actor(world.editorA),
                new PublishAdopted(submission, null, null, false)), "submissionId");
    }

    @Test
    void onlyPublicityStaffPublish() {
        assertThatThrownBy(() -> publisher.publish(world.actor(world.memberA), new PublishArticle(PortalColumn.NEWS,
                "标题", null, "<p>正文</p>", null, null, List.of(), null, null, false)))
                .isInstanceOf(BusinessException.class).hasMessage("publicity.article.notStaff");
    }

    @Test
    void aScheduledArticleKeepsItsTimeAndASiblingCannotTouchIt() {
        long id = publisher.publish(world.actor(world.editorA), new PublishArticle(PortalColumn.NEWS,
                "定时" + world.tag, null, "<p>正文</p>", null, null, List.of(), null,
                TestClock.INSTANCE.instant().plus(Duration.ofDays(2)), false));

        assertThat(workflow.visible(id, world.actor(world.editorA)).status(TestClock.INSTANCE.instant()).name())
                .isEqualTo("SCHEDULED");
        assertThatThrownBy(() -> workflow.pin(world.actor(world.editorB), id, true, null))
                .isInstanceOf(BusinessException.class).hasMessage("publicity.article.notFound");
        assertThatThrownBy(() -> workflow.withdraw(world.actor(world.countyEditorA), id, "x", null))
                .isInstanceOf(BusinessException.class).hasMessage("publicity.article.notFound");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
