package org.luoshi.publicity.internal.submission;

import org.luoshi.publicity.internal.PublicityRoles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.luoshi.org.MemberRef;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.DecisionWithdrawn;
import org.luoshi.publicity.SubmissionDecided;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.SubmissionSubmitted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.RichText;

/**
 * 报送稿件: what a unit submits to its parent, reviewed level by level up the tree. The one place its rules live:
 * the unit's publicity staff write it and submit it to the parent unit (never elsewhere); the level whose turn it is
 * returns it (with a comment), adopts it, recommends it to its own parent, or does not adopt it (with a reason); a
 * returned one goes back, revised, to the level that returned it; the last decision can be withdrawn by its level
 * until the next step is taken. Linked to a plan item it counts there when first submitted
 * ({@code publicity.submitted}) and when first adopted ({@code publicity.adopted}).
 */
public class Submission {

    public static final String COUNTED_SUBMITTED = "publicity.submitted";
    public static final String COUNTED_ADOPTED = "publicity.adopted";
    static final int MAX_TITLE = 200;
    static final int MAX_NAME = 100;
    static final int MAX_BODY_HTML = 200_000;
    static final int MAX_NOTE = 1000;
    static final int MAX_COMMENT = 2000;

    private final long id;
    private final long unitId;
    private final String unitPath;
    private SubmissionKind kind;
    private String title = "";
    private String bodyHtml = "";
    private String author;
    private String contact;
    private ItemRef item;
    private Long activityId;
    private Long memberId;
    private SubmissionStatus status = SubmissionStatus.DRAFT;
    private Long reviewerUnitId;
    private String reviewerUnitPath;
    private int submittedVersion;
    private Instant firstSubmittedAt;
    private Instant lastSubmittedAt;
    private String adoptedLevel;
    private List<Ruling> rulings = List.of();
    private final int version;

    Submission(long id, long unitId, String unitPath, int version) {
        this.id = id;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.version = version;
    }

