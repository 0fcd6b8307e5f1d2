package org.luoshi.study.web.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.DueStudy;
import org.luoshi.study.internal.session.PlannedSessions;
import org.luoshi.study.internal.session.SessionFilter;
import org.luoshi.study.internal.session.SessionQueries;
import org.luoshi.study.internal.session.SessionWorkflow;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudyLibrary;
import org.luoshi.study.internal.session.StudySession;
import org.luoshi.study.internal.session.StudySessionRepository;
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

/** 集体学习 API: record, revise, delete, photos, sign-in sheet, attendees from Excel, lists and exports. */
@RestController
@RequestMapping("/api/v1/study/sessions")
@Tag(name = "组织学习：集体学习", description = "记录集体学习并计入方案事项；照片、签到表、参加人员；列表与导出")
class SessionApiController {

    /** What the session form offers the actor's unit. */
    record Options(List<LinkableItem> items, List<StudyLibrary.Option> materials, List<DueStudy> planned) {
    }

    /** An Excel import's outcome: how many were added, and each row left out with its reason. */
    record ImportJson(int rows, int imported, List<ImportReport.RowError> rejected) {
    }

    private final SessionWorkflow workflow;
    private final SessionQueries queries;
    private final StudySessionRepository sessions;
    private final SessionExports exports;
    private final SessionFiles files;
    private final LinkableItems linkable;
    private final StudyLibrary library;
    private final PlannedSessions planned;
    private final MemberDirectory members;

    SessionApiController(SessionWorkflow workflow, SessionQueries queries, StudySessionRepository sessions,
            SessionExports exports, SessionFiles files, LinkableItems linkable, StudyLibrary library,
            PlannedSessions planned, MemberDirectory members) {
        this.workflow = workflow;
        this.queries = queries;
        this.sessions = sessions;
        this.exports = exports;
        this.files = files;
        this.linkable = linkable;
        this.library = library;
        this.planned = planned;
        this.members = members;
    }

    @GetMapping
    @Operation(summary = "本单位及下级的集体学习（分页；可按单位、形式、日期、计入事项筛选）")
    Page<SessionQueries.Row> list(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(CurrentActor.get(), new SessionFilter(unitId, form, from, to, itemId),
                PageQuery.of(page, size));
    }

    @GetMapping(path = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出集体学习（Excel，筛选同列表）")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, HttpServletResponse response) throws IOException {
        exports.sessions(CurrentActor.get(), new SessionFilter(unitId, form, from, to, itemId), response);
    }

    @GetMapping(path = "/attendance.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出参加人员（Excel，每人每次一行，筛选同列表）")
    void exportAttendance(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, HttpServletResponse response) throws IOException {
        exports.attendance(CurrentActor.get(), new SessionFilter(unitId, form, from, to, itemId), response);
    }

    @GetMapping("/options")
    @Operation(summary = "记录集体学习时可选的计入事项、学习材料和计划安排（本单位）")
    Options options() {
        Actor actor = CurrentActor.get();
        return new Options(linkable.of(actor.unitId()), library.offered(actor.unitPath()),
                planned.open(actor.unitId(), null));
    }

    @GetMapping("/members")
    @Operation(summary = "查找可列为参加人员的会员（本单位及下级；按姓名开头、所在单位）")
    List<MemberRef> members(@RequestParam(required = false) String name, @RequestParam(required = false) Long unitId) {
        return members.search(CurrentActor.get().scopePath(), name, unitId, SessionFormOptions.FOUND_LIMIT);
    }

    @PostMapping
    @Operation(summary = "记录集体学习（本单位管理员）；填写 itemId 即计入该事项")
    ResponseEntity<SessionJson> record(@RequestBody SessionBody body) {
        long id = workflow.record(CurrentActor.get(), body.command());
        return ResponseEntity.created(URI.create("/api/v1/study/sessions/" + id)).body(get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "集体学习详情：参加人员、材料、照片、签到表、可办操作")
    SessionJson get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        StudySession s = workflow.visible(id, actor);
        return SessionJson.of(s, sessions.photos(id), sessions.signInSheet(id).orElse(null),
                new SessionJson.Actions(s.mayEdit(actor), s.mayDelete(actor)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改集体学习；改变 itemId 即改为计入该事项，清空即取消计入")
    SessionJson revise(@PathVariable long id, @RequestBody SessionBody body) {
        workflow.revise(CurrentActor.get(), id, body.command(), body.version());
        return get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除集体学习（同时取消计入）")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/attendance")
    @Operation(summary = "这次集体学习的参加人员")
    List<SessionQueries.Attendance> attendance(@PathVariable long id) {
        workflow.visible(id, CurrentActor.get());
        return queries.attendance(id);
    }

    @PostMapping(path = "/{id}/attendees/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入参加人员（表头：姓名、身份证号）；合格的行导入，其余逐行说明原因")
    ImportJson importAttendees(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        ImportReport report = workflow.importAttendees(CurrentActor.get(), id,
                new ByteArrayInputStream(single(file).content()));
        return new ImportJson(report.rows(), report.importedCount(), report.errors());
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传一张照片（PNG、JPEG、GIF、WebP，按内容识别，不超过上限），自动生成缩略图")
    ResponseEntity<StoredFile> addPhoto(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        StoredFile photo = workflow.addPhoto(CurrentActor.get(), id, single(file));
        return ResponseEntity.created(URI.create("/api/v1/study/sessions/" + id + "/files/" + photo.id()))
                .body(photo);
    }

    @DeleteMapping("/{id}/photos/{fileId}")
    @Operation(summary = "删除一张照片")
    ResponseEntity<Void> removePhoto(@PathVariable long id, @PathVariable long fileId) {
        workflow.removePhoto(CurrentActor.get(), id, fileId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{id}/sign-in-sheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传签到表（图片或 PDF，按内容识别），替换原有的")
    StoredFile signIn(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return workflow.setSignInSheet(CurrentActor.get(), id, single(file));
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "下载照片、缩略图或签到表")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return files.download(CurrentActor.get(), id, fileId);
    }

    private static Upload single(MultipartFile file) {
        List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw BusinessException.invalid("file", "file.empty", "");
        }
        return uploads.get(0);
    }

}
