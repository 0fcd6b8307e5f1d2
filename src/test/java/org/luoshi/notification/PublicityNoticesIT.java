package org.luoshi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.DecisionWithdrawn;
import org.luoshi.publicity.SubmissionDecided;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.SubmissionSubmitted;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each event of a submission's review reaches the unit it concerns, for its publicity staff (editors too, the leading
 * group not), worded for it, linking to the submission. The workflow's own tests (SubmissionChainIT) show the
 * workflow publishes them.
 */
@IntegrationTest
class PublicityNoticesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MockMvc mvc;

    Fixtures.Tree tree;
    long submissionId;
    String title;

    @BeforeEach
    void aCountysSubmission() {
        tree = fixtures.tree();
        submissionId = 900_000_000L + System.nanoTime() % 100_000_000L;
        title = "典型案例" + submissionId;
    }

    @Test
    void submittingTellsTheReviewingLevelsEditorsButNotItsLeadingGroup() throws Exception {
        publish(new SubmissionSubmitted(submissionId, tree.countyA(), tree.provinceA(), SubmissionKind.CASE, title, 1,
                Instant.now()));

        assertThat(notices(tree.provinceA(), "SUBMISSION_PENDING"))
                .containsExactly("稿件待审核：《" + title + "》|/publicity/submissions/" + submissionId);
        assertThat(bodies(tree.provinceA(), "SUBMISSION_PENDING")).singleElement().asString()
                .contains("甲省一县老科协报送了典型案例《" + title + "》");
        String editor = fixtures.account("pnedit", tree.provinceA(), Role.EDITOR);
        String leader = fixtures.account("pnlead", tree.provinceA(), Role.LEADER);
        assertThat(list(editor)).contains(title);
        assertThat(list(leader)).doesNotContain(title);
    }

    @Test
    void aResubmissionSaysWhichVersion() {
        publish(new SubmissionSubmitted(submissionId, tree.countyA(), tree.provinceA(), SubmissionKind.NEWS, title, 2,
                Instant.now()));

        assertThat(notices(tree.provinceA(), "SUBMISSION_PENDING")).singleElement().asString().contains("第 2 版");
    }

    @Test
    void everyDecisionTellsTheSubmittingUnitWithTheCommentAndARecommendationTellsTheNextLevel() {
        publish(new SubmissionDecided(submissionId, tree.countyA(), tree.provinceA(), Decision.RETURNED, "请补充数据",
                null, title, Instant.now()));
        publish(new SubmissionDecided(submissionId, tree.countyA(), tree.provinceA(), Decision.ADOPTED_RECOMMENDED,
                null, tree.root(), title, Instant.now()));

        assertThat(notices(tree.countyA(), "SUBMISSION_DECIDED")).containsExactly(
                "退回修改：《" + title + "》|/publicity/submissions/" + submissionId,
                "采用并推荐上报：《" + title + "》|/publicity/submissions/" + submissionId);
        assertThat(bodies(tree.countyA(), "SUBMISSION_DECIDED").get(0)).contains("甲省老科协", "意见：请补充数据");
        assertThat(notices(tree.root(), "SUBMISSION_PENDING"))
                .containsExactly("稿件待审核（推荐上报）：《" + title + "》|/publicity/submissions/" + submissionId);
    }

    @Test
    void withdrawingADecisionTellsTheSubmittingUnit() {
        publish(new DecisionWithdrawn(submissionId, tree.countyA(), tree.provinceA(), Decision.ADOPTED, title,
                Instant.now()));

        assertThat(notices(tree.countyA(), "DECISION_WITHDRAWN"))
                .containsExactly("撤回审核意见：《" + title + "》|/publicity/submissions/" + submissionId);
        assertThat(bodies(tree.countyA(), "DECISION_WITHDRAWN")).singleElement().asString().contains("本级采用");
    }

    private String list(String user) throws Exception {
        return mvc.perform(get("/api/v1/notifications").with(fixtures.as(user))).andReturn().getResponse()
                .getContentAsString();
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<String> notices(long unitId, String kind) {
        return jdbc.sql("""
                select title || '|' || link from notification where unit_id = ? and kind = ? and link = ? order by id
                """).param(unitId).param(kind).param("/publicity/submissions/" + submissionId).query(String.class)
                .list();
    }

    private List<String> bodies(long unitId, String kind) {
        return jdbc.sql("""
                select body from notification where unit_id = ? and kind = ? and link = ? order by id
                """).param(unitId).param(kind).param("/publicity/submissions/" + submissionId).query(String.class)
                .list();
    }
}
