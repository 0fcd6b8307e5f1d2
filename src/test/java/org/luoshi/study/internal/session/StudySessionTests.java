package org.luoshi.study.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The rules of a collective study session, without Spring. */
class StudySessionTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Actor COUNTY_ADMIN = new Actor(1, "county", "县管理员", 30, "/1/3/30/", Set.of(Role.UNIT_ADMIN));
    static final Actor PROVINCE_ADMIN = new Actor(2, "province", "省管理员", 3, "/1/3/", Set.of(Role.UNIT_ADMIN));
    static final Actor COUNTY_LEADER = new Actor(3, "leader", "县领导", 30, "/1/3/30/", Set.of(Role.LEADER));
    static final Actor SIBLING_ADMIN = new Actor(4, "sibling", "邻县管理员", 31, "/1/3/31/", Set.of(Role.UNIT_ADMIN));
    static final StudySession.Attendee ZHANG = new StudySession.Attendee(100, "张三", 30, "/1/3/30/");
    static final StudySession.Attendee LI = new StudySession.Attendee(101, "李四", 300, "/1/3/30/300/");
    static final StudySession.Attendee OUTSIDER = new StudySession.Attendee(102, "王五", 31, "/1/3/31/");
    static final ItemRef ITEM = new ItemRef(7, 70);

    @Test
    void theCountysAdministratorsRecordAndReviseItsSessionsWhileAncestorsAndLeadersOnlyRead() {
        StudySession session = stored(ITEM);

        assertThat(session.mayEdit(COUNTY_ADMIN)).isTrue();
        assertThat(session.mayDelete(COUNTY_ADMIN)).isTrue();
        assertThat(session.mayView(PROVINCE_ADMIN)).isTrue();
        assertThat(session.mayEdit(PROVINCE_ADMIN)).isFalse();
        assertThat(session.mayEdit(COUNTY_LEADER)).isFalse();
        assertThat(session.mayView(SIBLING_ADMIN)).isFalse();
        assertThatThrownBy(() -> StudySession.newFor(COUNTY_LEADER)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aSessionIsHeldOnADayThatHasCome() {
        StudySession session = StudySession.newFor(COUNTY_ADMIN);

        assertThatThrownBy(() -> session.apply(COUNTY_ADMIN, command(TODAY.plusDays(1)), List.of(ZHANG), List.of(),
                null, TODAY)).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.field()).isEqualTo("heldOn"));
        session.apply(COUNTY_ADMIN, command(TODAY), List.of(ZHANG), List.of(), null, TODAY);
        assertThat(session.heldOn()).isEqualTo(TODAY);
    }

    @Test
    void attendeesAreMembersOfTheSubtreeEachOnce() {
        StudySession session = StudySession.newFor(COUNTY_ADMIN);

        assertThatThrownBy(() -> session.apply(COUNTY_ADMIN, command(TODAY), List.of(ZHANG, OUTSIDER), List.of(),
                null, TODAY)).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("attendeeIds");
                    assertThat(e.args()).contains("王五");
                });
        assertThatThrownBy(() -> session.apply(COUNTY_ADMIN, command(TODAY), List.of(ZHANG, LI, ZHANG), List.of(),
                null, TODAY)).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("study.session.attendee.duplicate"));
        assertThat(session.topic()).as("nothing set by a refused command").isNull();
    }

    @Test
    void minutesAreSanitised() {
        StudySession session = StudySession.newFor(COUNTY_ADMIN);
        RecordSession command = new RecordSession(StudyForm.SEMINAR, TODAY, 60, "研讨", null, null, null, null, 0,
                null, "<p onclick='x()'>一<b>二</b></p><script>alert(1)</script>", null, null);

        session.apply(COUNTY_ADMIN, command, List.of(), List.of(), null, TODAY);

        assertThat(session.minutesHtml()).isEqualTo("<p>一<strong>二</strong></p>");
    }

    @Test
    void aLinkedSessionCountsOnceAndRelinkingOrUnlinkingWithdrawsTheEarlierCount() {
        StudySession linked = stored(ITEM);
        Optional<WorkCounted> counted = linked.counted(NOW);
        assertThat(counted).hasValueSatisfying(c -> {
            assertThat(c.kind()).isEqualTo("study.session");
            assertThat(c.quantity()).isEqualTo(1);
            assertThat(c.link()).isEqualTo("/study/sessions/5");
        });

        StudySession relinked = stored(new ItemRef(7, 71));
        List<Object> events = relinked.countingSince(counted, NOW);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(WorkUncounted.class);
        assertThat(((WorkCounted) events.get(1)).item().itemId()).isEqualTo(71);

        assertThat(stored(null).countingSince(counted, NOW)).singleElement().isInstanceOf(WorkUncounted.class);
        assertThat(stored(ITEM).deleted(COUNTY_ADMIN, NOW)).singleElement().isInstanceOf(WorkUncounted.class);
        assertThatThrownBy(() -> stored(ITEM).deleted(PROVINCE_ADMIN, NOW)).isInstanceOf(BusinessException.class);
    }

    private static RecordSession command(LocalDate heldOn) {
        return new RecordSession(StudyForm.THEMATIC, heldOn, 90, "学习党章", "王会长", null, List.of("党章"), null, 2,
                Set.of(Leader.PRESIDENT), "<p>纪要</p>", null, null);
    }

    private static StudySession stored(ItemRef item) {
        StudySession session = new StudySession(5, 30, "/1/3/30/", 0);
        session.restore(StudyForm.THEMATIC, TODAY, 90, "学习党章", null, 0, Set.of(), "", item, null, List.of(ZHANG),
                List.of());
        return session;
    }
}
