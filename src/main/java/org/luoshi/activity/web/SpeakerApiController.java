package org.luoshi.activity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.luoshi.activity.internal.speaker.SaveSpeaker;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.activity.internal.speaker.SpeakerWorkflow;
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

/** 主讲人库 API. */
@RestController
@RequestMapping("/api/v1/activities/speakers")
@Tag(name = "活动：主讲人库", description = "主讲人姓名、职务、简介、照片，标注党的二十大代表；本级、上级和下级的主讲人可邀请")
class SpeakerApiController {

    /** A speaker's fields; {@code version} as read. */
    record SpeakerBody(String name, String post, String bio, Boolean congressDelegate, Integer version) {

        SaveSpeaker command() {
            return new SaveSpeaker(name, post, bio, Boolean.TRUE.equals(congressDelegate));
        }
    }

    /** A speaker with the actions the reader may take. */
    record SpeakerView(Speaker speaker, boolean mayEdit) {
    }

    private final SpeakerWorkflow workflow;
    private final SpeakerRepository speakers;
    private final SpeakerPhotos photos;

    SpeakerApiController(SpeakerWorkflow workflow, SpeakerRepository speakers, SpeakerPhotos photos) {
        this.workflow = workflow;
        this.speakers = speakers;
        this.photos = photos;
    }

    @GetMapping
    @Operation(summary = "可邀请的主讲人（本级、上级和下级的主讲人库；可按姓名筛选、只看二十大代表；分页）")
    Page<Speaker> list(@RequestParam(required = false) String name, @RequestParam(required = false) Boolean delegates,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return speakers.list(CurrentActor.get().unitPath(), name, Boolean.TRUE.equals(delegates),
                PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "新增主讲人（本单位主讲人库；单位管理员）")
    ResponseEntity<SpeakerView> create(@RequestBody SpeakerBody body) {
        long id = workflow.create(CurrentActor.get(), body.command());
        return ResponseEntity.created(URI.create("/api/v1/activities/speakers/" + id)).body(show(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "主讲人详情")
    SpeakerView show(@PathVariable long id) {
        Speaker s = workflow.visible(id, CurrentActor.get());
        return new SpeakerView(s, s.mayEdit(CurrentActor.get()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改主讲人")
    SpeakerView revise(@PathVariable long id, @RequestBody SpeakerBody body) {
        workflow.revise(CurrentActor.get(), id, body.command(), body.version());
        return show(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "删除主讲人（已在活动中的不能删除）")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/{id}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传主讲人照片（图片）")
    StoredFile photo(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        return workflow.photo(CurrentActor.get(), id, Upload.of(file));
    }

    @GetMapping("/{id}/photo")
    @Operation(summary = "主讲人照片")
    ResponseEntity<byte[]> showPhoto(@PathVariable long id) {
        return photos.of(workflow.visible(id, CurrentActor.get()));
    }
}
