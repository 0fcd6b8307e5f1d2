package org.luoshi.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.AssignmentAcknowledged;
import org.luoshi.plan.AssignmentCompleted;
import org.luoshi.plan.AssignmentForwarded;
import org.luoshi.plan.ImplementationPlanReviewed;
import org.luoshi.plan.ImplementationPlanSubmitted;
import org.luoshi.plan.ProgressAccepted;
import org.luoshi.plan.ProgressReported;
import org.luoshi.plan.ProgressReturned;
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

    AssignmentWorkflow(AssignmentRepository assignments, PlanRepository plans, MeasureRepository measures,
            ReportRepository reports, TargetUnits targets, FileStore files, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.plans = plans;
        this.measures = measures;
        this.reports = reports;
        this.targets = targets;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
    }

    public void acknowledge(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = Instant.now();
        a.acknowledge(actor, now);
        save(a, "plan.acknowledge", Map.of("status", a.status().name()));
        events.publishEvent(new AssignmentAcknowledged(a.ref(), actor.accountId(), now));
    }

    /** 转发 down the unit's subtree; returns how many units newly received the plan. */
    public int forward(Actor actor, long assignmentId, TargetForm form) {
        Assignment a = load(actor, assignmentId, form.getVersion());
        Map<Long, LocalDate> dues = dueDates(form.getDues());
        Map<Long, String> labels = plans.items(a.planId()).stream()
                .collect(Collectors.toMap(PlanItem::id, PlanItem::label));
        a.requireMayForward(actor, dues, labels);
        int created = targets.forward(a, blankToNull(form.getNotice()), form, dues);
        assignments.touch(a);
        audit.record("plan.forward", "assignment", a.id(), a.unitPath(),
                messages.get("plan.audit.forward", created), null,
                Map.of("mode", form.getMode().name(), "assignments", created));
        events.publishEvent(new AssignmentForwarded(a.ref(), created, Instant.now()));
        return created;
    }

    public long addMeasure(Actor actor, long assignmentId, MeasureForm form) {
        Assignment a = load(actor, assignmentId, form.getVersion());
        a.requireMayEditMeasures(actor);
        validate(a, form);
        long id = measures.insert(a.id(), form);
        measureChanged(a, "plan.measure.add", form.getContent());
        return id;
    }

    public void updateMeasure(Actor actor, long assignmentId, long measureId, MeasureForm form) {
        Assignment a = load(actor, assignmentId, form.getVersion());
        a.requireMayEditMeasures(actor);
        measure(a, measureId);
        validate(a, form);
        measures.update(measureId, form);
        measureChanged(a, "plan.measure.update", form.getContent());
    }

    public void removeMeasure(Actor actor, long assignmentId, long measureId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        a.requireMayEditMeasures(actor);
        MeasureRepository.Measure measure = measure(a, measureId);
        measures.delete(measureId);
        measureChanged(a, "plan.measure.remove", measure.content());
    }

    public void submitImplementationPlan(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = Instant.now();
        a.submitImplementationPlan(actor, measures.count(a.id()), now);
        save(a, "plan.impl.submit", Map.of("implStatus", a.implStatus().name()));
        events.publishEvent(new ImplementationPlanSubmitted(a.ref(), now));
    }

    public void approveImplementationPlan(Actor actor, long assignmentId, Integer version) {
        Assignment a = load(actor, assignmentId, version);
        Instant now = Instant.now();
        a.approveImplementationPlan(actor, now);
        save(a, "plan.impl.approve", Map.of("implStatus", a.implStatus().name()));
        events.publishEvent(new ImplementationPlanReviewed(a.ref(), true, null, now));
    }

    public void returnImplementationPlan(Actor actor, long assignmentId, ReviewForm form) {
        Assignment a = load(actor, assignmentId, form.getVersion());
        Instant now = Instant.now();
        a.returnImplementationPlan(actor, form.getComment(), now);
        save(a, "plan.impl.return", Map.of("implStatus", a.implStatus().name(), "comment", a.implComment()));
        events.publishEvent(new ImplementationPlanReviewed(a.ref(), false, a.implComment(), now));
    }

    /**
     * 报送进展 with evidence. A repeated submit (same idempotency key) returns the report already made; the key is
     * looked up under the assignment's lock, so even two submits at once make one report. Returns the report as
     * stored, read in the same transaction so the caller needs no second one to show it.
     */
    public ReportRepository.Report report(Actor actor, long assignmentId, long itemId, ReportForm form, List<Upload> evidence) {
        Assignment a = assignments.lockVisible(assignmentId, actor);
        form.setIdempotencyKey(IdempotencyKeys.normalise(form.getIdempotencyKey()));
        Long earlier = reports.findByKey(form.getIdempotencyKey()).orElse(null);
        if (earlier != null) {
            return report(earlier, actor);
        }
        a.requireVersion(form.getVersion());
        validate(a, itemId, form);
        a.report(actor, itemId, form.getPercent());
        long reportId = reports.insert(a.id(), itemId, form, actor);
        for (Upload upload : evidence) {
            StoredFile file = files.store("files", upload.filename(), upload.content(), EVIDENCE_TYPES);
            reports.addEvidence(reportId, file.id());
        }
        save(a, "plan.report", Map.of("item", itemId, "percent", form.getPercent(), "report", reportId));
        events.publishEvent(new ProgressReported(reportId, a.ref(), itemId, form.getPercent(), Instant.now()));
        return reports.find(reportId).orElseThrow();
    }

    public void acceptReport(Actor actor, long reportId, Integer version) {
        ReportRepository.Report report = report(reportId, actor);
        Assignment a = load(actor, report.assignmentId(), version);
        Instant now = Instant.now();
        boolean completed = a.acceptReport(actor, report.itemId(), now);
        reports.review(reportId, true, null, actor);
        save(a, "plan.report.accept", Map.of("item", report.itemId(), "report", reportId));
        events.publishEvent(new ProgressAccepted(reportId, a.ref(), report.itemId(), now));
        if (completed) {
            events.publishEvent(new AssignmentCompleted(a.ref(), now));
        }
    }

    public void returnReport(Actor actor, long reportId, ReviewForm form) {
        ReportRepository.Report report = report(reportId, actor);
        Assignment a = load(actor, report.assignmentId(), form.getVersion());
        String reason = a.returnReport(actor, report.itemId(), form.getComment());
        reports.review(reportId, false, reason, actor);
        save(a, "plan.report.return", Map.of("item", report.itemId(), "report", reportId, "reason", reason));
        events.publishEvent(new ProgressReturned(reportId, a.ref(), report.itemId(), reason, Instant.now()));
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

    private void save(Assignment a, String action, Map<String, Object> after) {
        assignments.save(a);
        audit.record(action, "assignment", a.id(), a.unitPath(), messages.get("plan.audit." + action.substring(5),
                a.id()), null, after);
    }

    private void measureChanged(Assignment a, String action, String content) {
        assignments.touch(a);
        audit.record(action, "assignment", a.id(), a.unitPath(),
                messages.get("plan.audit." + action.substring(5), abbreviate(content)), null, null);
    }

    private MeasureRepository.Measure measure(Assignment a, long measureId) {
        return measures.find(a.id(), measureId)
                .orElseThrow(() -> BusinessException.notFound("plan.measure.notFound"));
    }

    private void validate(Assignment a, MeasureForm form) {
        if (form.getItemId() == null) {
            throw BusinessException.invalid("itemId", "plan.measure.item.required");
        }
        Assignment.Item item = a.item(form.getItemId());
        if (form.getContent() == null || form.getContent().isBlank()) {
            throw BusinessException.invalid("content", "plan.measure.content.required");
        }
        if (form.getResponsible() == null || form.getResponsible().isBlank()) {
            throw BusinessException.invalid("responsible", "plan.measure.responsible.required");
        }
        if (form.getResponsible().strip().length() > 50) {
            throw BusinessException.invalid("responsible", "plan.measure.responsible.tooLong", 50);
        }
        if (form.getTarget() != null && form.getTarget().strip().length() > 100) {
            throw BusinessException.invalid("target", "plan.measure.target.tooLong", 100);
        }
        if (form.getDueOn() != null && item.dueOn() != null && form.getDueOn().isAfter(item.dueOn())) {
            throw BusinessException.invalid("dueOn", "plan.measure.dueTooLate", form.getDueOn(), item.dueOn());
        }
    }

    private void validate(Assignment a, long itemId, ReportForm form) {
        a.item(itemId);
        if (form.getText() == null || form.getText().isBlank()) {
            throw BusinessException.invalid("text", "plan.report.text.required");
        }
        if (form.getPercent() == null || form.getPercent() < 0 || form.getPercent() > 100) {
            throw BusinessException.invalid("percent", "plan.report.percent");
        }
        if (form.getMeasureId() != null && measures.find(a.id(), form.getMeasureId())
                .filter(m -> m.itemId() == itemId).isEmpty()) {
            throw BusinessException.invalid("measureId", "plan.report.measure.unknown");
        }
    }

    private static Map<Long, LocalDate> dueDates(Map<Long, String> typed) {
        Map<Long, LocalDate> dues = new LinkedHashMap<>();
        typed.forEach((itemId, text) -> {
            if (text != null && !text.isBlank()) {
                try {
                    dues.put(itemId, LocalDate.parse(text.strip()));
                } catch (DateTimeParseException e) {
                    throw BusinessException.invalid("due" + itemId, "plan.forward.dueInvalid", text);
                }
            }
        });
        return dues;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String abbreviate(String text) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= 40 ? clean : clean.substring(0, 40) + "…";
    }
}
