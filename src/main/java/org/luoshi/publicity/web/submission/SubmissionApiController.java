package org.luoshi.publicity.web.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.publicity.internal.submission.SubmissionFilter;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.publicity.internal.submission.SubmissionStatus;
import org.luoshi.publicity.internal.submission.SubmissionWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 报送稿件 API: drafts, photos and attachments, submitting to the parent, each level's decision, versions, lists. */
@RestController
@RequestMapping("/api/v1/publicity/submissions")
@Tag(name = "信息报送：报送与审核", description = "起草、报送稿件，逐级审核（退回修改、采用、推荐上报、不予采用）与撤回审核意见；版本、列表与导出")
class SubmissionApiController {

    /** What the draft form offers the actor's unit. */
    record Options(List<SubmissionKind> kinds, List<LinkableItem> items) {
    }

    private final SubmissionWorkflow workflow;
    private final SubmissionQueries queries;
    private final SubmissionViews views;
    private final SubmissionExports exports;
    private final MemberDirectory members;

    SubmissionApiController(SubmissionWorkflow workflow, SubmissionQueries queries, SubmissionViews views,
            SubmissionExports exports, MemberDirectory members) {
        this.workflow = workflow;
        this.queries = queries;
        this.views = views;
        this.exports = exports;
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "本单位的稿件及下级已报送的稿件（分页；可按状态、类别、单位、时间段筛选）")
    Page<SubmissionQueries.Row> list(@RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) SubmissionKind kind, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.list(CurrentActor.get(), new SubmissionFilter(status, kind, unitId, from, to),
                PageQuery.of(page, size));
    }

    @GetMapping(path = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出稿件列表（Excel，筛选同列表）")
    void export(@RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) SubmissionKind kind, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        exports.submissions(CurrentActor.get(), new SubmissionFilter(status, kind, unitId, from, to), response);
    }

    @GetMapping("/options")
    @Operation(summary = "起草稿件时可选的类别和计入事项（本单位）")
    Options options() {
        return new Options(List.of(SubmissionKind.values()), views.items(CurrentActor.get()));
    }

    @GetMapping("/members")
    @Operation(summary = "查找先进典型对应的会员（本单位及下级；按姓名开头）")
    List<MemberRef> members(@RequestParam(required = false) String name) {
        Actor actor = CurrentActor.get();
        if (!Submission.mayCreate(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        return members.search(actor.scopePath(), name, null, 20);
    }

    @PostMapping
    @Operation(summary = "起草稿件（本单位宣传人员）；草稿可先保存不完整的内容")
    ResponseEntity<SubmissionJson> draft(@RequestBody SubmissionBody body) {
        long id = workflow.draft(CurrentActor.get(), body.command());
        return ResponseEntity.created(URI.create("/api/v1/publicity/submissions/" + id))
                .body(views.json(CurrentActor.get(), id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "稿件详情：正文、照片、附件、各级审核意见、可办操作")
    SubmissionJson get(@PathVariable long id) {
        return views.json(CurrentActor.get(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "保存草稿或退回后的修改（随写随存）")
    SubmissionJson save(@PathVariable long id, @RequestBody SubmissionBody body) {
        workflow.save(CurrentActor.get(), id, body.command(), body.version());
        return get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除从未报送的草稿")
    ResponseEntity<Void> discard(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.discard(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "报送给上级单位（退回后再次报送：回到退回的那一级，须填写修改说明）")
    SubmissionJson submit(@PathVariable long id, @RequestBody(required = false) SubmitBody body) {
        SubmitBody given = body == null ? new SubmitBody(null, null) : body;
        workflow.submit(CurrentActor.get(), id, given.note(), given.version());
        return get(id);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "审核（轮到本单位时）：退回修改、本级采用、推荐上报、采用并推荐上报、不予采用")
    SubmissionJson decide(@PathVariable long id, @RequestBody DecisionBody body) {
        workflow.decide(CurrentActor.get(), id, body.command(), body.version());
        return get(id);
    }

    @PostMapping("/{id}/decisions/withdraw")
    @Operation(summary = "撤回本级最后的审核意见（下一级尚未审核、本单位尚未再次报送、采用稿件尚未被使用时）")
    SubmissionJson withdraw(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.withdrawDecision(CurrentActor.get(), id, version);
        return get(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "历次报送的版本（新的在前）")
    List<SubmissionQueries.VersionRow> versions(@PathVariable long id) {
        workflow.visible(id, CurrentActor.get());
        return queries.versions(id);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "某一次报送的版本")
    SubmissionQueries.VersionRow version(@PathVariable long id, @PathVariable int number) {
        workflow.visible(id, CurrentActor.get());
        return queries.version(id, number)
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.version.notFound"));
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一张照片（PNG、JPEG、GIF、WebP，按内容识别）及其说明，自动生成缩略图")
    ResponseEntity<StoredFile> addPhoto(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String caption) {
        StoredFile photo = workflow.addPhoto(CurrentActor.get(), id, single(file), caption);
        return ResponseEntity.created(URI.create("/api/v1/publicity/submissions/" + id + "/files/" + photo.id()))
                .body(photo);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传附件（PDF、Word、Excel 或图片，按内容识别，不超过上限）")
    ResponseEntity<StoredFile> addAttachment(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        StoredFile stored = workflow.addAttachment(CurrentActor.get(), id, single(file));
        return ResponseEntity.created(URI.create("/api/v1/publicity/submissions/" + id + "/files/" + stored.id()))
                .body(stored);
    }

    @PutMapping("/{id}/files/{fileId}")
    @Operation(summary = "修改照片说明")
    SubmissionJson caption(@PathVariable long id, @PathVariable long fileId, @RequestBody CaptionBody body) {
        workflow.caption(CurrentActor.get(), id, fileId, body.caption());
        return get(id);
    }

    @DeleteMapping("/{id}/files/{fileId}")
    @Operation(summary = "删除照片或附件")
    ResponseEntity<Void> removeFile(@PathVariable long id, @PathVariable long fileId) {
        workflow.removeFile(CurrentActor.get(), id, fileId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载照片、缩略图或附件（含历次版本中的）")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return views.download(CurrentActor.get(), id, fileId);
    }

    static Upload single(MultipartFile file) {
        List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw BusinessException.invalid("file", "file.empty", "");
        }
        return uploads.get(0);
    }
}
