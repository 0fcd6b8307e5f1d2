package org.luoshi.notification.internal;

import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.DecisionWithdrawn;
import org.luoshi.publicity.SubmissionDecided;
import org.luoshi.publicity.SubmissionSubmitted;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.text.BookTitle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the parties of a submission's review (信息报送) what concerns them: 稿件待审核 the level whose turn it now
 * is (when the unit submits, and when a level recommends it upward), 审核结果 (with the comment) and 撤回审核意见 the
 * submitting unit. Each notice links to the submission. In the publisher's transaction, for the reason given on
 * {@link PlanNotices}.
 */
@Component
class PublicityNotices {

    private final Notifier notifier;
    private final UnitDirectory units;
    private final Messages messages;

    PublicityNotices(Notifier notifier, UnitDirectory units, Messages messages) {
        this.notifier = notifier;
        this.units = units;
        this.messages = messages;
    }

    @EventListener
    void on(SubmissionSubmitted submitted) {
        String key = submitted.versionNumber() > 1 ? "resubmitted" : "submitted";
        notifier.send(List.of(notice(submitted.reviewerUnitId(), NotificationKind.SUBMISSION_PENDING,
                "notification.publicity." + key, submitted.submissionId(), name(submitted.unitId()),
                submitted.title(), messages.get("publicity.kind." + submitted.kind().name()),
                String.valueOf(submitted.versionNumber()))));
    }

    @EventListener
    void on(SubmissionDecided decided) {
        String decider = name(decided.deciderUnitId());
        String decision = messages.get("publicity.decision." + decided.decision().name());
        String comment = decided.comment() == null || decided.comment().isBlank()
                ? messages.get("notification.text.noComment") : decided.comment().strip();
        notifier.send(List.of(notice(decided.unitId(), NotificationKind.SUBMISSION_DECIDED,
                "notification.publicity.decided", decided.submissionId(), decider, decided.title(), decision,
                comment)));
        if (decided.nextReviewerUnitId() != null) {
            notifier.send(List.of(notice(decided.nextReviewerUnitId(), NotificationKind.SUBMISSION_PENDING,
                    "notification.publicity.recommended", decided.submissionId(), decider, decided.title(),
                    name(decided.unitId()))));
        }
    }

    @EventListener
    void on(DecisionWithdrawn withdrawn) {
        notifier.send(List.of(notice(withdrawn.unitId(), NotificationKind.DECISION_WITHDRAWN,
                "notification.publicity.withdrawn", withdrawn.submissionId(), name(withdrawn.deciderUnitId()),
                withdrawn.title(), messages.get("publicity.decision." + withdrawn.decision().name()))));
    }

    /** Texts: {0} the other party's name, {1} the title cited, then the details. */
    private Notice notice(long to, NotificationKind kind, String key, long submissionId, String from, String title,
            String... details) {
        Object[] args = new Object[2 + details.length];
        args[0] = from;
        args[1] = BookTitle.cite(title == null || title.isBlank() ? "" : title);
        System.arraycopy(details, 0, args, 2, details.length);
        return new Notice(to, kind, messages.get(key + ".title", args), messages.get(key + ".body", args),
                "/publicity/submissions/" + submissionId, null, null, null);
    }

    private String name(long unitId) {
        return units.find(unitId).map(UnitRef::name).orElse("");
    }
}
