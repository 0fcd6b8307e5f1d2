package org.luoshi.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** Who of a unit is told of what, and what is e-mailed unless a person chose otherwise. */
class NotificationKindTests {

    @Test
    void membersAreToldOfNoPlanWorkAdministratorsAndLeadersOfAll() {
        assertThat(NotificationKind.visibleTo(actor(Role.MEMBER))).as("members: their own registrations only")
                .containsExactly(NotificationKind.REGISTRATION_PROMOTED, NotificationKind.REGISTRATION_DECIDED,
                        NotificationKind.ACTIVITY_REMINDER);
        assertThat(NotificationKind.visibleTo(actor(Role.EVALUATOR)))
                .containsExactlyElementsOf(NotificationKind.visibleTo(actor(Role.MEMBER)));
        assertThat(NotificationKind.visibleTo(actor(Role.EDITOR, Role.EVALUATOR)))
                .as("editors: publicity, and their own registrations")
                .containsExactly(NotificationKind.SUBMISSION_PENDING, NotificationKind.SUBMISSION_DECIDED,
                        NotificationKind.DECISION_WITHDRAWN, NotificationKind.REGISTRATION_PROMOTED,
                        NotificationKind.REGISTRATION_DECIDED, NotificationKind.ACTIVITY_REMINDER);
        assertThat(NotificationKind.visibleTo(actor(Role.LEADER))).doesNotContain(
                NotificationKind.SUBMISSION_PENDING);
        assertThat(NotificationKind.visibleTo(actor(Role.UNIT_ADMIN))).containsExactly(NotificationKind.values());
        assertThat(NotificationKind.visibleTo(actor(Role.LEADER))).contains(NotificationKind.OVERDUE)
                .doesNotContain(NotificationKind.REGISTRANT_NOTICE);
        assertThat(NotificationKind.visibleTo(actor(Role.MEMBER, Role.UNIT_ADMIN)))
                .as("a member who also administers the unit").contains(NotificationKind.OVERDUE);
    }

    @Test
    void whatAsksTheUnitToActIsMailedByDefaultTheRestStaysInTheApp() {
        Preferences.Choices none = Preferences.Choices.DEFAULT;
        assertThat(none.byMail(NotificationKind.REPORT_RETURNED)).isTrue();
        assertThat(none.byMail(NotificationKind.ISSUED)).isTrue();
        assertThat(none.byMail(NotificationKind.OVERDUE)).isTrue();
        assertThat(none.byMail(NotificationKind.REPORT_ACCEPTED)).isFalse();
        assertThat(none.byMail(NotificationKind.ACKNOWLEDGED)).isFalse();
    }

    @Test
    void aPersonsChoiceOverridesTheDefaultEitherWay() {
        Preferences.Choices chosen = new Preferences.Choices("a@example.cn", false,
                EnumSet.of(NotificationKind.REPORT_ACCEPTED), EnumSet.of(NotificationKind.OVERDUE));
        assertThat(chosen.byMail(NotificationKind.REPORT_ACCEPTED)).isTrue();
        assertThat(chosen.byMail(NotificationKind.OVERDUE)).isFalse();
        assertThat(chosen.byMail(NotificationKind.MANUAL)).as("not chosen: the default").isTrue();
    }

    private static Actor actor(Role... roles) {
        return new Actor(1, "u", "u", 1, "/1/", Set.of(roles));
    }
}
