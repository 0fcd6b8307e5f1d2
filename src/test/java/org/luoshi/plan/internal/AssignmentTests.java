package org.luoshi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.internal.Assignment.ItemStatus;
import org.luoshi.plan.internal.Assignment.Status;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.http.HttpStatus;

/**
 * The rules of a task (任务) as the aggregate keeps them, without Spring or a database: what each person may do,
 * asked and enforced alike. A province (1/2/) gave the task to a county (1/2/3/); the item asks for photos and a
 * text report.
 */
class AssignmentTests {

    private static final long ITEM = 11;
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private final Actor county = actor(3, "/1/2/3/", Role.UNIT_ADMIN);
    private final Actor countyLeader = actor(3, "/1/2/3/", Role.LEADER);
    private final Actor countyMember = actor(3, "/1/2/3/", Role.MEMBER);
    private final Actor province = actor(2, "/1/2/", Role.UNIT_ADMIN);
    private final Actor provinceLeader = actor(2, "/1/2/", Role.LEADER);
    private final Actor nation = actor(1, "/1/", Role.UNIT_ADMIN);
    private final Actor otherCounty = actor(4, "/1/2/4/", Role.UNIT_ADMIN);

    @Test
    void countyCannotReportBeforeAcknowledging() {
        Assignment task = issued();

        assertThat(task.mayReport(county, ITEM)).isFalse();
        assertThatThrownBy(() -> task.report(county, ITEM, 50, Set.of(), null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.assignment.notAcknowledged"));
    }

    @Test
    void onlyTheCountysAdministratorsAreOfferedTheAcknowledgementAndOnlyOnce() {
        Assignment task = issued();

        assertThat(task.mayAcknowledge(county)).isTrue();
        assertThat(List.of(countyLeader, countyMember, province, otherCounty))
                .noneMatch(task::mayAcknowledge);

        task.acknowledge(county, NOW);

        assertThat(task.status()).isEqualTo(Status.ACKNOWLEDGED);
        assertThat(task.acknowledgedAt()).isEqualTo(NOW);
        assertThat(task.mayAcknowledge(county)).isFalse();
        assertThatThrownBy(() -> task.acknowledge(county, NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aLeaderReadsButIsOfferedNothing() {
        Assignment task = acknowledged();

        assertThat(task.mayForward(countyLeader)).isFalse();
        assertThat(task.mayEditMeasures(countyLeader)).isFalse();
        assertThat(task.mayReport(countyLeader, ITEM)).isFalse();
        assertThat(task.mayReview(provinceLeader)).isFalse();
        assertThat(task.mayRemind(provinceLeader)).isFalse();
        assertThatThrownBy(() -> task.report(countyLeader, ITEM, 50, Set.of(), null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void measuresAreLockedWhileTheImplementationPlanAwaitsReviewAndOpenAgainWhenReturned() {
        Assignment task = acknowledged();
        assertThat(task.mayEditMeasures(county)).isTrue();
        assertThat(task.mayReviewImplementationPlan(province)).isFalse();

        task.submitImplementationPlan(county, 2, NOW);

        assertThat(task.mayEditMeasures(county)).isFalse();
        assertThat(task.maySubmitImplementationPlan(county)).isFalse();
        assertThat(task.mayReviewImplementationPlan(province)).isTrue();
        assertThat(task.mayReviewImplementationPlan(nation)).as("only the assigner reviews").isFalse();

        task.returnImplementationPlan(province, "请细化到月", NOW);

        assertThat(task.mayEditMeasures(county)).isTrue();
        assertThat(task.implComment()).isEqualTo("请细化到月");
    }

    @Test
    void anImplementationPlanWithoutMeasuresIsRefused() {
        Assignment task = acknowledged();

        assertThatThrownBy(() -> task.submitImplementationPlan(county, 0, NOW))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("measures"));
    }

    @Test
    void theCompletionPercentageMustLieBetweenZeroAndAHundred() {
        Assignment task = acknowledged();

        for (Integer percent : new Integer[] {null, -1, 101}) {
            assertThatThrownBy(() -> task.report(county, ITEM, percent, Set.of(), null))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("percent"));
        }
        assertThat(task.item(ITEM).status()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void aCompletingReportMustCarryTheEvidenceTheItemAsksFor() {
        Assignment task = acknowledged();

        assertThatThrownBy(() -> task.report(county, ITEM, 100, EnumSet.of(EvidenceKind.TEXT_REPORT), " "))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("files");
                    assertThat(e.messageKey()).isEqualTo("plan.report.evidence.missing.1");
                });
        assertThat(task.item(ITEM).status()).isEqualTo(ItemStatus.OPEN);

        assertThat(task.report(county, ITEM, 100, EnumSet.of(EvidenceKind.TEXT_REPORT, EvidenceKind.PHOTOS), null))
                .isEmpty();
        assertThat(task.item(ITEM).status()).isEqualTo(ItemStatus.REPORTED);
    }

    @Test
    void aCompletingReportWithoutTheEvidenceGoesThroughWithAReasonAndSaysWhatIsMissing() {
        Assignment task = acknowledged();

        assertThat(task.report(county, ITEM, 100, Set.of(), "照片正在冲印，下周补交"))
                .containsExactly(EvidenceKind.PHOTOS, EvidenceKind.TEXT_REPORT);
    }

    @Test
    void aReportOfWorkUnderWayNeedsNoEvidenceYet() {
        Assignment task = acknowledged();

        assertThat(task.report(county, ITEM, 60, Set.of(), null)).isEmpty();
    }

    @Test
    void oneReportAtATimeAndTheAssignerReviewsIt() {
        Assignment task = acknowledged();
        task.report(county, ITEM, 60, Set.of(), null);

        assertThat(task.mayReport(county, ITEM)).as("awaiting review").isFalse();
        assertThat(task.mayReview(province)).isTrue();
        assertThat(task.mayReview(county)).isFalse();
        assertThatThrownBy(() -> task.acceptReport(nation, ITEM, NOW)).isInstanceOf(BusinessException.class);

        task.returnReport(province, ITEM, "请补充照片");

        assertThat(task.mayReport(county, ITEM)).as("returned: report again").isTrue();
    }

    @Test
    void acceptingTheLastItemCompletesTheAssignment() {
        Assignment task = acknowledged();
        task.report(county, ITEM, 100, Set.of(), "原件已寄送");

        assertThat(task.acceptReport(province, ITEM, NOW)).isTrue();

        assertThat(task.status()).isEqualTo(Status.COMPLETED);
        assertThat(task.completedAt()).isEqualTo(NOW);
        assertThat(task.mayReport(county, ITEM)).isFalse();
        assertThat(task.mayRemind(province)).as("nothing left to chase").isFalse();
    }

    @Test
    void unitsAboveMayRemindButNeverTheUnitItself() {
        Assignment task = issued();

        assertThat(task.mayRemind(province)).isTrue();
        assertThat(task.mayRemind(nation)).isTrue();
        assertThat(task.mayRemind(county)).isFalse();
        assertThat(task.mayRemind(otherCounty)).isFalse();
    }

    @Test
    void aForwardMayNotGiveLaterDueDatesThanTheCountyHas() {
        Assignment task = acknowledged();

        assertThatThrownBy(() -> task.requireMayForward(county, java.util.Map.of(ITEM, LocalDate.of(2027, 2, 1)),
                java.util.Map.of(ITEM, "（一）学习")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("due" + ITEM));
    }

    private Assignment issued() {
        Assignment task = new Assignment(7, 5, 3, "/1/2/3/", 2, Status.ISSUED, Assignment.ImplStatus.NONE, 0);
        task.restoreItem(new Assignment.Item(ITEM, LocalDate.of(2027, 1, 15), ItemStatus.OPEN, 0, null,
                List.of(EvidenceKind.PHOTOS, EvidenceKind.TEXT_REPORT)));
        return task;
    }

    private Assignment acknowledged() {
        Assignment task = issued();
        task.acknowledge(county, NOW);
        return task;
    }

    private static Actor actor(long unitId, String path, Role role) {
        return new Actor(unitId * 10, "u" + unitId, "用户" + unitId, unitId, path, Set.of(role));
    }
}
