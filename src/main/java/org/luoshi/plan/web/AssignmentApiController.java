package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.luoshi.plan.internal.AssignmentViews;
import org.luoshi.plan.internal.AssignmentWorkflow;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.plan.internal.ReportRepository;
import org.luoshi.plan.internal.counting.CountedText;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 任务 API: acknowledge, forward, implementation plan, progress and its review, 待办. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "部署落实：任务", description = "签收、转发、实施方案、报送进展与审核、待办")
class AssignmentApiController {

    private final AssignmentViews views;
    private final AssignmentWorkflow workflow;
    private final PlanQueries queries;
    private final PlanFiles files;
    private final CountedText countedText;

    AssignmentApiController(AssignmentViews views, AssignmentWorkflow workflow, PlanQueries queries,
            PlanFiles files, CountedText countedText) {
        this.countedText = countedText;
        this.views = views;
        this.workflow = workflow;
        this.queries = queries;
        this.files = files;
    }

    @GetMapping("/assignments/{id}")
    @Operation(summary = "任务详情：来源链、通知、事项及时限、落实举措、进展报送、计入落实的工作、当前可办操作",
            description = "每个事项的 counted：其他模块计入该事项的工作（按类别合计、与量化目标对照、是否已达标）及每条计入记录的链接")
    AssignmentJson get(@PathVariable long id) {
        return AssignmentJson.of(views.view(id, CurrentActor.get()), countedText);
    }

    @PostMapping("/assignments/{id}/acknowledge")
    @Operation(summary = "签收（本单位管理员）")
    AssignmentJson acknowledge(@PathVariable long id, @RequestBody(required = false) ReviewForm form) {
        workflow.acknowledge(CurrentActor.get(), id, version(form));
        return get(id);
    }

    @PostMapping("/assignments/{id}/forward")
    @Operation(summary = "转发到下级：可附本级通知和不晚于本级的完成时限")
    Map<String, Integer> forward(@PathVariable long id, @RequestBody TargetForm form) {
        return Map.of("created", workflow.forward(CurrentActor.get(), id, form.forwarding(), form.getVersion()));
    }

    @PostMapping("/assignments/{id}/measures")
    @Operation(summary = "添加落实举措")
    ResponseEntity<Map<String, Long>> addMeasure(@PathVariable long id, @RequestBody MeasureForm form) {
        long measureId = workflow.addMeasure(CurrentActor.get(), id, form.command(), form.getVersion());
        return ResponseEntity.created(URI.create("/api/v1/plans/assignments/" + id + "/measures/" + measureId))
                .body(Map.of("id", measureId));
    }

    @PutMapping("/assignments/{id}/measures/{measureId}")
    @Operation(summary = "修改落实举措")
    AssignmentJson updateMeasure(@PathVariable long id, @PathVariable long measureId, @RequestBody MeasureForm form) {
        workflow.updateMeasure(CurrentActor.get(), id, measureId, form.command(), form.getVersion());
        return get(id);
    }

    @DeleteMapping("/assignments/{id}/measures/{measureId}")
    @Operation(summary = "删除落实举措")
    ResponseEntity<Void> removeMeasure(@PathVariable long id, @PathVariable long measureId,
            @RequestParam(required = false) Integer version) {
        workflow.removeMeasure(CurrentActor.get(), id, measureId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/assignments/{id}/implementation-plan/submit")
    @Operation(summary = "报送实施方案")
    AssignmentJson submitPlan(@PathVariable long id, @RequestBody(required = false) ReviewForm form) {
        workflow.submitImplementationPlan(CurrentActor.get(), id, version(form));
        return get(id);
    }

    @PostMapping("/assignments/{id}/implementation-plan/approve")
    @Operation(summary = "批准实施方案（仅下达单位）")
    AssignmentJson approvePlan(@PathVariable long id, @RequestBody(required = false) ReviewForm form) {
        workflow.approveImplementationPlan(CurrentActor.get(), id, version(form));
        return get(id);
    }

    @PostMapping("/assignments/{id}/implementation-plan/return")
    @Operation(summary = "退回实施方案并说明意见（仅下达单位）")
    AssignmentJson returnPlan(@PathVariable long id, @RequestBody ReviewForm form) {
        workflow.returnImplementationPlan(CurrentActor.get(), id, form.getComment(), form.getVersion());
        return get(id);
    }

    @PostMapping(path = "/assignments/{id}/items/{itemId}/reports", consumes = "multipart/form-data")
    @Operation(summary = "报送进展（文字、完成百分比、佐证文件）；完成（100%）时须附事项要求的佐证材料，或在 "
            + "missingEvidenceReason 中说明无法提供的原因；同一 Idempotency-Key 重复提交只生成一条")
    ResponseEntity<ReportRepository.Report> report(@PathVariable long id, @PathVariable long itemId,
            @ModelAttribute ReportForm form,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        if (key != null && !key.isBlank()) {
            form.setIdempotencyKey(key);
        }
        ReportRepository.Report report = workflow.report(CurrentActor.get(), id,
                form.command(itemId), form.getVersion());
        return ResponseEntity.created(URI.create("/api/v1/plans/reports/" + report.id())).body(report);
    }

    @GetMapping("/reports/{reportId}")
    @Operation(summary = "进展报送详情（含审核意见、佐证文件，以及完成报送缺少的佐证材料和原因）")
    ReportRepository.Report getReport(@PathVariable long reportId) {
        return workflow.report(reportId, CurrentActor.get());
    }

    @PostMapping("/reports/{reportId}/accept")
    @Operation(summary = "审核通过进展（仅下达单位），事项随之完成")
    ReportRepository.Report accept(@PathVariable long reportId, @RequestBody(required = false) ReviewForm form) {
        workflow.acceptReport(CurrentActor.get(), reportId, version(form));
        return workflow.report(reportId, CurrentActor.get());
    }

    @PostMapping("/reports/{reportId}/return")
    @Operation(summary = "退回进展并说明理由（仅下达单位）；原报送保留")
    ReportRepository.Report returnReport(@PathVariable long reportId, @RequestBody ReviewForm form) {
        workflow.returnReport(CurrentActor.get(), reportId, form.getComment(), form.getVersion());
        return workflow.report(reportId, CurrentActor.get());
    }

    @GetMapping("/reports/{reportId}/evidence/{fileId}")
    @Operation(summary = "下载佐证文件")
    ResponseEntity<byte[]> evidence(@PathVariable long reportId, @PathVariable long fileId) {
        return files.evidence(CurrentActor.get(), reportId, fileId);
    }

    private static Integer version(ReviewForm form) {
        return form == null ? null : form.getVersion();
    }
}
