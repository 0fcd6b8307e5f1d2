package org.luoshi.publicity.internal.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.DecisionWithdrawn;
import org.luoshi.publicity.SubmissionDecided;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.SubmissionSubmitted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The rules of a submission reviewed up the tree, without Spring. */
class SubmissionTests {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Actor NATION = new Actor(1, "nation", "全国编辑", 1, "/1/", Set.of(Role.EDITOR));
    static final Actor PROVINCE = new Actor(2, "province", "省编辑", 3, "/1/3/", Set.of(Role.EDITOR));
    static final Actor CITY = new Actor(3, "city", "市编辑", 30, "/1/3/30/", Set.of(Role.UNIT_ADMIN));
    static final Actor COUNTY = new Actor(4, "county", "县编辑", 300, "/1/3/30/300/", Set.of(Role.EDITOR));
    static final Actor SIBLING = new Actor(5, "sibling", "邻县编辑", 301, "/1/3/30/301/", Set.of(Role.EDITOR));
    static final Actor COUNTY_LEADER = new Actor(6, "leader", "县领导", 300, "/1/3/30/300/", Set.of(Role.LEADER));
    static final Actor COUNTY_MEMBER = new Actor(7, "member", "会员", 300, "/1/3/30/300/", Set.of(Role.MEMBER));
    static final Actor CITY_LEADER = new Actor(8, "cityLeader", "市领导", 30, "/1/3/30/", Set.of(Role.LEADER));
    static final ItemRef ITEM = new ItemRef(7, 70);

    @Test
    void aDraftIsItsUnitsAloneAndWrittenOnlyByItsPublicityStaff() {
        Submission draft = stored(null);

        assertThat(draft.mayView(COUNTY)).isTrue();
        assertThat(draft.mayView(COUNTY_LEADER)).isTrue();
        assertThat(draft.mayEdit(COUNTY)).isTrue();
        assertThat(draft.mayEdit(COUNTY_LEADER)).isFalse();
        assertThat(draft.mayView(COUNTY_MEMBER)).isFalse();
        assertThat(draft.mayView(CITY)).isFalse();
        assertThat(draft.mayView(SIBLING)).isFalse();
        assertThatThrownBy(() -> Submission.newFor(COUNTY_LEADER, SubmissionKind.CASE))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> Submission.newFor(COUNTY_MEMBER, SubmissionKind.CASE))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void theBodyIsStoredCleanedOfScriptsAndEventHandlers() {
        Submission draft = stored(null);

        draft.edit(COUNTY, new EditSubmission(SubmissionKind.CASE, "标题", "<p onclick=\"alert(1)\">正文"
                + "<script>alert(2)</script></p>", null, null, null, null), null, null, NOW);

        assertThat(draft.bodyHtml()).isEqualTo("<p>正文</p>");
    }

    @Test
    void aDraftIsSavedAsTypedButSubmittedOnlyWithATitleAndABody() {
        Submission draft = stored(null);
        draft.edit(COUNTY, new EditSubmission(SubmissionKind.CASE, " ", "", null, null, null, null), null, null, NOW);

        assertField(() -> draft.submit(COUNTY, null, NOW), "title");
        draft.edit(COUNTY, new EditSubmission(SubmissionKind.CASE, "标题", "<p> </p>", null, null, null, null), null,
                null, NOW);
        assertField(() -> draft.submit(COUNTY, null, NOW), "bodyHtml");
        assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
    }

