package org.luoshi.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * 任务: a plan as it reached one unit. The one place its rules live: the unit's administrators acknowledge (签收),
 * forward (转发), write and submit their implementation plan (实施方案) and report progress (报送进展) — only after
 * acknowledging; the assigner unit (the one that issued or forwarded it) reviews plans and reports.
 */
public class Assignment {

    public enum Status { ISSUED, ACKNOWLEDGED, COMPLETED }

    public enum ImplStatus { NONE, SUBMITTED, APPROVED, RETURNED }

    public enum ItemStatus { OPEN, REPORTED, RETURNED, ACCEPTED }

    /** One actionable item for this unit: its own due date and state. */
    public static final class Item {
        private final long itemId;
        private final LocalDate dueOn;
        private ItemStatus status;
        private int percent;
        private Instant acceptedAt;
        private final List<EvidenceKind> evidenceRequired;

        Item(long itemId, LocalDate dueOn, ItemStatus status, int percent, Instant acceptedAt,
                List<EvidenceKind> evidenceRequired) {
            this.itemId = itemId;
            this.dueOn = dueOn;
            this.status = status;
            this.percent = percent;
            this.acceptedAt = acceptedAt;
            this.evidenceRequired = List.copyOf(evidenceRequired);
        }

        public long itemId() { return itemId; }
        public LocalDate dueOn() { return dueOn; }
        public ItemStatus status() { return status; }
        public int percent() { return percent; }
        public Instant acceptedAt() { return acceptedAt; }
        public List<EvidenceKind> evidenceRequired() { return evidenceRequired; }

        boolean awaitsReport() {
            return status == ItemStatus.OPEN || status == ItemStatus.RETURNED;
        }
    }

    private final long id;
    private final long planId;
    private final long unitId;
    private final String unitPath;
    private final long assignerUnitId;
    private Status status;
    private Instant acknowledgedAt;
    private Long acknowledgedBy;
    private String acknowledgedByName;
    private ImplStatus implStatus;
    private String implComment;
    private Instant implSubmittedAt;
    private Instant implReviewedAt;
    private Long implReviewedBy;
    private String implReviewedByName;
    private Instant completedAt;
    private final int version;
    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Set<Long> changedItems = new HashSet<>();

    Assignment(long id, long planId, long unitId, String unitPath, long assignerUnitId, Status status,
            ImplStatus implStatus, int version) {
        this.id = id;
        this.planId = planId;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.assignerUnitId = assignerUnitId;
        this.status = status;
        this.implStatus = implStatus;
        this.version = version;
    }

    void restoreAcknowledgement(Instant at, Long by, String byName) {
        this.acknowledgedAt = at;
        this.acknowledgedBy = by;
        this.acknowledgedByName = byName;
    }

    void restoreImplementation(String comment, Instant submittedAt, Instant reviewedAt, Long reviewedBy,
            String reviewedByName, Instant completedAt) {
        this.implComment = comment;
        this.implSubmittedAt = submittedAt;
        this.implReviewedAt = reviewedAt;
        this.implReviewedBy = reviewedBy;
        this.implReviewedByName = reviewedByName;
        this.completedAt = completedAt;
    }

    void restoreItem(Item item) {
        items.put(item.itemId(), item);
    }

    public AssignmentRef ref() {
        return new AssignmentRef(id, planId, unitId, unitPath, assignerUnitId);
    }

