package org.luoshi.activity.web.afterwards;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.activity.internal.afterwards.AfterwardsWorkflow;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.CurrentActor;
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

/** 活动总结 API: the summary and photos of a held activity, and the one step to a 工作动态 draft. */
@RestController
@RequestMapping("/api/v1/activities/{id}")
@Tag(name = "活动：活动总结", description = "已举办活动的总结（富文本）与照片；一键生成“工作动态”新闻稿草稿")
class AfterwardsApiController {

    /** The summary (HTML; sanitised as saved) and the summary's {@code version} as read. */
    record SummaryBody(String summaryHtml, Integer version) {
    }

    /** The news draft: its id, its page, and whether this call made it (false: made before, the same draft). */
    record NewsBody(long submissionId, String link, boolean created) {
    }

    private final AfterwardsWorkflow workflow;
    private final AfterwardsPanel panel;
    private final AfterwardsPhotos photos;

    AfterwardsApiController(AfterwardsWorkflow workflow, AfterwardsPanel panel, AfterwardsPhotos photos) {
        this.workflow = workflow;
        this.panel = panel;
        this.photos = photos;
    }

    @GetMapping("/summary")
    @Operation(summary = "活动总结（已举办的活动；总结、照片、由此生成的新闻稿）")
    AfterwardsPanel.View show(@PathVariable long id) {
        return panel.of(id, CurrentActor.get());
    }

    @PutMapping("/summary")
    @Operation(summary = "保存活动总结（主办单位及上级的单位管理员；活动已举办）")
    AfterwardsPanel.View save(@PathVariable long id, @RequestBody SummaryBody body) {
        workflow.saveSummary(CurrentActor.get(), id, body.summaryHtml(), body.version());
        return panel.of(id, CurrentActor.get());
    }

    @PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传活动照片（图片，附说明）")
    StoredFile addPhoto(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String caption) {
        return workflow.addPhoto(CurrentActor.get(), id, AfterwardsPageController.upload(file), caption);
    }

    @GetMapping("/photos/{fileId}")
    @Operation(summary = "活动照片（thumbnail=true 为缩略图）")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(required = false) Boolean thumbnail) {
        return photos.of(panel.of(id, CurrentActor.get()), fileId, Boolean.TRUE.equals(thumbnail));
    }

    @DeleteMapping("/photos/{fileId}")
    @Operation(summary = "删除活动照片")
    ResponseEntity<Void> removePhoto(@PathVariable long id, @PathVariable long fileId) {
        workflow.removePhoto(CurrentActor.get(), id, fileId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/news")
    @Operation(summary = "生成新闻稿：由总结、照片和活动信息生成本单位的“工作动态”草稿（已生成过则返回同一草稿）")
    NewsBody news(@PathVariable long id) {
        AfterwardsWorkflow.NewsDraft draft = workflow.draftNews(CurrentActor.get(), id);
        return new NewsBody(draft.submissionId(), "/publicity/submissions/" + draft.submissionId(), draft.created());
    }
}
