package org.luoshi.activity.internal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityDetails;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.activity.internal.activity.UnitAt;
import org.luoshi.org.MemberRef;
import org.luoshi.org.MemberStatus;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class RegistrationTests {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant START = NOW.plusSeconds(7 * 86_400);
    private static final UnitAt PROVINCE = new UnitAt(2, "/1/2/", "浙江省老科协");
    private static final UnitAt CITY = new UnitAt(7, "/1/2/7/", "杭州市老科协");
    private static final MemberRef HANGZHOU_MEMBER = new MemberRef(70, "张三", 7, "/1/2/7/", MemberStatus.ACTIVE);
    private static final MemberRef NINGBO_MEMBER = new MemberRef(80, "李四", 8, "/1/2/8/", MemberStatus.ACTIVE);
    private static final MemberRef JIANGSU_MEMBER = new MemberRef(30, "王五", 3, "/1/3/", MemberStatus.ACTIVE);

    @Test
    void aMemberOfTheAudienceMayRegisterWhileTheWindowIsOpen() {
        Activity activity = activity(CITY, false, null, null, false);
        assertThat(Registration.isOpen(activity, HANGZHOU_MEMBER, NOW)).isTrue();
        assertThatThrownBy(() -> Registration.requireOpen(activity, NINGBO_MEMBER, NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.outsideAudience"));
    }

    @Test
    void openToThePublicAdmitsMembersFromElsewhere() {
        assertThat(Registration.isOpen(activity(CITY, true, null, null, false), JIANGSU_MEMBER, NOW)).isTrue();
    }

    @Test
    void registrationOpensAndClosesWithItsWindowAndAtTheStartAtTheLatest() {
        Activity notYet = activity(PROVINCE, false, NOW.plusSeconds(60), null, false);
        assertThatThrownBy(() -> Registration.requireOpen(notYet, HANGZHOU_MEMBER, NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.notYetOpen"));
        Activity closed = activity(PROVINCE, false, null, NOW.minusSeconds(1), false);
        assertThatThrownBy(() -> Registration.requireOpen(closed, HANGZHOU_MEMBER, NOW))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("registration.closed"));
        assertThat(Registration.windowOpen(activity(PROVINCE, false, null, null, false), START)).isFalse();
    }

    @Test
    void aMemberNotInGoodStandingIsRefused() {
        MemberRef suspended = new MemberRef(71, "赵六", 7, "/1/2/7/", MemberStatus.SUSPENDED);
        assertThat(Registration.isOpen(activity(PROVINCE, false, null, null, false), suspended, NOW)).isFalse();
    }

    @Test
    void approvalSendsAPlacedRegistrationToReview() {
        assertThat(Registration.placed(activity(PROVINCE, false, null, null, true)))
                .isEqualTo(RegistrationStatus.PENDING);
        assertThat(Registration.placed(activity(PROVINCE, false, null, null, false)))
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void theMemberOrTheStaffAboveThemCancelButNotASiblingsStaff() {
        Activity activity = activity(PROVINCE, false, null, null, false);
        Registration r = registration(RegistrationStatus.WAITING);
        Actor member = actor(CITY, Role.MEMBER);
        assertThat(r.mayCancel(member, 70L, activity, NOW)).isTrue();
        assertThat(r.mayCancel(member, 71L, activity, NOW)).isFalse();
        assertThat(r.mayCancel(actor(CITY, Role.UNIT_ADMIN), null, activity, NOW)).isTrue();
        assertThat(r.mayCancel(actor(new UnitAt(8, "/1/2/8/", "宁波"), Role.UNIT_ADMIN), null, activity, NOW))
                .isFalse();
        assertThat(r.mayCancel(member, 70L, activity, START)).as("after the start").isFalse();
        assertThat(registration(RegistrationStatus.CANCELLED).mayCancel(member, 70L, activity, NOW)).isFalse();
    }

    @Test
    void onlyTheOrganisersStaffDecideAndOnlyOnPendingOnes() {
        Activity activity = activity(PROVINCE, false, null, null, true);
        assertThat(registration(RegistrationStatus.PENDING).mayDecide(actor(PROVINCE, Role.UNIT_ADMIN), activity))
                .isTrue();
        assertThat(registration(RegistrationStatus.PENDING).mayDecide(actor(CITY, Role.UNIT_ADMIN), activity))
                .isFalse();
        assertThat(registration(RegistrationStatus.REGISTERED).mayDecide(actor(PROVINCE, Role.UNIT_ADMIN),
                activity)).isFalse();
    }

    @Test
    void staffRegisterOnlyMembersOfTheirSubtree() {
        assertThat(Registration.mayRegisterFor(actor(CITY, Role.UNIT_ADMIN), HANGZHOU_MEMBER)).isTrue();
        assertThat(Registration.mayRegisterFor(actor(CITY, Role.UNIT_ADMIN), NINGBO_MEMBER)).isFalse();
        assertThat(Registration.mayRegisterFor(actor(CITY, Role.MEMBER), HANGZHOU_MEMBER)).isFalse();
    }

    @Test
    void aCapacityBelowThePlacesTakenIsRefusedOnTheCapacityField() {
        Activity activity = activity(PROVINCE, false, null, null, false);
        ActivityDetails fewer = details(PROVINCE, false, null, null, false, 5);
        assertThatThrownBy(() -> activity.revised(actor(PROVINCE, Role.UNIT_ADMIN), fewer, 6))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("capacity");
                    assertThat(e.messageKey()).isEqualTo("activity.capacity.belowRegistered");
                });
        assertThat(activity.revised(actor(PROVINCE, Role.UNIT_ADMIN), fewer, 5).details().capacity()).isEqualTo(5);
    }

    private static Registration registration(RegistrationStatus status) {
        return new Registration(1, 1, 70, "张三", 7, "/1/2/7/", "杭州市老科协", status, NOW, NOW, null, 0);
    }

    private static Activity activity(UnitAt audience, boolean open, Instant opens, Instant closes, boolean approval) {
        return new Activity(1, PROVINCE.id(), PROVINCE.path(), PROVINCE.name(),
                details(audience, open, opens, closes, approval, 10), ActivityStatus.PLANNED, null, null, null, 0);
    }

    private static ActivityDetails details(UnitAt audience, boolean open, Instant opens, Instant closes,
            boolean approval, int capacity) {
        return new ActivityDetails(null, ActivityKind.LECTURE_HALL, "大讲堂", "", "报告厅", null, START,
                START.plusSeconds(7200), capacity, audience, open, opens, closes, approval, List.of(), List.of(),
                null);
    }

    private static Actor actor(UnitAt unit, Role role) {
        return new Actor(unit.id() * 100, "u" + unit.id(), "用户", unit.id(), unit.path(), Set.of(role));
    }
}