    /** The caller read version {@code expected}; someone else has changed the assignment since then. */
    void requireVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw new OptimisticLockingFailureException("assignment " + id + " changed");
        }
    }

    public boolean mayAcknowledge(Actor actor) {
        return allows(() -> requireMayAcknowledge(actor));
    }

    private void requireMayAcknowledge(Actor actor) {
        requireOwnUnit(actor);
        if (status != Status.ISSUED) {
            throw BusinessException.conflict("plan.acknowledge.already");
        }
    }

    /** 签收 */
    void acknowledge(Actor actor, Instant now) {
        requireMayAcknowledge(actor);
        status = Status.ACKNOWLEDGED;
        acknowledgedAt = now;
        acknowledgedBy = actor.accountId();
        acknowledgedByName = actor.displayName();
    }

    /** 转发 (whether the unit has units below it to forward to is the caller's to ask). */
    public boolean mayForward(Actor actor) {
        return allows(() -> requireMayForward(actor));
    }

    private void requireMayForward(Actor actor) {
        requireOwnUnit(actor);
        requireAcknowledged();
    }

    /** 转发: the forwarder's due dates bound those of the units it forwards to. */
    void requireMayForward(Actor actor, Map<Long, LocalDate> dueDates, Map<Long, String> itemLabels) {
        requireMayForward(actor);
        dueDates.forEach((itemId, due) -> {
            Item item = item(itemId);
            if (due != null && item.dueOn() != null && due.isAfter(item.dueOn())) {
                throw BusinessException.invalid("due" + itemId, "plan.forward.dueTooLate",
                        itemLabels.getOrDefault(itemId, ""), due, item.dueOn());
            }
        });
    }

    public boolean mayEditMeasures(Actor actor) {
        return allows(() -> requireMayEditMeasures(actor));
    }

    /** 报送实施方案: as soon as its measures may be edited (that there is at least one is checked on submit). */
    public boolean maySubmitImplementationPlan(Actor actor) {
        return mayEditMeasures(actor);
    }

    /** 落实举措 may change until the implementation plan is submitted, and again after it is returned. */
    void requireMayEditMeasures(Actor actor) {
        requireOwnUnit(actor);
        requireAcknowledged();
        if (implStatus == ImplStatus.SUBMITTED || implStatus == ImplStatus.APPROVED) {
            throw BusinessException.conflict("plan.measures.locked");
        }
    }

    void submitImplementationPlan(Actor actor, int measures, Instant now) {
        requireMayEditMeasures(actor);
        if (measures == 0) {
            throw BusinessException.invalid("measures", "plan.impl.noMeasures");
        }
        implStatus = ImplStatus.SUBMITTED;
        implSubmittedAt = now;
    }

    void approveImplementationPlan(Actor actor, Instant now) {
        reviewImplementationPlan(actor, now);
        implStatus = ImplStatus.APPROVED;
        implComment = null;
    }

    void returnImplementationPlan(Actor actor, String comment, Instant now) {
        String reason = requireReason(comment, "comment");
        reviewImplementationPlan(actor, now);
        implStatus = ImplStatus.RETURNED;
        implComment = reason;
    }

    public boolean mayReviewImplementationPlan(Actor actor) {
        return allows(() -> requireMayReviewImplementationPlan(actor));
    }

    private void requireMayReviewImplementationPlan(Actor actor) {
        requireAssigner(actor);
        if (implStatus != ImplStatus.SUBMITTED) {
            throw BusinessException.conflict("plan.impl.notSubmitted");
        }
    }

    private void reviewImplementationPlan(Actor actor, Instant now) {
        requireMayReviewImplementationPlan(actor);
        implReviewedAt = now;
        implReviewedBy = actor.accountId();
        implReviewedByName = actor.displayName();
    }

    public boolean mayReport(Actor actor, long itemId) {
        return allows(() -> requireMayReport(actor, itemId));
    }

    private Item requireMayReport(Actor actor, long itemId) {
        requireOwnUnit(actor);
        requireAcknowledged();
        Item item = item(itemId);
        if (item.status == ItemStatus.ACCEPTED) {
            throw BusinessException.conflict("plan.report.alreadyAccepted");
        }
        if (item.status == ItemStatus.REPORTED) {
            throw BusinessException.conflict("plan.report.awaitingReview");
        }
        return item;
    }

    /**
     * 报送进展: only after acknowledging, one report at a time per item, nothing after acceptance. A report that
     * completes the item carries the evidence the item asks for ({@code shown}), or gives the reason it cannot;
     * returns the kinds it lacks (for the reviewer), empty when it lacks none.
     */
    List<EvidenceKind> report(Actor actor, long itemId, Integer percent, Set<EvidenceKind> shown,
            String missingEvidenceReason) {
        Item item = requireMayReport(actor, itemId);
        if (percent == null || percent < 0 || percent > 100) {
            throw BusinessException.invalid("percent", "plan.report.percent");
        }
        List<EvidenceKind> missing = percent < 100 ? List.of()
                : item.evidenceRequired.stream().filter(kind -> !shown.contains(kind)).toList();
        if (!missing.isEmpty() && (missingEvidenceReason == null || missingEvidenceReason.isBlank())) {
            Object[] labels = missing.stream().map(kind -> new DefaultMessageSourceResolvable(
                    "plan.evidence." + kind.name())).toArray();
            throw BusinessException.invalid("files", "plan.report.evidence.missing." + missing.size(), labels);
        }
        item.status = ItemStatus.REPORTED;
        item.percent = percent;
        changedItems.add(itemId);
        return missing;
    }

    /** Accepts the item's pending report; returns true when this completes the whole assignment. */
    boolean acceptReport(Actor actor, long itemId, Instant now) {
        Item item = reportUnderReview(actor, itemId);
        item.status = ItemStatus.ACCEPTED;
        item.percent = 100;
        item.acceptedAt = now;
        if (items.values().stream().allMatch(i -> i.status == ItemStatus.ACCEPTED)) {
            status = Status.COMPLETED;
            completedAt = now;
            return true;
        }
        return false;
    }

    String returnReport(Actor actor, long itemId, String reason) {
        String why = requireReason(reason, "reason");
        reportUnderReview(actor, itemId).status = ItemStatus.RETURNED;
        return why;
    }

    /** 审核进展 (a report awaiting review is the caller's to find). */
    public boolean mayReview(Actor actor) {
        return allows(() -> requireAssigner(actor));
    }

    /**
     * 催办: an administrator of a unit above this one, while the work is not complete. Never one's own unit: it is
     * told by its own task list, not by a reminder.
     */
    public boolean mayRemind(Actor actor) {
        return actor.mayManage() && actor.unitId() != unitId && actor.covers(unitPath) && status != Status.COMPLETED;
    }

    private Item reportUnderReview(Actor actor, long itemId) {
        requireAssigner(actor);
        Item item = item(itemId);
        if (item.status != ItemStatus.REPORTED) {
            throw BusinessException.conflict("plan.report.notAwaitingReview");
        }
        changedItems.add(itemId);
        return item;
    }

    void requireOwnUnit(Actor actor) {
        if (actor.unitId() != unitId || !actor.mayManage()) {
            throw BusinessException.forbidden("plan.assignment.notYourUnit");
        }
    }

    void requireAssigner(Actor actor) {
        if (actor.unitId() != assignerUnitId || !actor.mayManage()) {
            throw BusinessException.forbidden("plan.review.notAssigner");
        }
    }

    private void requireAcknowledged() {
        if (status == Status.ISSUED) {
            throw BusinessException.conflict("plan.assignment.notAcknowledged");
        }
    }

    private static boolean allows(Runnable guard) {
        try {
            guard.run();
            return true;
        } catch (BusinessException refused) {
            return false;
        }
    }

    private static String requireReason(String text, String field) {
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid(field, "plan.review.reasonRequired");
        }
        return text.strip();
    }

    Item item(long itemId) {
        Item item = items.get(itemId);
        if (item == null) {
            throw BusinessException.notFound("plan.item.notFound");
        }
        return item;
    }

    Collection<Item> changedItems() {
        return changedItems.stream().map(items::get).toList();
    }

    public long id() { return id; }
    public long planId() { return planId; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public long assignerUnitId() { return assignerUnitId; }
    public Status status() { return status; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Long acknowledgedBy() { return acknowledgedBy; }
    public String acknowledgedByName() { return acknowledgedByName; }
    public ImplStatus implStatus() { return implStatus; }
    public String implComment() { return implComment; }
    public Instant implSubmittedAt() { return implSubmittedAt; }
    public Instant implReviewedAt() { return implReviewedAt; }
    public Long implReviewedBy() { return implReviewedBy; }
    public String implReviewedByName() { return implReviewedByName; }
    public Instant completedAt() { return completedAt; }
    public int version() { return version; }
    public Collection<Item> items() { return items.values(); }
}