    @Test
    void submittingSendsItToTheParentUnitAndCountsItTowardItsItem() {
        Submission s = ready(ITEM);

        List<Object> events = s.submit(COUNTY, null, NOW);

        assertThat(s.status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(s.reviewerUnitId()).isEqualTo(30L);
        assertThat(s.submittedVersion()).isEqualTo(1);
        assertThat(events).hasSize(2);
        assertThat((SubmissionSubmitted) events.get(0)).extracting(SubmissionSubmitted::reviewerUnitId)
                .isEqualTo(30L);
        assertThat((WorkCounted) events.get(1)).satisfies(c -> {
            assertThat(c.kind()).isEqualTo("publicity.submitted");
            assertThat(c.link()).isEqualTo("/publicity/submissions/9");
        });
        assertThat(s.mayEdit(COUNTY)).isFalse();
        assertThat(s.mayView(CITY)).isTrue();
        assertThat(s.mayView(PROVINCE)).isTrue();
        assertThat(s.mayView(CITY_LEADER)).isTrue();
        assertThat(s.mayView(SIBLING)).isFalse();
    }

    @Test
    void theNationalBodyDoesNotSubmit() {
        Submission s = Submission.newFor(NATION, SubmissionKind.NEWS).withId(5);
        s.edit(NATION, content(), null, null, NOW);

        assertThat(s.maySubmit(NATION)).isFalse();
        assertThatThrownBy(() -> s.submit(NATION, null, NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    void onlyTheLevelWhoseTurnItIsDecides() {
        Submission s = submitted(null);

        assertThat(s.mayDecide(CITY)).isTrue();
        assertThat(s.mayDecide(PROVINCE)).isFalse();
        assertThat(s.mayDecide(CITY_LEADER)).isFalse();
        assertThatThrownBy(() -> s.decide(PROVINCE, decide(Decision.ADOPTED, null), "PROVINCIAL", NOW))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aReturnNeedsACommentAndGoesBackRevisedToTheLevelThatReturnedIt() {
        Submission s = submitted(null);
        assertField(() -> s.decide(CITY, decide(Decision.RETURNED, " "), "PREFECTURE", NOW), "comment");

        s.decide(CITY, decide(Decision.RETURNED, "请补充数据"), "PREFECTURE", NOW);
        assertThat(s.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(s.mayEdit(COUNTY)).isTrue();
        assertField(() -> s.submit(COUNTY, " ", NOW.plusSeconds(60)), "note");

        List<Object> events = s.submit(COUNTY, "补充了数据", NOW.plusSeconds(60));

        assertThat(s.reviewerUnitId()).isEqualTo(30L);
        assertThat(s.submittedVersion()).isEqualTo(2);
        assertThat((SubmissionSubmitted) events.get(0)).extracting(SubmissionSubmitted::versionNumber)
                .isEqualTo(2);
    }

    @Test
    void aReturnedSubmissionOfAHigherLevelGoesBackToThatLevel() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.RECOMMENDED, null), "PREFECTURE", NOW);
        s.decide(PROVINCE, decide(Decision.RETURNED, "请修改标题"), "PROVINCIAL", NOW);

        s.submit(COUNTY, "改了标题", NOW.plusSeconds(60));

        assertThat(s.reviewerUnitId()).isEqualTo(3L);
        assertThat(s.mayDecide(PROVINCE)).isTrue();
        assertThat(s.mayDecide(CITY)).isFalse();
    }

    @Test
    void notAdoptingNeedsAReasonAndClosesTheReview() {
        Submission s = submitted(null);
        assertField(() -> s.decide(CITY, decide(Decision.NOT_ADOPTED, null), "PREFECTURE", NOW), "comment");

        s.decide(CITY, decide(Decision.NOT_ADOPTED, "内容与本地区无关"), "PREFECTURE", NOW);

        assertThat(s.status()).isEqualTo(SubmissionStatus.CLOSED);
        assertThat(s.mayEdit(COUNTY)).isFalse();
        assertThat(s.mayDecide(CITY)).isFalse();
    }

    @Test
    void adoptingAndRecommendingPassesItUpAndCountsTheFirstAdoptionOnce() {
        Submission s = submitted(ITEM);

        List<Object> city = s.decide(CITY, decide(Decision.ADOPTED_RECOMMENDED, null), "PREFECTURE", NOW);
        assertThat(s.reviewerUnitId()).isEqualTo(3L);
        assertThat(s.status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(s.adoptedLevel()).isEqualTo("PREFECTURE");
        assertThat(city).hasSize(2);
        assertThat((SubmissionDecided) city.get(0)).extracting(SubmissionDecided::nextReviewerUnitId).isEqualTo(3L);
        assertThat((WorkCounted) city.get(1)).extracting(WorkCounted::kind).isEqualTo("publicity.adopted");

        List<Object> province = s.decide(PROVINCE, decide(Decision.ADOPTED_RECOMMENDED, null), "PROVINCIAL", NOW);
        assertThat(province).hasSize(1);
        assertThat(s.reviewerUnitId()).isEqualTo(1L);
        assertThat(s.adoptedLevel()).isEqualTo("PROVINCIAL");

        s.decide(NATION, decide(Decision.ADOPTED, null), "NATIONAL", NOW);
        assertThat(s.status()).isEqualTo(SubmissionStatus.CLOSED);
        assertThat(s.adoptedLevel()).isEqualTo("NATIONAL");
    }

    @Test
    void theNationalBodyCannotRecommend() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.RECOMMENDED, null), "PREFECTURE", NOW);
        s.decide(PROVINCE, decide(Decision.RECOMMENDED, null), "PROVINCIAL", NOW);

        assertThat(s.mayDecide(NATION)).isTrue();
        assertThat(s.mayRecommend(NATION)).isFalse();
        assertField(() -> s.decide(NATION, decide(Decision.ADOPTED_RECOMMENDED, null), "NATIONAL", NOW),
                "decision");
    }

    @Test
    void aLevelAdoptsOnce() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.ADOPTED_RECOMMENDED, null), "PREFECTURE", NOW);

        assertThatThrownBy(() -> s.decide(CITY, decide(Decision.ADOPTED, null), "PREFECTURE", NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publicity.review.adoptedTwice"));
    }

    @Test
    void theLastDecisionIsWithdrawnByItsLevelAndTheSubmissionAwaitsThatLevelAgain() {
        Submission s = submitted(ITEM);
        s.decide(CITY, decide(Decision.ADOPTED_RECOMMENDED, null), "PREFECTURE", NOW);

        assertThat(s.mayWithdrawDecision(CITY)).isTrue();
        assertThat(s.mayWithdrawDecision(PROVINCE)).isFalse();
        assertThat(s.mayWithdrawDecision(COUNTY)).isFalse();
        List<Object> events = s.withdrawDecision(CITY, Optional.empty(), NOW);

        assertThat(s.status()).isEqualTo(SubmissionStatus.IN_REVIEW);
        assertThat(s.reviewerUnitId()).isEqualTo(30L);
        assertThat(s.adoptedLevel()).isNull();
        assertThat(s.rulings()).singleElement().satisfies(r -> assertThat(r.live()).isFalse());
        assertThat((DecisionWithdrawn) events.get(0)).extracting(DecisionWithdrawn::deciderUnitId).isEqualTo(30L);
        assertThat((WorkUncounted) events.get(1)).extracting(WorkUncounted::kind).isEqualTo("publicity.adopted");
        assertThat(s.mayDecide(CITY)).isTrue();
    }

    @Test
    void aDecisionCannotBeWithdrawnOnceTheNextLevelActed() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.RECOMMENDED, null), "PREFECTURE", NOW);
        s.decide(PROVINCE, decide(Decision.ADOPTED, null), "PROVINCIAL", NOW);

        assertThat(s.mayWithdrawDecision(CITY)).isFalse();
        assertThatThrownBy(() -> s.withdrawDecision(CITY, Optional.empty(), NOW))
                .isInstanceOf(BusinessException.class);
        assertThat(s.mayWithdrawDecision(PROVINCE)).isTrue();
    }

    @Test
    void aReturnCannotBeWithdrawnOnceTheUnitResubmitted() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.RETURNED, "请修改"), "PREFECTURE", NOW);
        s.submit(COUNTY, "已修改", NOW);

        assertThat(s.mayWithdrawDecision(CITY)).isFalse();
        assertThatThrownBy(() -> s.withdrawDecision(CITY, Optional.empty(), NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publicity.review.withdraw.resubmitted"));
    }

    @Test
    void anAdoptionInUseCannotBeWithdrawn() {
        Submission s = submitted(null);
        s.decide(CITY, decide(Decision.ADOPTED, null), "PREFECTURE", NOW);

        assertThatThrownBy(() -> s.withdrawDecision(CITY, Optional.of("已发布到门户"), NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("publicity.review.withdraw.inUse"));
        assertThat(s.adopted()).isTrue();
    }

    @Test
    void withdrawingOneOfTwoAdoptionsKeepsTheCount() {
        Submission s = submitted(ITEM);
        s.decide(CITY, decide(Decision.ADOPTED_RECOMMENDED, null), "PREFECTURE", NOW);
        s.decide(PROVINCE, decide(Decision.ADOPTED, null), "PROVINCIAL", NOW);

        List<Object> events = s.withdrawDecision(PROVINCE, Optional.empty(), NOW);

        assertThat(events).hasSize(1);
        assertThat(s.adoptedLevel()).isEqualTo("PREFECTURE");
        assertThat(s.mayDecide(PROVINCE)).isTrue();
    }

    @Test
    void anExemplarIsAboutAMemberOfTheSubtree() {
        Submission s = Submission.newFor(COUNTY, SubmissionKind.EXEMPLAR).withId(9);
        MemberRef outside = new MemberRef(50, "王五", 301, "/1/3/30/301/", MemberStatus.values()[0]);
        MemberRef inside = new MemberRef(51, "张三", 300, "/1/3/30/300/", MemberStatus.values()[0]);

        assertField(() -> s.edit(COUNTY, exemplar(), null, outside, NOW), "memberId");
        s.edit(COUNTY, exemplar(), null, inside, NOW);
        assertThat(s.memberId()).isEqualTo(51L);
        assertField(() -> s.edit(COUNTY, new EditSubmission(SubmissionKind.NEWS, "t", "<p>b</p>", null, null, null,
                51L), null, inside, NOW), "memberId");
    }

    @Test
    void relinkingASubmittedOneMovesItsCounts() {
        Submission s = submitted(ITEM);
        s.decide(CITY, decide(Decision.RETURNED, "请修改"), "PREFECTURE", NOW);

        List<Object> events = s.edit(COUNTY, content(), null, null, NOW);

        assertThat(events).singleElement().isInstanceOfSatisfying(WorkUncounted.class,
                u -> assertThat(u.kind()).isEqualTo("publicity.submitted"));
    }

    private static EditSubmission exemplar() {
        return new EditSubmission(SubmissionKind.EXEMPLAR, "老专家的故事", "<p>事迹</p>", null, null, null, 51L);
    }

    private static void assertField(Runnable action, String field) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static DecideSubmission decide(Decision decision, String comment) {
        return new DecideSubmission(decision, comment);
    }

    private static EditSubmission content() {
        return new EditSubmission(SubmissionKind.CASE, "乡村振兴典型案例", "<p>正文</p>", "张三", "0571-1", null, null);
    }

    private static Submission stored(ItemRef item) {
        return Submission.newFor(COUNTY, SubmissionKind.CASE).withId(9);
    }

    private static Submission ready(ItemRef item) {
        Submission s = stored(item);
        s.edit(COUNTY, content(), item, null, NOW);
        return s;
    }

    private static Submission submitted(ItemRef item) {
        Submission s = ready(item);
        s.submit(COUNTY, null, NOW);
        return s;
    }
}
