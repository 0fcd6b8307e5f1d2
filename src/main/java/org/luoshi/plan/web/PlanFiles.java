package org.luoshi.plan.web;

import org.luoshi.plan.internal.PlanAccess;
import org.luoshi.plan.internal.PlanRepository;
import org.luoshi.plan.internal.ReportRepository;
import org.luoshi.plan.internal.AssignmentWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Downloads of plan attachments and report evidence, for pages and the API alike: a file is served only through
 * the plan or report it belongs to, and only when the actor may see that.
 */
@Component
class PlanFiles {

    private final PlanAccess access;
    private final PlanRepository plans;
    private final AssignmentWorkflow workflow;
    private final ReportRepository reports;
    private final FileStore files;

    PlanFiles(PlanAccess access, PlanRepository plans, AssignmentWorkflow workflow, ReportRepository reports,
            FileStore files) {
        this.access = access;
        this.plans = plans;
        this.workflow = workflow;
        this.reports = reports;
        this.files = files;
    }

    ResponseEntity<byte[]> attachment(Actor actor, long planId, long fileId) {
        access.visible(planId, actor);
        if (!plans.isAttached(planId, fileId)) {
            throw BusinessException.notFound("plan.file.notFound");
        }
        return download(fileId);
    }

    ResponseEntity<byte[]> evidence(Actor actor, long reportId, long fileId) {
        workflow.report(reportId, actor);
        if (!reports.isEvidence(reportId, fileId)) {
            throw BusinessException.notFound("plan.file.notFound");
        }
        return download(fileId);
    }

    private ResponseEntity<byte[]> download(long fileId) {
        StoredFile file = files.find(fileId).orElseThrow(() -> BusinessException.notFound("plan.file.notFound"));
        byte[] content = files.content(fileId).orElseThrow(() -> BusinessException.notFound("plan.file.notFound"));
        return FileDownload.of(file, content);
    }
}
