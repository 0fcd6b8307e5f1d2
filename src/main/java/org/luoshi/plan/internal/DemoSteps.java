package org.luoshi.plan.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.Forwarding;
import org.luoshi.plan.MeasureDraft;
import org.luoshi.plan.ReportProgress;
import org.luoshi.plan.Targets;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.time.BusinessClock;

/**
 * The demo plan's steps, each taken through {@link AssignmentWorkflow} by an administrator of the unit whose turn
 * it is (the task's own unit acknowledges, forwards, submits and reports; its assigner reviews), at the moment of
 * the plan's life it belongs to: the business clock is pinned there for this thread while the step runs, so every
 * timestamp, audit entry and event is the one the real services make. The moments follow how units work: most
 * acknowledge within the week the rules ask for and stragglers during the week after, a forward the day after
 * acknowledging, an implementation plan two to five days later and its review one to three days after that, reports
 * a few days before their item falls due and their review a few days later, and nothing after {@code now}. No
 * randomness: the same tree gets the same history relative to the issue date. Items are numbered as in
 * demo/seed-plan.properties (item.1 … item.8), the texts come from there too.
 */
final class DemoSteps {

    private static final int DAYS_TO_ACKNOWLEDGE = 14;
    private static final Duration A_MINUTE = Duration.ofMinutes(1);
    private static final Duration A_DAY = Duration.ofDays(1);

    private final AssignmentWorkflow workflow;
    private final UnitDirectory units;
    private final Messages messages;
    private final Properties settings;
    private final List<Long> items;
    private final List<LocalDate> dues;
    private final BusinessClock clock;
    private final Instant now;
    private final ZoneId zone;
    private final ToIntFunction<Long> assignmentsGivenBy;
    /** When each assigner unit's assignments reached their units (its issue or its forward). */
    private final Map<Long, Instant> handedOverBy = new HashMap<>();
    /** How many units of each assigner have acknowledged so far, in the order the story plays them. */
    private final Map<Long, Integer> acknowledgedOf = new HashMap<>();
    private final Map<Long, Instant> acknowledgedAt = new HashMap<>();
    private final Map<Long, Instant> implSubmittedAt = new HashMap<>();

    DemoSteps(AssignmentWorkflow workflow, UnitDirectory units, Messages messages, Properties settings,
            List<Long> items, List<LocalDate> dues, BusinessClock clock, ToIntFunction<Long> assignmentsGivenBy) {
        this.workflow = workflow;
        this.units = units;
        this.messages = messages;
        this.settings = settings;
        this.items = items;
        this.dues = dues;
        this.clock = clock;
        this.now = clock.instant();
        this.zone = clock.getZone();
        this.assignmentsGivenBy = assignmentsGivenBy;
    }

    /** The issuer handed the plan to its units at {@code at}. */
    void issued(long issuerUnitId, Instant at) {
        handedOverBy.put(issuerUnitId, at);
    }

    /** Between nine and five on {@code day}: {@code n} varies the minute. */
    static Instant officeHours(LocalDate day, long n, ZoneId zone) {
        return day.atTime(9, 0).plusMinutes(n * 47 % 480).atZone(zone).toInstant();
    }

    /**
     * The {@code rank}-th of the assigner's units to acknowledge, of as many as the stages let acknowledge: quadratic
     * in rank, so most early and few late.
     */
    void acknowledge(AssignmentRef task) {
        Instant received = handedOverBy.get(task.assignerUnitId());
        int rank = acknowledgedOf.merge(task.assignerUnitId(), 1, Integer::sum) - 1;
        double acknowledging = assignmentsGivenBy.applyAsInt(task.assignerUnitId()) * DemoStage.acknowledgingShare();
        double share = Math.min(1, rank / Math.max(1, acknowledging));
        LocalDate day = LocalDate.ofInstant(received, zone).plusDays((long) (DAYS_TO_ACKNOWLEDGE * share * share));
        Instant at = after(received.plus(Duration.ofHours(1)), officeHours(day, rank, zone));
        acknowledgedAt.put(task.assignmentId(), at);
        clock.runAt(at, () -> workflow.acknowledge(unitOf(task), task.assignmentId(), null));
    }

    void forward(AssignmentRef task, String notice) {
        Instant at = after(acknowledged(task), acknowledged(task).plus(A_DAY));
        handedOverBy.put(task.unitId(), at);
        clock.runAt(at, () -> workflow.forward(unitOf(task), task.assignmentId(),
                new Forwarding(Targets.of(Targets.Mode.CHILDREN), settings.getProperty(notice), Map.of()), null));
    }

    /** Two 落实举措 (for items 1 and 2), then the implementation plan submitted for review. */
    void submitImplementationPlan(AssignmentRef task) {
        Instant at = after(acknowledged(task), acknowledged(task).plus(A_DAY.multipliedBy(2 + task.assignmentId() % 4)));
        implSubmittedAt.put(task.assignmentId(), at);
        clock.runAt(at, () -> {
            for (int item = 1; item <= 2; item++) {
                workflow.addMeasure(unitOf(task), task.assignmentId(), new MeasureDraft(itemId(item),
                        settings.getProperty("measure." + item), settings.getProperty("responsible"), null, null),
                        null);
            }
            workflow.submitImplementationPlan(unitOf(task), task.assignmentId(), null);
        });
    }

