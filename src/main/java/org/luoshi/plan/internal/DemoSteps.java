package org.luoshi.plan.internal;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/**
 * The demo plan's steps, each taken through {@link AssignmentWorkflow} by an administrator of the unit whose turn
 * it is: the task's own unit acknowledges, forwards, submits and reports; its assigner reviews. Items are numbered
 * as in demo/seed-plan.properties (item.1 … item.8), the texts come from there too.
 */
final class DemoSteps {

    private final AssignmentWorkflow workflow;
    private final UnitDirectory units;
    private final Messages messages;
    private final Properties settings;
    private final List<Long> items;

    DemoSteps(AssignmentWorkflow workflow, UnitDirectory units, Messages messages, Properties settings,
            List<Long> items) {
        this.workflow = workflow;
        this.units = units;
        this.messages = messages;
        this.settings = settings;
        this.items = items;
    }

    void acknowledge(AssignmentRef task) {
        workflow.acknowledge(unitOf(task), task.assignmentId(), null);
    }

    void forward(AssignmentRef task, String notice) {
        TargetForm form = new TargetForm();
        form.setMode(TargetForm.Mode.CHILDREN);
        form.setNotice(settings.getProperty(notice));
        workflow.forward(unitOf(task), task.assignmentId(), form);
    }

    /** Two 落实举措 (for items 1 and 2), then the implementation plan submitted for review. */
    void submitImplementationPlan(AssignmentRef task) {
        for (int item = 1; item <= 2; item++) {
            MeasureForm measure = new MeasureForm();
            measure.setItemId(itemId(item));
            measure.setContent(settings.getProperty("measure." + item));
            measure.setResponsible(settings.getProperty("responsible"));
            workflow.addMeasure(unitOf(task), task.assignmentId(), measure);
        }
        workflow.submitImplementationPlan(unitOf(task), task.assignmentId(), null);
    }

    void approveImplementationPlan(AssignmentRef task) {
        workflow.approveImplementationPlan(assignerOf(task), task.assignmentId(), null);
    }

    void returnImplementationPlan(AssignmentRef task) {
        ReviewForm form = new ReviewForm();
        form.setComment(settings.getProperty("return.plan"));
        workflow.returnImplementationPlan(assignerOf(task), task.assignmentId(), form);
    }

    /** A report of the item done; returns the report. */
    long report(AssignmentRef task, int item) {
        return report(task, item, settings.getProperty("report." + item), 100);
    }

    /** A report of the item half done (report.N.partial); returns the report. */
    long reportPartly(AssignmentRef task, int item) {
        return report(task, item, settings.getProperty("report." + item + ".partial"), 50);
    }

    private long report(AssignmentRef task, int item, String text, int percent) {
        ReportForm form = new ReportForm();
        form.setText(text);
        form.setPercent(percent);
        return workflow.report(unitOf(task), task.assignmentId(), itemId(item), form, List.of()).id();
    }

    void accept(AssignmentRef task, long report) {
        workflow.acceptReport(assignerOf(task), report, null);
    }

    void returnReport(AssignmentRef task, long report) {
        ReviewForm form = new ReviewForm();
        form.setComment(settings.getProperty("return.report"));
        workflow.returnReport(assignerOf(task), report, form);
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
