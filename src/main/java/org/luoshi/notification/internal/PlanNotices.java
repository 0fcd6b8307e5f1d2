package org.luoshi.notification.internal;

import org.luoshi.shared.text.BookTitle;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentAcknowledged;
import org.luoshi.plan.AssignmentCompleted;
import org.luoshi.plan.AssignmentForwarded;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.ImplementationPlanReviewed;
import org.luoshi.plan.ImplementationPlanSubmitted;
import org.luoshi.plan.PlanDirectory;
import org.luoshi.plan.PlanIssued;
import org.luoshi.plan.ProgressAccepted;
import org.luoshi.plan.ProgressReported;
import org.luoshi.plan.ProgressReturned;
import org.luoshi.shared.error.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of the plan cascade what concerns them: 下发 and 转发 the receiving units, 签收, 报送 and
 * 实施方案报送 the unit that assigned the work (it reviews), 通过, 退回 (with the reviewer's comment) and 完成 the unit
 * that did it. Every notice links to the assignment it is about, which is the addressee's own task or the one it
 * reviews.
 * <p>
 * The listeners run in the publisher's transaction ({@code @EventListener}, not after commit): the notice and its
 * e-mail rows are committed with the change or rolled back with it, so none is lost when the node stops right
 * after the commit (an after-commit or asynchronous listener would need an event publication registry to survive
 * that, which this application does not keep) and none is sent for a change that did not happen.
 */
@Component
class PlanNotices {

    private final Notifier notifier;
    private final PlanDirectory plans;
    private final UnitDirectory units;
    private final Messages messages;

    PlanNotices(Notifier notifier, PlanDirectory plans, UnitDirectory units, Messages messages) {
        this.notifier = notifier;
        this.plans = plans;
        this.units = units;
        this.messages = messages;
    }

    @EventListener
    void on(PlanIssued issued) {
        toReceivers(NotificationKind.ISSUED, issued.planId(), issued.issuerUnitId(), issued.title());
    }

    @EventListener
    void on(AssignmentForwarded forwarded) {
        AssignmentRef from = forwarded.from();
        toReceivers(NotificationKind.FORWARDED, from.planId(), from.unitId(), title(from));
    }

    @EventListener
    void on(AssignmentAcknowledged acknowledged) {
        toAssigner(NotificationKind.ACKNOWLEDGED, acknowledged.assignment(), "");
    }

    @EventListener
    void on(ImplementationPlanSubmitted submitted) {
        toAssigner(NotificationKind.IMPL_SUBMITTED, submitted.assignment(), "");
    }

    @EventListener
    void on(ProgressReported reported) {
        toAssigner(NotificationKind.REPORTED, reported.assignment(), item(reported.itemId()),
                String.valueOf(reported.percent()));
    }

    @EventListener
    void on(ImplementationPlanReviewed reviewed) {
        if (reviewed.approved()) {
            toUnit(NotificationKind.IMPL_APPROVED, reviewed.assignment(), "");
        } else {
            toUnit(NotificationKind.IMPL_RETURNED, reviewed.assignment(), comment(reviewed.comment()));
        }
    }

    @EventListener
    void on(ProgressAccepted accepted) {
        toUnit(NotificationKind.REPORT_ACCEPTED, accepted.assignment(), item(accepted.itemId()));
    }

    @EventListener
    void on(ProgressReturned returned) {
        toUnit(NotificationKind.REPORT_RETURNED, returned.assignment(), item(returned.itemId()),
                comment(returned.reason()));
    }

    @EventListener
    void on(AssignmentCompleted completed) {
        toUnit(NotificationKind.COMPLETED, completed.assignment(), "");
    }

    /** 下发/转发: each unit that received the plan from {@code senderUnitId} and was not told yet. */
    private void toReceivers(NotificationKind kind, long planId, long senderUnitId, String planTitle) {
        String sender = name(senderUnitId);
        List<Notice> notices = plans.assignedBy(planId, senderUnitId).stream()
                .map(to -> notice(kind, to, to.unitId(), senderUnitId, sender, planTitle))
                .toList();
        notifier.send(notices);
    }

    /** To the unit that did the work, from the unit that reviews it. */
    private void toUnit(NotificationKind kind, AssignmentRef assignment, String... details) {
        notifier.send(List.of(notice(kind, assignment, assignment.unitId(), assignment.assignerUnitId(),
                name(assignment.assignerUnitId()), title(assignment), details)));
    }

    /** To the unit that assigned the work and reviews it, naming the unit that did something. */
    private void toAssigner(NotificationKind kind, AssignmentRef assignment, String... details) {
        notifier.send(List.of(notice(kind, assignment, assignment.assignerUnitId(), assignment.unitId(),
                name(assignment.unitId()), title(assignment), details)));
    }

    /** Texts: {0} the other party's name, {1} the plan's title, then the details (item, comment, percent). */
    private Notice notice(NotificationKind kind, AssignmentRef assignment, long to, long from, String fromName,
            String planTitle, String... details) {
        Object[] args = new Object[2 + details.length];
        args[0] = fromName;
        args[1] = BookTitle.cite(planTitle);
        System.arraycopy(details, 0, args, 2, details.length);
        String key = "notification.text." + kind.name();
        return new Notice(to, kind, messages.get(key + ".title", args), messages.get(key + ".body", args),
                Notice.taskLink(assignment.assignmentId()), assignment.planId(), assignment.assignmentId(),
                kind == NotificationKind.ISSUED || kind == NotificationKind.FORWARDED ? Long.valueOf(from) : null);
    }

    private String title(AssignmentRef assignment) {
        return plans.planTitle(assignment.planId()).orElse("");
    }

    private String item(long itemId) {
        return plans.itemLabel(itemId).orElse("");
    }

    private String comment(String comment) {
        return comment == null || comment.isBlank() ? messages.get("notification.text.noComment") : comment.strip();
    }

    private String name(long unitId) {
        return units.find(unitId).map(UnitRef::name).orElse("");
    }
}