    /** A draft not yet stored, of the actor's own unit. */
    static Submission newFor(Actor actor, SubmissionKind kind) {
        if (!mayCreate(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        if (kind == null) {
            throw BusinessException.invalid("kind", "publicity.submission.kind.required");
        }
        Submission draft = new Submission(0, actor.unitId(), actor.unitPath(), 0);
        draft.kind = kind;
        return draft;
    }

    /** Publicity staff of a unit: its editors and administrators. */
    public static boolean isStaff(Actor actor) {
        return PublicityRoles.isStaff(actor);
    }

    /** A unit's publicity staff write its submissions. */
    public static boolean mayCreate(Actor actor) {
        return isStaff(actor);
    }

    /** Who may read the unit's and its subtree's submissions: its staff and leading group. */
    public static boolean mayRead(Actor actor) {
        return isStaff(actor) || actor.has(Role.LEADER);
    }

    /** A draft only its own unit; once submitted, its unit and every unit above it (the review chain). */
    public boolean mayView(Actor actor) {
        if (!mayRead(actor)) {
            return false;
        }
        return wasSubmitted() ? actor.covers(unitPath) : actor.unitId() == unitId;
    }

    /** The unit's staff edit a draft and a returned one; while it is reviewed, or once closed, it stays as sent. */
    public boolean mayEdit(Actor actor) {
        return isStaff(actor) && actor.unitId() == unitId
                && (status == SubmissionStatus.DRAFT || status == SubmissionStatus.RETURNED);
    }

    /** ... and submit it to the parent unit; the national body has none, so it does not submit (it publishes). */
    public boolean maySubmit(Actor actor) {
        return mayEdit(actor) && hasParent(unitPath);
    }

    /** A draft never submitted can be thrown away; a submitted one is history. */
    public boolean mayDiscard(Actor actor) {
        return mayEdit(actor) && !wasSubmitted();
    }

    /** The staff of the level whose turn it is. */
    public boolean mayDecide(Actor actor) {
        return isStaff(actor) && status == SubmissionStatus.IN_REVIEW && reviewerUnitId != null
                && actor.unitId() == reviewerUnitId;
    }

    /** The national body adopts or not; it has nobody to recommend to. */
    public boolean mayRecommend(Actor actor) {
        return mayDecide(actor) && hasParent(reviewerUnitPath);
    }

    /**
     * The staff of the level that made the last decision, until the next step: the next level decided, or the unit
     * resubmitted. (Whether an adoption is in use by an article or a briefing is the workflow's to ask.)
     */
    public boolean mayWithdrawDecision(Actor actor) {
        return lastLive().filter(last -> isStaff(actor) && actor.unitId() == last.unitId()
                && last.versionNumber() == submittedVersion).isPresent();
    }

    /**
     * Sets what the unit typed, each rule checked first: nothing changes when one is broken. The body is cleaned
     * (RichText): scripts and event handlers are never stored.
     *
     * @param item   the linkable item the command names (already checked as linkable), or null
     * @param member the member the command names (a 先进典型), or null
     * @return the counts to withdraw and to make when the item changed after the submission was counted
     */
    List<Object> edit(Actor actor, EditSubmission command, ItemRef item, MemberRef member, Instant at) {
        if (!mayEdit(actor)) {
            throw editRefusal(actor);
        }
        String cleanTitle = optional("title", command.title(), MAX_TITLE);
        String body = RichText.sanitise(command.bodyHtml() == null ? "" : command.bodyHtml());
        if (body.length() > MAX_BODY_HTML) {
            throw BusinessException.invalid("bodyHtml", "publicity.submission.body.tooLong");
        }
        String cleanAuthor = optional("author", command.author(), MAX_NAME);
        String cleanContact = optional("contact", command.contact(), MAX_NAME);
        SubmissionKind newKind = command.kind() == null ? kind : command.kind();
        if (member != null && newKind != SubmissionKind.EXEMPLAR) {
            throw BusinessException.invalid("memberId", "publicity.submission.member.onlyExemplar");
        }
        if (member != null && !member.isWithin(unitPath)) {
            throw BusinessException.invalid("memberId", "publicity.submission.member.outside", member.name());
        }
        List<Object> counting = new ArrayList<>();
        if (!java.util.Objects.equals(this.item, item) && this.item != null) {
            counted(this.item, at).forEach(c -> counting.add(WorkUncounted.of(c, at)));
        }
        this.kind = newKind;
        this.title = cleanTitle == null ? "" : cleanTitle;
        this.bodyHtml = body;
        this.author = cleanAuthor;
        this.contact = cleanContact;
        this.memberId = member == null ? null : member.id();
        if (!java.util.Objects.equals(this.item, item)) {
            this.item = item;
            counting.addAll(counted(item, at));
        }
        return counting;
    }

    /** Links the activity the submission reports (a draft started from an activity). */
    void reportsActivity(Long activityId) {
        this.activityId = activityId;
    }

    /**
     * 报送: the version as it stands goes to the parent unit, or, after a return, back to the level that returned it,
     * with a note of what changed (修改说明, required then).
     *
     * @return the events: submitted, and counted toward the linked item
     */
    List<Object> submit(Actor actor, String note, Instant at) {
        if (!mayEdit(actor)) {
            throw editRefusal(actor);
        }
        if (!hasParent(unitPath)) {
            throw BusinessException.conflict("publicity.submission.noParent");
        }
        if (title.isBlank()) {
            throw BusinessException.invalid("title", "publicity.submission.title.required");
        }
        if (RichText.plain(bodyHtml).isBlank()) {
            throw BusinessException.invalid("bodyHtml", "publicity.submission.body.required");
        }
        String cleanNote = optional("note", note, MAX_NOTE);
        if (status == SubmissionStatus.RETURNED && cleanNote == null) {
            throw BusinessException.invalid("note", "publicity.submission.note.required");
        }
        if (status == SubmissionStatus.DRAFT) {
            reviewerUnitPath = parentPath(unitPath);
            reviewerUnitId = lastId(reviewerUnitPath);
        }
        status = SubmissionStatus.IN_REVIEW;
        submittedVersion++;
        lastSubmittedAt = at;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        List<Object> events = new ArrayList<>();
        events.add(new SubmissionSubmitted(id, unitId, reviewerUnitId, kind, title, submittedVersion, at));
        if (item != null) {
            events.add(submittedCount(item, at));
        }
        return events;
    }

    /**
     * 审核: the level whose turn it is decides on the version submitted last. A level adopts once (a second adoption
     * at the same level is refused); the national body cannot recommend.
     *
     * @param level the deciding unit's type now
     * @return the events: decided, and counted as adopted when this is the first live adoption
     */
    List<Object> decide(Actor actor, DecideSubmission command, String level, Instant at) {
        if (!isStaff(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        Decision decision = command.decision();
        if (decision != null && decision.adopts() && adoptedBy(actor.unitId())) {
            throw BusinessException.conflict("publicity.review.adoptedTwice");
        }
        if (!mayDecide(actor)) {
            throw BusinessException.conflict("publicity.review.notYourTurn");
        }
        if (decision == null) {
            throw BusinessException.invalid("decision", "publicity.review.decision.required");
        }
        String comment = optional("comment", command.comment(), MAX_COMMENT);
        if (comment == null && decision == Decision.RETURNED) {
            throw BusinessException.invalid("comment", "publicity.review.comment.required");
        }
        if (comment == null && decision == Decision.NOT_ADOPTED) {
            throw BusinessException.invalid("comment", "publicity.review.reason.required");
        }
        if (decision.recommends() && !hasParent(reviewerUnitPath)) {
            throw BusinessException.invalid("decision", "publicity.review.nationalCannotRecommend");
        }
        boolean firstAdoption = decision.adopts() && !adopted();
        List<Ruling> all = new ArrayList<>(rulings);
        all.add(new Ruling(0, reviewerUnitId, reviewerUnitPath, level, submittedVersion, decision, comment, at, null));
        rulings = List.copyOf(all);
        long decider = reviewerUnitId;
        Long next = null;
        switch (decision) {
            case RETURNED -> status = SubmissionStatus.RETURNED;
            case ADOPTED, NOT_ADOPTED -> status = SubmissionStatus.CLOSED;
            case RECOMMENDED, ADOPTED_RECOMMENDED -> {
                reviewerUnitPath = parentPath(reviewerUnitPath);
                reviewerUnitId = lastId(reviewerUnitPath);
                next = reviewerUnitId;
                // it reaches the next level now: that level's queue is oldest first by arrival
                lastSubmittedAt = at;
            }
        }
        adoptedLevel = highestAdoption().map(Ruling::level).orElse(null);
        List<Object> events = new ArrayList<>();
        events.add(new SubmissionDecided(id, unitId, decider, decision, comment, next, title, at));
        if (firstAdoption && item != null) {
            events.add(adoptedCount(item, at));
        }
        return events;
    }

    /**
     * 撤回审核意见: the level that made the last decision takes it back; the submission awaits that level again.
     *
     * @param usedBy what uses the adopted submission (an article, a briefing), if anything: an adoption in use stays
     * @return the events: withdrawn, and no longer counted as adopted when it was the last live adoption
     */
    List<Object> withdrawDecision(Actor actor, Optional<String> usedBy, Instant at) {
        Ruling last = lastLive().orElseThrow(() -> BusinessException.conflict("publicity.review.withdraw.nothing"));
        if (!isStaff(actor) || actor.unitId() != last.unitId()) {
            throw BusinessException.forbidden("publicity.review.withdraw.notYours");
        }
        if (last.versionNumber() != submittedVersion) {
            throw BusinessException.conflict("publicity.review.withdraw.resubmitted");
        }
        if (last.decision().adopts() && usedBy.isPresent()) {
            throw BusinessException.conflict("publicity.review.withdraw.inUse", usedBy.get());
        }
        rulings = rulings.stream().map(r -> r == last ? r.withdrawn(at) : r).toList();
        status = SubmissionStatus.IN_REVIEW;
        reviewerUnitId = last.unitId();
        reviewerUnitPath = last.unitPath();
        adoptedLevel = highestAdoption().map(Ruling::level).orElse(null);
        List<Object> events = new ArrayList<>();
        events.add(new DecisionWithdrawn(id, unitId, last.unitId(), last.decision(), title, at));
        if (last.decision().adopts() && !adopted() && item != null) {
            events.add(WorkUncounted.of(adoptedCount(item, at), at));
        }
        return events;
    }

    /** The last decision not withdrawn. */
    public Optional<Ruling> lastLive() {
        return rulings.stream().filter(Ruling::live).reduce((a, b) -> b);
    }

    /** Whether a level adopted it and still stands by that. */
    public boolean adopted() {
        return rulings.stream().anyMatch(r -> r.live() && r.decision().adopts());
    }

    private boolean adoptedBy(long deciderUnitId) {
        return rulings.stream().anyMatch(r -> r.live() && r.decision().adopts() && r.unitId() == deciderUnitId);
    }

    /** The live adoption highest in the tree (the shortest path). */
    private Optional<Ruling> highestAdoption() {
        return rulings.stream().filter(r -> r.live() && r.decision().adopts())
                .min(Comparator.comparingInt(r -> r.unitPath().length()));
    }

    public boolean wasSubmitted() {
        return submittedVersion > 0;
    }

    /** What counts now toward {@code linked}: the submission once submitted, the adoption while one stands. */
    private List<WorkCounted> counted(ItemRef linked, Instant at) {
        if (linked == null) {
            return List.of();
        }
        List<WorkCounted> counted = new ArrayList<>();
        if (wasSubmitted()) {
            counted.add(submittedCount(linked, at));
        }
        if (adopted()) {
            counted.add(adoptedCount(linked, at));
        }
        return counted;
    }

    private WorkCounted submittedCount(ItemRef linked, Instant at) {
        return new WorkCounted(unitId, linked, COUNTED_SUBMITTED, id, 1, title, link(), at);
    }

    private WorkCounted adoptedCount(ItemRef linked, Instant at) {
        return new WorkCounted(unitId, linked, COUNTED_ADOPTED, id, 1, title, link(), at);
    }

    /** The submission's page: the evidence of its counts. */
    public String link() {
        return "/publicity/submissions/" + id;
    }

    private BusinessException editRefusal(Actor actor) {
        if (!isStaff(actor) || actor.unitId() != unitId) {
            return BusinessException.forbidden("publicity.submission.notYourUnit");
        }
        return BusinessException.conflict("publicity.submission.notEditable");
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "publicity.submission.text.tooLong", max);
        }
        return clean;
    }

    /** Paths are "/1/3/30/": the root's has one id, a unit's parent is its path without the last id. */
    static boolean hasParent(String path) {
        return path != null && path.split("/").length > 2;
    }

    static String parentPath(String path) {
        String trimmed = path.substring(0, path.length() - 1);
        return trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
    }

    static long lastId(String path) {
        String[] ids = path.split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public SubmissionKind kind() { return kind; }
    public String title() { return title; }
    public String bodyHtml() { return bodyHtml; }
    public String author() { return author; }
    public String contact() { return contact; }
    public ItemRef item() { return item; }
    public Long activityId() { return activityId; }
    public Long memberId() { return memberId; }
    public SubmissionStatus status() { return status; }
    public Long reviewerUnitId() { return reviewerUnitId; }
    public String reviewerUnitPath() { return reviewerUnitPath; }
    public int submittedVersion() { return submittedVersion; }
    public Instant firstSubmittedAt() { return firstSubmittedAt; }
    public Instant lastSubmittedAt() { return lastSubmittedAt; }
    public String adoptedLevel() { return adoptedLevel; }
    public List<Ruling> rulings() { return rulings; }
    public int version() { return version; }

    /** As stored. */
    void restore(SubmissionKind kind, String title, String bodyHtml, String author, String contact, ItemRef item,
            Long activityId, Long memberId, SubmissionStatus status, Long reviewerUnitId, String reviewerUnitPath,
            int submittedVersion, Instant firstSubmittedAt, Instant lastSubmittedAt, String adoptedLevel,
            List<Ruling> rulings) {
        this.kind = kind;
        this.title = title;
        this.bodyHtml = bodyHtml;
        this.author = author;
        this.contact = contact;
        this.item = item;
        this.activityId = activityId;
        this.memberId = memberId;
        this.status = status;
        this.reviewerUnitId = reviewerUnitId;
        this.reviewerUnitPath = reviewerUnitPath;
        this.submittedVersion = submittedVersion;
        this.firstSubmittedAt = firstSubmittedAt;
        this.lastSubmittedAt = lastSubmittedAt;
        this.adoptedLevel = adoptedLevel;
        this.rulings = List.copyOf(rulings);
    }

    /** The same submission under the id the database gave it. */
    Submission withId(long newId) {
        Submission copy = new Submission(newId, unitId, unitPath, version);
        copy.restore(kind, title, bodyHtml, author, contact, item, activityId, memberId, status, reviewerUnitId,
                reviewerUnitPath, submittedVersion, firstSubmittedAt, lastSubmittedAt, adoptedLevel, rulings);
        return copy;
    }
}
