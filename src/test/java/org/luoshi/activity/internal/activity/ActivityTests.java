package org.luoshi.activity.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.ActivityKind;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class ActivityTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 10, 14, 0);
    private static final UnitAt PROVINCE = new UnitAt(2, "/1/2/", "浙江省老科协");
    private static final UnitAt CITY = new UnitAt(7, "/1/2/7/", "杭州市老科协");
    private static final UnitAt SIBLING = new UnitAt(8, "/1/2/8/", "宁波市老科协");
    private static final UnitAt OTHER_PROVINCE = new UnitAt(3, "/1/3/", "江苏省老科协");
    private static final ItemRef ITEM = new ItemRef(5, 50);

    private final Actor cityAdmin = actor(CITY, Role.UNIT_ADMIN);
    private final Actor provinceAdmin = actor(PROVINCE, Role.UNIT_ADMIN);
    private final Actor siblingAdmin = actor(SIBLING, Role.UNIT_ADMIN);
    private final Actor cityEditor = actor(CITY, Role.EDITOR);
    private final Actor cityMember = actor(CITY, Role.MEMBER);

    @Test
    void anEndBeforeTheStartIsRefusedOnTheEndField() {
        SaveActivity command = command(START, START.minusHours(1), 50);
        assertThatThrownBy(() -> details(command, PROVINCE))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("endsAt");
                    assertThat(e.messageKey()).isEqualTo("activity.endsAt.beforeStart");
                });
    }

    @Test
    void aCapacityOfZeroIsRefusedAndNoCapacityMeansNoLimit() {
        assertThatThrownBy(() -> details(command(START, START.plusHours(2), 0), PROVINCE))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        assertThat(details(command(START, START.plusHours(2), null), PROVINCE).capacity()).isNull();
    }

    @Test
    void anActivityNeedsAPlaceOrALinkAndALinkIsAWebAddress() {
        SaveActivity nowhere = new SaveActivity(null, ActivityKind.TALK, "宣讲", "", " ", null, START,
                START.plusHours(1), null, null, false, null, null, false, List.of(), List.of(), null);
        assertThatThrownBy(() -> details(nowhere, PROVINCE)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("address"));
        SaveActivity script = new SaveActivity(null, ActivityKind.TALK, "宣讲", "", null, "javascript:alert(1)", START,
                START.plusHours(1), null, null, false, null, null, false, List.of(), List.of(), null);
        assertThatThrownBy(() -> details(script, PROVINCE)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("onlineUrl"));
    }

    @Test
    void theAudienceIsTheOrganisersSubtreeAndRegistrationClosesBeforeTheEnd() {
        assertThatThrownBy(() -> Activity.details(command(START, START.plusHours(2), 10), CITY, SIBLING, List.of(),
                null, ZONE)).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.field()).isEqualTo("audienceUnitId"));
        SaveActivity late = new SaveActivity(null, ActivityKind.TALK, "宣讲", "", "会议室", null, START,
                START.plusHours(1), null, null, false, START.minusDays(3), START.plusHours(2), false, List.of(),
                List.of(), null);
        assertThatThrownBy(() -> details(late, PROVINCE)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.field()).isEqualTo("registrationClosesAt"));
    }

    @Test
    void timesAreWallClockTimesOfTheAssociationsZone() {
        ActivityDetails details = details(command(START, START.plusHours(2), 10), PROVINCE);
        assertThat(details.startsAt()).isEqualTo(Instant.parse("2026-12-10T06:00:00Z"));
    }

    @Test
    void theOrganiserAndTheUnitsAboveEditSiblingsAndMembersDoNot() {
        Activity activity = stored(CITY, CITY);
        assertThat(activity.mayEdit(cityAdmin)).isTrue();
        assertThat(activity.mayEdit(provinceAdmin)).isTrue();
        assertThat(activity.mayEdit(siblingAdmin)).isFalse();
        assertThat(activity.mayEdit(cityEditor)).isFalse();
        assertThatThrownBy(() -> activity.markedHeld(siblingAdmin, Instant.parse("2026-12-11T00:00:00Z")))
                .isInstanceOf(BusinessException.class).hasMessage("activity.notYourUnit");
    }

    @Test
    void unitsSeeTheirSubtreesActivitiesAndThoseOpenToThemMembersOnlyThoseOpenToThem() {
        Activity forTheCity = stored(CITY, CITY);
        assertThat(forTheCity.visibleTo(provinceAdmin)).isTrue();
        assertThat(forTheCity.visibleTo(cityMember)).isTrue();
        assertThat(forTheCity.visibleTo(siblingAdmin)).isFalse();
        Activity forTheProvince = stored(PROVINCE, PROVINCE);
        assertThat(forTheProvince.visibleTo(siblingAdmin)).isTrue();
        assertThat(forTheProvince.visibleTo(actor(OTHER_PROVINCE, Role.UNIT_ADMIN))).isFalse();
        Activity internal = stored(CITY, new UnitAt(70, "/1/2/7/70/", "西湖区老科协"));
        assertThat(internal.visibleTo(cityMember)).isFalse();
        assertThat(internal.visibleTo(cityEditor)).isTrue();
    }

    @Test
    void coOrganisersSeeIt() {
        SaveActivity c = new SaveActivity(null, ActivityKind.SYMPOSIUM, "座谈", "", "会议室", null, START,
                START.plusHours(2), null, null, false, null, null, false, List.of(3L), List.of(), null);
        ActivityDetails d = Activity.details(c, CITY, CITY, List.of(OTHER_PROVINCE), null, ZONE);
        Activity activity = new Activity(9, CITY.id(), CITY.path(), CITY.name(), d, ActivityStatus.PLANNED, null,
                null, null, 0);
        assertThat(activity.visibleTo(actor(OTHER_PROVINCE, Role.LEADER))).isTrue();
        assertThat(activity.mayEdit(actor(OTHER_PROVINCE, Role.UNIT_ADMIN))).isFalse();
    }

    @Test
    void heldOnlyOnceStartedAndThenItCountsOnceTowardItsItem() {
        Activity activity = stored(CITY, CITY);
        Instant before = Instant.parse("2026-12-10T05:00:00Z");
        Instant after = Instant.parse("2026-12-10T08:00:00Z");
        assertThat(activity.mayMarkHeld(cityAdmin, before)).isFalse();
        assertThatThrownBy(() -> activity.markedHeld(cityAdmin, before)).hasMessage("activity.held.notStarted");
        assertThat(activity.counted(after)).isEmpty();
        Activity held = activity.markedHeld(cityAdmin, after);
        List<Object> events = held.countingSince(activity, after);
        assertThat(events).singleElement().isInstanceOfSatisfying(WorkCounted.class, w -> {
            assertThat(w.kind()).isEqualTo("activity.held");
            assertThat(w.quantity()).isEqualTo(1);
            assertThat(w.item()).isEqualTo(ITEM);
            assertThat(w.link()).isEqualTo("/activities/9");
        });
        assertThat(held.mayDelete(cityAdmin)).isFalse();
        assertThatThrownBy(() -> held.markedHeld(cityAdmin, after)).hasMessage("activity.held.already");
    }

    @Test
    void unlinkingAHeldActivityWithdrawsItsCount() {
        Instant at = Instant.parse("2026-12-10T08:00:00Z");
        Activity held = stored(CITY, CITY).markedHeld(cityAdmin, at);
        ActivityDetails unlinked = Activity.details(command(START, START.plusHours(2), 10), CITY, CITY, List.of(),
                null, ZONE);
        Activity revised = held.revised(cityAdmin, unlinked);
        assertThat(revised.countingSince(held, at)).singleElement().isInstanceOf(WorkUncounted.class);
    }

    @Test
    void aCancelledActivityNeedsAReasonAndIsNoLongerEdited() {
        Activity activity = stored(CITY, CITY);
        Instant at = Instant.parse("2026-12-09T08:00:00Z");
        assertThatThrownBy(() -> activity.cancelled(cityAdmin, " ", at)).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        Activity cancelled = activity.cancelled(cityAdmin, "天气原因", at);
        assertThat(cancelled.mayEdit(cityAdmin)).isFalse();
        assertThat(cancelled.mayDelete(cityAdmin)).isTrue();
    }

    @Test
    void onlyStaffOrganise() {
        assertThat(Activity.mayOrganise(cityAdmin)).isTrue();
        assertThat(Activity.mayOrganise(actor(CITY, Role.SYSTEM_ADMIN))).isTrue();
        assertThat(Activity.mayOrganise(cityEditor)).isFalse();
        assertThat(Activity.mayOrganise(actor(CITY, Role.LEADER))).isFalse();
        assertThatThrownBy(() -> Activity.planned(cityEditor, CITY, details(command(START, START.plusHours(1), 5),
                CITY))).hasMessage("activity.notYourUnit");
    }

    private static Activity stored(UnitAt organiser, UnitAt audience) {
        ActivityDetails d = Activity.details(command(START, START.plusHours(2), 30), organiser, audience, List.of(),
                ITEM, ZONE);
        return new Activity(9, organiser.id(), organiser.path(), organiser.name(), d, ActivityStatus.PLANNED, null,
                null, null, 0);
    }

    private static ActivityDetails details(SaveActivity command, UnitAt organiser) {
        return Activity.details(command, organiser, organiser, List.of(), null, ZONE);
    }

    private static SaveActivity command(LocalDateTime starts, LocalDateTime ends, Integer capacity) {
        return new SaveActivity(null, ActivityKind.TALK, "党的二十大精神宣讲", "", "省科协报告厅", null, starts, ends,
                capacity, null, false, null, null, false, List.of(), List.of(), null);
    }

    private static Actor actor(UnitAt unit, Role role) {
        return new Actor(unit.id() * 100, "u" + unit.id(), "用户", unit.id(), unit.path(), Set.of(role));
    }
}