    void approveImplementationPlan(AssignmentRef task) {
        clock.runAt(implReviewedAt(task),
                () -> workflow.approveImplementationPlan(assignerOf(task), task.assignmentId(), null));
    }

    void returnImplementationPlan(AssignmentRef task) {
        clock.runAt(implReviewedAt(task), () -> workflow.returnImplementationPlan(assignerOf(task),
                task.assignmentId(), settings.getProperty("return.plan"), null));
    }

    /** The item done, reported a few days before it fell due and accepted a few days later. */
    void accepted(AssignmentRef task, int item) {
        Instant reported = reportedBeforeDue(task, item);
        long report = report(task, item, settings.getProperty("report." + item), 100, reported);
        clock.runAt(reviewedAfter(task, item, reported),
                () -> workflow.acceptReport(assignerOf(task), report, null));
    }

    /** The item reported done before it fell due, and 退回 with the reviewer's reason. */
    void returned(AssignmentRef task, int item) {
        Instant reported = reportedBeforeDue(task, item);
        long report = report(task, item, settings.getProperty("report." + item), 100, reported);
        clock.runAt(reviewedAfter(task, item, reported), () -> workflow.returnReport(assignerOf(task), report,
                settings.getProperty("return.report"), null));
    }

    /** The item reported done in the last few days, awaiting review. */
    void awaitingReview(AssignmentRef task, int item) {
        report(task, item, settings.getProperty("report." + item), 100, reportedLately(task, item));
    }

    /** The item reported half done (report.N.partial) in the last few days, awaiting review. */
    void reportedPartly(AssignmentRef task, int item) {
        report(task, item, settings.getProperty("report." + item + ".partial"), 50, reportedLately(task, item));
    }

    /**
     * The demo has no photos or scans to attach: where an item asks for them, its reports say so (evidence.reason),
     * as the rules let a unit do, and the reviewer sees what is missing.
     */
    private long report(AssignmentRef task, int item, String text, int percent, Instant at) {
        ReportProgress progress = new ReportProgress(itemId(item), null, text, percent, List.of(),
                settings.getProperty("evidence.reason"), null);
        return clock.callAt(at, () -> workflow.report(unitOf(task), task.assignmentId(), progress, null).id());
    }

    private Instant reportedBeforeDue(AssignmentRef task, int item) {
        long n = task.assignmentId() + item;
        Instant beforeDue = dues.get(item - 1).minusDays(2 + n % 6).atTime(10, 0).plusHours(n % 6).atZone(zone)
                .toInstant();
        return after(acknowledged(task), later(acknowledged(task).plus(A_DAY), beforeDue));
    }

    private Instant reportedLately(AssignmentRef task, int item) {
        long n = task.assignmentId() + item;
        Instant lately = LocalDate.ofInstant(now, zone).minusDays(1 + n % 4).atTime(10, 0).plusHours(n % 6)
                .atZone(zone).toInstant();
        return after(acknowledged(task), later(acknowledged(task).plus(A_DAY), lately));
    }

    private Instant reviewedAfter(AssignmentRef task, int item, Instant reported) {
        return after(reported, reported.plus(A_DAY.multipliedBy(1 + (task.assignmentId() + item) % 3)));
    }

    private Instant implReviewedAt(AssignmentRef task) {
        Instant submitted = implSubmittedAt.get(task.assignmentId());
        return after(submitted, submitted.plus(A_DAY.multipliedBy(1 + task.assignmentId() % 3)));
    }

    private Instant acknowledged(AssignmentRef task) {
        return acknowledgedAt.get(task.assignmentId());
    }

    /** {@code wanted}, but never in the future, and always a moment after {@code previous}: the order holds. */
    private Instant after(Instant previous, Instant wanted) {
        Instant notFuture = wanted.isAfter(now) ? now : wanted;
        return notFuture.isAfter(previous) ? notFuture : previous.plus(A_MINUTE);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private long itemId(int item) {
        return items.get(item - 1);
    }

    private Actor unitOf(AssignmentRef task) {
        return administrator(task.unitId(), task.unitPath(), messages);
    }

    private Actor assignerOf(AssignmentRef task) {
        UnitRef assigner = units.find(task.assignerUnitId()).orElseThrow();
        return administrator(assigner.id(), assigner.path(), messages);
    }

    /** The demo's stand-in for an administrator of the unit (no account: the audit trail names the demo). */
    static Actor administrator(long unitId, String path, Messages messages) {
        return new Actor(0, "demo", messages.get("plan.demo.actor"), unitId, path, Set.of(Role.UNIT_ADMIN));
    }
}
