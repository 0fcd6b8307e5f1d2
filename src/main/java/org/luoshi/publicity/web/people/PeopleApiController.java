package org.luoshi.publicity.web.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.luoshi.publicity.internal.people.ConsentMethod;
import org.luoshi.publicity.internal.people.PeopleWorkflow;
import org.luoshi.publicity.internal.people.RecordConsent;
import org.luoshi.publicity.internal.people.SavePerson;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
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

/** 典型人物库 API: people of the subtree, their story, photo, linked submissions, consent and portal page. */
@RestController
@RequestMapping("/api/v1/publicity/people")
@Tag(name = "信息报送：典型人物库", description = "典型人物及其事迹、关联稿件；本人同意后方可在门户展示")
class PeopleApiController {

    /** The person's fields; {@code version} as read, to refuse overwriting a newer state. */
    record PersonBody(String name, String post, String storyHtml, Long memberId, Integer version) {
    }

    record ConsentBody(String method, String note, Integer version) {
    }

    record LinkBody(Long submissionId) {
    }

    private final PeopleWorkflow workflow;
    private final PeopleViews views;
    private final PeopleExport export;

    PeopleApiController(PeopleWorkflow workflow, PeopleViews views, PeopleExport export) {
        this.export = export;
        this.workflow = workflow;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "本单位及下级的典型人物（可按姓名、事迹检索；分页）")
    Page<PeopleViews.Line> list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return views.list(CurrentActor.get(), SearchText.of(q), unitId, PageQuery.of(page, size));
    }

    @GetMapping(path = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出本单位及下级的典型人物（Excel；检索与单位筛选同列表）")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        export.write(response, CurrentActor.get(), SearchText.of(q), unitId);
    }

    @PostMapping
    @Operation(summary = "新增典型人物（本单位）")
    ResponseEntity<PersonView> create(@RequestBody PersonBody body) {
        long id = workflow.create(CurrentActor.get(),
                new SavePerson(body.name(), body.post(), body.storyHtml(),
                        body.memberId()));
        return ResponseEntity.created(URI.create("/api/v1/publicity/people/" + id))
                .body(views.view(id, CurrentActor.get()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "典型人物详情（含关联稿件与可进行的操作）")
    PersonView show(@PathVariable long id) {
        return views.view(id, CurrentActor.get());
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改典型人物")
    PersonView revise(@PathVariable long id, @RequestBody PersonBody body) {
        workflow.revise(CurrentActor.get(), id, new SavePerson(body.name(),
                body.post(), body.storyHtml(), body.memberId()), body.version());
        return views.view(id, CurrentActor.get());
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除典型人物")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传照片（图片）")
    StoredFile photo(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return workflow.photo(CurrentActor.get(), id, Upload.of(file));
    }

    @PostMapping("/{id}/submissions")
    @Operation(summary = "关联报送稿件（本单位及下级可见的稿件）")
    PersonView link(@PathVariable long id, @RequestBody LinkBody body) {
        workflow.link(CurrentActor.get(), id, body.submissionId());
        return views.view(id, CurrentActor.get());
    }

    @DeleteMapping("/{id}/submissions/{submissionId}")
    @Operation(summary = "取消关联报送稿件")
    PersonView unlink(@PathVariable long id, @PathVariable long submissionId) {
        workflow.unlink(CurrentActor.get(), id, submissionId);
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/consent")
    @Operation(summary = "记录本人同意（书面 WRITTEN / 口头 ORAL / 电子 ELECTRONIC，附说明）")
    PersonView consent(@PathVariable long id, @RequestBody ConsentBody body) {
        workflow.recordConsent(CurrentActor.get(), id, new RecordConsent(method(body.method()), body.note()),
                body.version());
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/consent/withdraw")
    @Operation(summary = "撤回本人同意（门户页面立即下线）")
    PersonView withdrawConsent(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.withdrawConsent(CurrentActor.get(), id, version);
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "在门户展示（须已记录本人同意）")
    PersonView publish(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.publish(CurrentActor.get(), id, version);
        return views.view(id, CurrentActor.get());
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "从门户撤下")
    PersonView unpublish(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.unpublish(CurrentActor.get(), id, version);
        return views.view(id, CurrentActor.get());
    }

    private static ConsentMethod method(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ConsentMethod.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("method",
                    "publicity.person.consent.method.required");
        }
    }
}
