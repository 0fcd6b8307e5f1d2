package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.luoshi.plan.internal.Plan;
import org.luoshi.plan.internal.PlanAccess;
import org.luoshi.plan.internal.PlanDrafts;
import org.luoshi.plan.internal.PlanIssuing;
import org.luoshi.plan.internal.PlanItem;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.plan.internal.PlanRepository;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 工作方案 API: drafts, item tree, Word import, attachments, issue. */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "部署落实：工作方案", description = "起草、条目、从 Word 导入、附件、下发")
class PlanApiController {

    private final PlanQueries queries;
    private final PlanAccess access;
    private final PlanRepository plans;
    private final PlanDrafts drafts;
    private final PlanIssuing issuing;
    private final PlanFiles files;

    PlanApiController(PlanQueries queries, PlanAccess access, PlanRepository plans, PlanDrafts drafts,
            PlanIssuing issuing, PlanFiles files) {
        this.queries = queries;
        this.access = access;
        this.plans = plans;
        this.drafts = drafts;
        this.issuing = issuing;
        this.files = files;
    }

    @GetMapping
    @Operation(summary = "方案列表（本单位及上级下发到本单位范围的方案、本单位草稿），可按状态、年份、关键词筛选")
    Page<PlanQueries.PlanRow> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.plans(CurrentActor.get(), new PlanQueries.PlanFilter(status, year, q), PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "起草方案（发文单位为本单位）")
    ResponseEntity<PlanJson> create(@RequestBody PlanForm form) {
        long id = drafts.create(CurrentActor.get(), form.command());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "方案详情：正文、附件、条目树")
    PlanJson get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        Plan plan = access.visible(id, actor);
        return PlanJson.of(plan, queries.unitName(plan.issuerUnitId()), PlanItem.tree(plans.items(id)),
                plans.attachments(id), queries.ownAssignment(actor, id), actor);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改草稿（须带 version，防止覆盖他人的修改）")
    PlanJson update(@PathVariable long id, @RequestBody PlanForm form) {
        drafts.update(CurrentActor.get(), id, form.command(), form.getVersion());
        return get(id);
    }

    @PostMapping("/{id}/items")
    @Operation(summary = "添加条目（可设为需落实事项：完成时限、佐证材料、量化目标）")
    ResponseEntity<Map<String, Long>> addItem(@PathVariable long id, @RequestBody ItemForm form) {
        long itemId = drafts.addItem(CurrentActor.get(), id, form.command(), form.getVersion());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/items/" + itemId))
                .body(Map.of("id", itemId));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "修改条目")
    PlanJson updateItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemForm form) {
        drafts.updateItem(CurrentActor.get(), id, itemId, form.command(), form.getVersion());
        return get(id);
    }

    @PostMapping("/{id}/items/{itemId}/move")
    @Operation(summary = "条目上移（up=true）或下移")
    PlanJson move(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean up,
            @RequestParam(required = false) Integer version) {
        drafts.moveItem(CurrentActor.get(), id, itemId, up, version);
        return get(id);
    }

    @DeleteMapping("/{id}/items/{itemId}")
    @Operation(summary = "删除条目（连同下级条目）")
    ResponseEntity<Void> removeItem(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Integer version) {
        drafts.removeItem(CurrentActor.get(), id, itemId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @Operation(summary = "从 Word（.docx）创建方案草稿：一、（一）1. 编号的段落成为条目树")
    ResponseEntity<PlanJson> importDocx(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String title) {
        long id = drafts.importDocx(CurrentActor.get(), title, Upload.of(file));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(get(id));
    }

    @PostMapping(path = "/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "上传附件（Word、PDF、图片，按内容识别类型）")
    ResponseEntity<StoredFile> attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer version) {
        StoredFile stored = drafts.attach(CurrentActor.get(), id, Upload.of(file), version);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/attachments/" + stored.id()))
                .body(stored);
    }

    @GetMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "下载附件")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long fileId) {
        return files.attachment(CurrentActor.get(), id, fileId);
    }

    @DeleteMapping("/{id}/attachments/{fileId}")
    @Operation(summary = "删除草稿的附件")
    ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(required = false) Integer version) {
        drafts.detach(CurrentActor.get(), id, fileId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "下发：整个下级范围、按单位类型或指定单位；重复下发不会重复创建任务")
    Map<String, Integer> issue(@PathVariable long id, @RequestBody TargetForm form) {
        return Map.of("created", issuing.issue(CurrentActor.get(), id, form.targets(), form.getVersion()));
    }

    @GetMapping("/{id}/assignments")
    @Operation(summary = "本单位范围内收到该方案的单位及其签收、落实情况")
    Page<PlanQueries.AssignmentRow> assignments(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.get();
        access.visible(id, actor);
        return queries.assignments(actor, id, status, PageQuery.of(page, size));
    }
}
