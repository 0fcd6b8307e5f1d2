package org.luoshi.activity.internal.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
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

class CheckinDeskTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-12-10T06:00:00Z");
    private static final Instant END = START.plusSeconds(2 * 3600);
    private static final UnitAt PROVINCE = new UnitAt(2, "/1/2/", "浙江省老科协");
    private static final UnitAt CITY = new UnitAt(7, "/1/2/7/", "杭州市老科协");

    @Test
    void checkInOpensAnHourBeforeTheStartAndClosesAtTheEndByDefault() {
        CheckinDesk desk = desk(CheckinWindow.DEFAULT, ActivityStatus.PLANNED, false);
        assertThat(desk.isOpen(START.minusSeconds(3601))).isFalse();
        assertThat(desk.isOpen(START.minusSeconds(3600))).isTrue();
        assertThat(desk.isOpen(END)).isTrue();
        assertThat(desk.isOpen(END.plusSeconds(1))).isFalse();
    }

    @Test
    void outsideTheWindowTheRefusalSaysWhenItIsOpen() {
        CheckinDesk desk = desk(new CheckinWindow(30, 15), ActivityStatus.PLANNED, false);
        assertThatThrownBy(() -> desk.requireOpen(START.minusSeconds(31 * 60), ZONE))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("activity.checkin.notYetOpen");
                    assertThat(e.args()).containsExactly("2026-12-10 13:30", "2026-12-10 16:15");
                });
        assertThatThrownBy(() -> desk.requireOpen(END.plusSeconds(16 * 60), ZONE))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("activity.checkin.closed"));
        desk.requireSheetAllowed(END.plusSeconds(30L * 24 * 3600), ZONE);
    }

    @Test
    void aCancelledActivityIsNeverOpen() {
        CheckinDesk desk = desk(CheckinWindow.DEFAULT, ActivityStatus.CANCELLED, false);
        assertThat(desk.isOpen(START)).isFalse();
        assertThatThrownBy(() -> desk.requireSheetAllowed(END, ZONE)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aWindowOutsideZeroToADayIsRefusedOnItsField() {
        assertThatThrownBy(() -> CheckinWindow.of(-1, 0)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("opensBeforeMinutes"));
        assertThatThrownBy(() -> CheckinWindow.of(60, 1441)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("closesAfterMinutes"));
        assertThat(CheckinWindow.of(0, 1440)).isEqualTo(new CheckinWindow(0, 1440));
    }

    @Test
    void onlyTheOrganisersStaffAndThoseAboveRunTheDesk() {
        CheckinDesk desk = desk(CheckinWindow.DEFAULT, ActivityStatus.PLANNED, false);
        assertThat(desk.mayRun(actor(CITY, Role.UNIT_ADMIN))).isTrue();
        assertThat(desk.mayRun(actor(PROVINCE, Role.UNIT_ADMIN))).isTrue();
        assertThat(desk.mayRun(actor(new UnitAt(8, "/1/2/8/", "宁波"), Role.UNIT_ADMIN))).isFalse();
        assertThat(desk.mayRun(actor(CITY, Role.MEMBER))).isFalse();
        assertThat(desk.mayRun(actor(CITY, Role.EDITOR))).isFalse();
    }

    @Test
    void aMemberChecksInWhereTheActivityAddressesThemOrWhereItIsOpenToAll() {
        MemberRef cityMember = new MemberRef(1, "张三", 7, "/1/2/7/9/", MemberStatus.ACTIVE);
        MemberRef outsider = new MemberRef(2, "李四", 8, "/1/2/8/", MemberStatus.ACTIVE);
        CheckinDesk members = desk(CheckinWindow.DEFAULT, ActivityStatus.PLANNED, false);
        assertThat(members.admits(cityMember)).isTrue();
        assertThat(members.admits(outsider)).isFalse();
        assertThat(members.lookupScope()).isEqualTo(CITY.path());
        CheckinDesk everyone = desk(CheckinWindow.DEFAULT, ActivityStatus.PLANNED, true);
        assertThat(everyone.admits(outsider)).isTrue();
        assertThat(everyone.lookupScope()).isEqualTo("/");
    }

    private static CheckinDesk desk(CheckinWindow window, ActivityStatus status, boolean openToPublic) {
        ActivityDetails details = new ActivityDetails(null, ActivityKind.LECTURE_HALL, "大讲堂", "", "报告厅", null,
                START, END, null, CITY, openToPublic, null, null, false, List.of(), List.of(), null);
        return new CheckinDesk(new Activity(11, CITY.id(), CITY.path(), CITY.name(), details, status, null, null,
                null, 0), window);
    }

    private static Actor actor(UnitAt unit, Role role) {
        return new Actor(1, "u", "用户", unit.id(), unit.path(), Set.of(role));
    }
}
