package org.luoshi.study.internal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.WorkCounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The leading group's rules, without Spring. */
class LeadingGroupTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Actor COUNTY_ADMIN = actor(7, "/1/2/7/", Role.UNIT_ADMIN);
    static final Actor PROVINCE_ADMIN = actor(2, "/1/2/", Role.UNIT_ADMIN);
    static final Actor COUNTY_LEADER = actor(7, "/1/2/7/", Role.LEADER);
    static final Actor SIBLING_ADMIN = actor(3, "/1/3/", Role.UNIT_ADMIN);

    @Test
    void aCountysAdministratorSetsUpItsGroupButNotOnADayToCome() {
        assertThat(group().setUpOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> LeadingGroup.setUp(COUNTY_ADMIN, 7, "/1/2/7/", 11, "方案", 21L, TODAY.plusDays(1),
                TODAY)).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("setUpOn");
                    assertThat(e.messageKey()).isEqualTo("study.group.setUpOn.future");
                });
        assertThatThrownBy(() -> LeadingGroup.setUp(COUNTY_ADMIN, 7, "/1/2/7/", 11, "方案", 21L, null, TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("setUpOn"));
    }

    @Test
    void onlyTheUnitsOwnAdministratorsChangeItWhileAncestorsRead() {
        LeadingGroup group = group();
        assertThat(group.mayEdit(COUNTY_ADMIN)).isTrue();
        assertThat(group.mayEdit(PROVINCE_ADMIN)).isFalse();
        assertThat(group.mayEdit(COUNTY_LEADER)).isFalse();
        assertThat(group.mayView(PROVINCE_ADMIN)).isTrue();
        assertThat(group.mayView(SIBLING_ADMIN)).isFalse();
        assertThat(group.mayReveal(PROVINCE_ADMIN)).isTrue();
        assertThat(group.mayReveal(COUNTY_LEADER)).isFalse();
        assertThatThrownBy(() -> group.edit(PROVINCE_ADMIN, TODAY, null, TODAY))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("study.group.forbidden"));
        assertThatThrownBy(() -> LeadingGroup.setUp(PROVINCE_ADMIN, 7, "/1/2/7/", 11, "方案", 21L, TODAY, TODAY))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void aGroupHasOneHeadAndAMemberSitsOnce() {
        LeadingGroup group = saved(group());
        group.addSeat(COUNTY_ADMIN, new SeatDetails(SeatRole.HEAD, null, "王建国", "会长", "13912345678", null), null);
        group.addSeat(COUNTY_ADMIN, new SeatDetails(SeatRole.MEMBER, 5L, null, null, null, null), "李秀英");

        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(SeatRole.HEAD, null, "赵德明", null, null, null), null))).isEqualTo("role");
        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(SeatRole.DEPUTY, 5L, null, null, null, null), "李秀英"))).isEqualTo("memberId");
        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(SeatRole.MEMBER, 6L, null, null, null, null), null))).isEqualTo("memberId");
        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(SeatRole.LIAISON, null, " ", null, null, null), null))).isEqualTo("name");
        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(SeatRole.LIAISON, null, "周", null, "电话", null), null))).isEqualTo("phone");
        assertThat(refusal(() -> group.addSeat(COUNTY_ADMIN,
                new SeatDetails(null, null, "周", null, null, null), null))).isEqualTo("role");
        assertThat(group.seats()).extracting(Seat::role).containsExactly(SeatRole.HEAD, SeatRole.MEMBER);
        assertThat(group.seats().get(1).name()).isEqualTo("李秀英");
    }

    @Test
    void aPhoneIsMaskedAndAMaskedNumberSentBackKeepsTheStoredOne() {
        LeadingGroup group = saved(group());
        Seat head = group.addSeat(COUNTY_ADMIN, new SeatDetails(SeatRole.HEAD, null, "王建国", null, "13912345678",
                null), null);
        assertThat(head.masked().phone()).isEqualTo("139****5678");
        LeadingGroup stored = new LeadingGroup(1L, 7, "/1/2/7/", 11, "方案", 21L, TODAY, null, 0,
                List.of(head.withId(9L)));

        Seat kept = stored.editSeat(COUNTY_ADMIN, 9L, new SeatDetails(SeatRole.HEAD, null, "王建国", "会长",
                "139****5678", null), null);

        assertThat(kept.phone()).isEqualTo("13912345678");
        assertThat(kept.post()).isEqualTo("会长");
    }

    @Test
    void itCountsOneTowardItsItemAndNothingWhenUnlinked() {
        LeadingGroup group = saved(group());
        WorkCounted counted = group.counted("甲县领导小组", Instant.EPOCH).orElseThrow();
        assertThat(counted.kind()).isEqualTo("study.group");
        assertThat(counted.quantity()).isEqualTo(1);
        assertThat(counted.item().itemId()).isEqualTo(21L);
        assertThat(counted.link()).isEqualTo("/study/groups/1");

        group.edit(COUNTY_ADMIN, TODAY, null, TODAY);
        assertThat(group.counted("甲县领导小组", Instant.EPOCH)).isEmpty();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            return e.field();
        }
        throw new AssertionError("not refused");
    }

    private static LeadingGroup group() {
        return LeadingGroup.setUp(COUNTY_ADMIN, 7, "/1/2/7/", 11, "方案", 21L, TODAY, TODAY);
    }

    private static LeadingGroup saved(LeadingGroup group) {
        return group.withId(1L);
    }

    private static Actor actor(long unitId, String path, Role role) {
        return new Actor(1, "u", "用户", unitId, path, Set.of(role));
    }
}
