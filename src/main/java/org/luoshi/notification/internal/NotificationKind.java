package org.luoshi.notification.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * What a notification is about, whom of the addressed unit it is for, and whether it is e-mailed unless a person
 * chose otherwise. The texts are under {@code notification.kind.<name>} in the bundle.
 */
public enum NotificationKind {
    /** 下发: a plan reached the unit */
    ISSUED(true),
    /** 转发: a plan was forwarded to the unit */
    FORWARDED(true),
    /** 已签收: a unit the addressee assigned acknowledged */
    ACKNOWLEDGED(false),
    /** 实施方案待审核 */
    IMPL_SUBMITTED(false),
    /** 实施方案通过 */
    IMPL_APPROVED(false),
    /** 实施方案退回, with the reviewer's comment */
    IMPL_RETURNED(true),
    /** 进展待审核 */
    REPORTED(false),
    /** 进展通过 */
    REPORT_ACCEPTED(false),
    /** 进展退回, with the reviewer's comment */
    REPORT_RETURNED(true),
    /** 任务完成: every item accepted */
    COMPLETED(false),
    /** 即将到期 */
    DUE_SOON(true),
    /** 已逾期 */
    OVERDUE(true),
    /** 未签收 */
    ACKNOWLEDGE(true),
    /** 逾期上报：a laggard named to the level above after two missed reminders */
    ESCALATION(true),
    /** 人工催办 by an ancestor unit */
    MANUAL(true),
    /** 稿件待审核: a submission reached the unit's level (信息报送) */
    SUBMISSION_PENDING(true, Audience.PUBLICITY),
    /** 审核结果: a level decided on the unit's submission, with its comment */
    SUBMISSION_DECIDED(true, Audience.PUBLICITY),
    /** 撤回审核意见: a level took its decision on the unit's submission back */
    DECISION_WITHDRAWN(false, Audience.PUBLICITY),
    /** 候补转正: the member moved up from an activity's waiting list (报名) */
    REGISTRATION_PROMOTED(true, Audience.PERSON),
    /** 报名审核结果: the organiser approved or refused the member's registration */
    REGISTRATION_DECIDED(true, Audience.PERSON),
    /** 活动提醒: the member's activity is tomorrow */
    ACTIVITY_REMINDER(true, Audience.PERSON),
    /** 代为通知: the same, for a member without a login, to the staff of their unit who registered them */
    REGISTRANT_NOTICE(true, Audience.ACTIVITY);

    /** Whom of a unit a kind is for (the sets live here: the kinds are made before the enum's own statics). */
    private enum Audience {
        /**
         * Plan work is for those who act on it or oversee it: administrators and the leading group. Members (and the
         * editor and evaluator roles) cannot act on a plan, so they are not told of its reminders.
         */
        PLAN(EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.LEADER)),
        /**
         * Submissions are written, submitted and reviewed by a unit's publicity staff: its editors and
         * administrators. The leading group reads the lists; it is not asked to act, so it is not told.
         */
        PUBLICITY(EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN, Role.EDITOR)),
        /**
         * A person's own notice (their registration): whatever their roles, it is written for their account only,
         * which alone sees it ({@link Notice#accountId()}).
         */
        PERSON(EnumSet.allOf(Role.class)),
        /** Activities are organised, and members without a phone registered, by the unit's administrators. */
        ACTIVITY(EnumSet.of(Role.SYSTEM_ADMIN, Role.UNIT_ADMIN));

        private final Set<Role> roles;

        Audience(Set<Role> roles) {
            this.roles = roles;
        }
    }

    private final boolean mailByDefault;
    private final Audience audience;

    NotificationKind(boolean mailByDefault) {
        this(mailByDefault, Audience.PLAN);
    }

    NotificationKind(boolean mailByDefault, Audience audience) {
        this.mailByDefault = mailByDefault;
        this.audience = audience;
    }

    /** E-mailed too unless the person chose in-app only: what asks the unit to act is. */
    public boolean mailByDefault() {
        return mailByDefault;
    }

    public boolean isFor(Set<Role> roles) {
        return roles.stream().anyMatch(audience.roles::contains);
    }

    /** The kinds the actor's notification centre shows. */
    public static List<NotificationKind> visibleTo(Actor actor) {
        return Stream.of(values()).filter(kind -> kind.isFor(actor.roles())).toList();
    }

    static String[] names(List<NotificationKind> kinds) {
        return kinds.stream().map(Enum::name).toArray(String[]::new);
    }
}
