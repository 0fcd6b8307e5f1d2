package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.AssignmentAcknowledged;
import org.luoshi.plan.AssignmentCompleted;
import org.luoshi.plan.AssignmentForwarded;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.Forwarding;
import org.luoshi.plan.ImplementationPlanReviewed;
import org.luoshi.plan.ImplementationPlanSubmitted;
import org.luoshi.plan.MeasureDraft;
import org.luoshi.plan.ProgressAccepted;
import org.luoshi.plan.ProgressReported;
import org.luoshi.plan.ProgressReturned;
import org.luoshi.plan.ReportProgress;
import org.luoshi.plan.internal.Assignment.ItemStatus;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an assignment, from 签收 to 完成: loads the {@link Assignment} (locked), lets it apply its rules,
 * saves it on the version read, audits the change and publishes the domain event, all in one transaction.
 */
@Service
@Transactional
public class AssignmentWorkflow {

    static final Set<FileType> EVIDENCE_TYPES = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP,
            FileType.PDF, FileType.DOCX, FileType.XLSX);

    private final AssignmentRepository assignments;
    private final PlanRepository plans;
    private final MeasureRepository measures;
    private final ReportRepository reports;
    private final TargetUnits targets;
    private final FileStore files;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentWorkflow(AssignmentRepository assignments, PlanRepository plans, MeasureRepository measures,
            ReportRepository reports, TargetUnits targets, FileStore files, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.plans = plans;
        this.measures = measures;
        this.reports = reports;
        this.targets = targets;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    public void acknowledge(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = clock.instant();
        a.acknowledge(actor, now);
        save(a, "plan.acknowledge", Map.of("status", Assignment.Status.ISSUED.name()),
                Map.of("status", a.status().name()));
        events.publishEvent(new AssignmentAcknowledged(a.ref(), actor.accountId(), now));
    }

    /** 转发 down the unit's subtree; returns how many units newly received the plan. */
    public int forward(Actor actor, long assignmentId, Forwarding forwarding, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Map<Long, String> labels = plans.items(a.planId()).stream()
                .collect(Collectors.toMap(PlanItem::id, PlanItem::label));
        a.requireMayForward(actor, forwarding.dues(), labels);
        Instant now = clock.instant();
        int created = targets.forward(a, blankToNull(forwarding.notice()), forwarding.targets(), forwarding.dues(),
                now);
        assignments.touch(a);
        audit.record("plan.forward", "assignment", a.id(), a.unitPath(),
                messages.get("plan.audit.forward", created), null,
                Map.of("mode", forwarding.targets().mode().name(), "assignments", created));
        events.publishEvent(new AssignmentForwarded(a.ref(), created, now));
        return created;
    }

    public long addMeasure(Actor actor, long assignmentId, MeasureDraft draft, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        a.requireMayEditMeasures(actor);
        validate(a, draft);
        long id = measures.insert(a.id(), draft);
        measureChanged(a, "plan.measure.add", draft.content(), null, measure(a, id));
        return id;
    }

    public void updateMeasure(Actor actor, long assignmentId, long measureId, MeasureDraft draft, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        a.requireMayEditMeasures(actor);
        MeasureRepository.Measure before = measure(a, measureId);
        validate(a, draft);
        measures.update(measureId, draft);
        measureChanged(a, "plan.measure.update", draft.content(), before, measure(a, measureId));
    }

    public void removeMeasure(Actor actor, long assignmentId, long measureId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        a.requireMayEditMeasures(actor);
        MeasureRepository.Measure measure = measure(a, measureId);
        measures.delete(measureId);
        measureChanged(a, "plan.measure.remove", measure.content(), measure, null);
    }

    public void submitImplementationPlan(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = clock.instant();
        Map<String, Object> before = implState(a);
        a.submitImplementationPlan(actor, measures.count(a.id()), now);
        save(a, "plan.impl.submit", before, implState(a));
        events.publishEvent(new ImplementationPlanSubmitted(a.ref(), now));
    }

    public void approveImplementationPlan(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = clock.instant();
        Map<String, Object> before = implState(a);
        a.approveImplementationPlan(actor, now);
        save(a, "plan.impl.approve", before, implState(a));
        events.publishEvent(new ImplementationPlanReviewed(a.ref(), true, null, now));
    }

    public void returnImplementationPlan(Actor actor, long assignmentId, String comment, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = clock.instant();
        Map<String, Object> before = implState(a);
        a.returnImplementationPlan(actor, comment, now);
        save(a, "plan.impl.return", before, implState(a));
        events.publishEvent(new ImplementationPlanReviewed(a.ref(), false, a.implComment(), now));
    }

    /**
     * 报送进展 with evidence. A repeated submit (same idempotency key) returns the report already made; the key is
     * looked up under the assignment's lock, so even two submits at once make one report. The files are stored
     * first, so the assignment can judge by their checked types whether they show the evidence the item asks for.
     * Returns the report as stored, read in the same transaction so the caller needs no second one to show it.
     */
    public ReportRepository.Report report(Actor actor, long assignmentId, ReportProgress progress, Integer version) {
        Assignment a = assignments.lockVisible(assignmentId, actor);
        String key = IdempotencyKeys.normalise(progress.idempotencyKey());
        Long earlier = reports.findByKey(key).orElse(null);
        if (earlier != null) {
            return report(earlier, actor);
        }
        a.requireVersion(version);
        validate(a, progress);
        List<StoredFile> evidence = progress.files().stream()
                .map(upload -> files.store("files", upload.filename(), upload.content(), EVIDENCE_TYPES)).toList();
        Set<EvidenceKind> shown = EnumSet.noneOf(EvidenceKind.class);
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (kind.shownBy(progress.text(), evidence)) {
                shown.add(kind);
            }
        }
        String before = a.item(progress.itemId()).status().name();
        List<EvidenceKind> missing = a.report(actor, progress.itemId(), progress.percent(), shown,
                progress.missingEvidenceReason());
        Instant now = clock.instant();
        long reportId = reports.insert(a.id(), progress, key, missing, actor, now);
        evidence.forEach(file -> reports.addEvidence(reportId, file.id()));
        save(a, "plan.report", Map.of("item", progress.itemId(), "status", before), Map.of("item",
                progress.itemId(), "status", ItemStatus.REPORTED.name(), "percent", progress.percent(), "report",
                reportId, "missingEvidence", missing));
        events.publishEvent(new ProgressReported(reportId, a.ref(), progress.itemId(), progress.percent(), now));
        return reports.find(reportId).orElseThrow();
    }

    public void acceptReport(Actor actor, long reportId, Integer version) {
        ReportRepository.Report report = report(reportId, actor);
        Assignment a = load(actor, report.assignmentId(), version);
        Instant now = clock.instant();
        boolean completed = a.acceptReport(actor, report.itemId(), now);
        reports.review(reportId, true, null, actor, now);
        save(a, "plan.report.accept", Map.of("item", report.itemId(), "status", ItemStatus.REPORTED.name()),
                Map.of("item", report.itemId(), "status", ItemStatus.ACCEPTED.name(), "report", reportId));
        events.publishEvent(new ProgressAccepted(reportId, a.ref(), report.itemId(), now));
        if (completed) {
            events.publishEvent(new AssignmentCompleted(a.ref(), now));
        }
    }

    public void returnReport(Actor actor, long reportId, String comment, Integer version) {
        ReportRepository.Report report = report(reportId, actor);
        Assignment a = load(actor, report.assignmentId(), version);
        String reason = a.returnReport(actor, report.itemId(), comment);
        Instant now = clock.instant();
        reports.review(reportId, false, reason, actor, now);
        save(a, "plan.report.return", Map.of("item", report.itemId(), "status", ItemStatus.REPORTED.name()),
                Map.of("item", report.itemId(), "status", ItemStatus.RETURNED.name(), "report", reportId,
                        "reason", reason));
        events.publishEvent(new ProgressReturned(reportId, a.ref(), report.itemId(), reason, now));
    }

    /** The report if the actor's subtree contains the reporting unit; 404 otherwise. */
    public ReportRepository.Report report(long reportId, Actor actor) {
        ReportRepository.Report report = reports.find(reportId)
                .orElseThrow(() -> BusinessException.notFound("plan.report.notFound"));
        assignments.findVisible(report.assignmentId(), actor);
        return report;
    }

    private Assignment load(Actor actor, long assignmentId, Integer version) {
        Assignment a = assignments.lockVisible(assignmentId, actor);
        a.requireVersion(version);
        return a;
    }

    private void save(Assignment a, String action, Map<String, Object> before, Map<String, Object> after) {
        assignments.save(a);
        audit.record(action, "assignment", a.id(), a.unitPath(), messages.get("plan.audit." + action.substring(5),
                a.id()), before, after);
    }

    private void measureChanged(Assignment a, String action, String content, MeasureRepository.Measure before,
            MeasureRepository.Measure after) {
        assignments.touch(a);
        audit.record(action, "assignment", a.id(), a.unitPath(),
                messages.get("plan.audit." + action.substring(5), abbreviate(content)), state(before), state(after));
    }

    private static Map<String, Object> state(MeasureRepository.Measure measure) {
        if (measure == null) {
            return null;
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("measure", measure.id());
        state.put("item", measure.itemId());
        state.put("content", measure.content());
        state.put("responsible", measure.responsible());
        state.put("dueOn", measure.dueOn());
        state.put("target", measure.target());
        return state;
    }

    private static Map<String, Object> implState(Assignment a) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("implStatus", a.implStatus().name());
        state.put("comment", a.implComment());
        return state;
    }

    private MeasureRepository.Measure measure(Assignment a, long measureId) {
        return measures.find(a.id(), measureId)
                .orElseThrow(() -> BusinessException.notFound("plan.measure.notFound"));
    }

    private void validate(Assignment a, MeasureDraft form) {
        if (form.itemId() == null) {
            throw BusinessException.invalid("itemId", "plan.measure.item.required");
        }
        Assignment.Item item = a.item(form.itemId());
        if (form.content() == null || form.content().isBlank()) {
            throw BusinessException.invalid("content", "plan.measure.content.required");
        }
        if (form.responsible() == null || form.responsible().isBlank()) {
            throw BusinessException.invalid("responsible", "plan.measure.responsible.required");
        }
        if (form.responsible().strip().length() > 50) {
            throw BusinessException.invalid("responsible", "plan.measure.responsible.tooLong", 50);
        }
        if (form.target() != null && form.target().strip().length() > 100) {
            throw BusinessException.invalid("target", "plan.measure.target.tooLong", 100);
        }
        if (form.dueOn() != null && item.dueOn() != null && form.dueOn().isAfter(item.dueOn())) {
            throw BusinessException.invalid("dueOn", "plan.measure.dueTooLate", form.dueOn(), item.dueOn());
        }
    }

    /** What the report must say; the percentage and the evidence are the assignment's to judge. */
    private void validate(Assignment a, ReportProgress progress) {
        a.item(progress.itemId());
        if (progress.text() == null || progress.text().isBlank()) {
            throw BusinessException.invalid("text", "plan.report.text.required");
        }
        if (progress.missingEvidenceReason() != null && progress.missingEvidenceReason().strip().length() > 500) {
            throw BusinessException.invalid("missingEvidenceReason", "plan.report.missingEvidenceReason.tooLong",
                    500);
        }
        if (progress.measureId() != null && measures.find(a.id(), progress.measureId())
                .filter(m -> m.itemId() == progress.itemId()).isEmpty()) {
            throw BusinessException.invalid("measureId", "plan.report.measure.unknown");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
