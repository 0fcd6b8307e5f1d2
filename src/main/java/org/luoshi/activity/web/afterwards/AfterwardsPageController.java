package org.luoshi.activity.web.afterwards;

import org.luoshi.activity.internal.afterwards.AfterwardsWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 活动总结 pages: write the summary, add and remove photos, and the one step to a news draft. */
@Controller
@RequestMapping("/activities/{id}")
class AfterwardsPageController {

    private final AfterwardsWorkflow workflow;
    private final AfterwardsPanel panel;
    private final AfterwardsPhotos photos;
    private final FileStore files;
    private final Messages messages;

    AfterwardsPageController(AfterwardsWorkflow workflow, AfterwardsPanel panel, AfterwardsPhotos photos,
            FileStore files, Messages messages) {
        this.workflow = workflow;
        this.panel = panel;
        this.photos = photos;
        this.files = files;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping("/summary")
    String form(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        AfterwardsPanel.View view = panel.of(id, actor);
        if (!view.mayWrite()) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        model.addAttribute("activityId", id);
        model.addAttribute("after", view);
        model.addAttribute("maxPhotos", AfterwardsWorkflow.MAX_PHOTOS);
        model.addAttribute("maxUpload", files.maxSize());
        return "activity/afterwards";
    }

    @PostMapping("/summary")
    String save(@PathVariable long id, @RequestParam(required = false) String summaryHtml,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id + "/summary", () -> {
            workflow.saveSummary(CurrentActor.get(), id, summaryHtml, version);
            redirect.addFlashAttribute("flash", messages.get("activity.afterwards.saved"));
            return "redirect:/activities/" + id;
        });
    }

    @PostMapping("/photos")
    String addPhoto(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String caption, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id + "/summary#photos", () -> {
            workflow.addPhoto(CurrentActor.get(), id, upload(file), caption);
            redirect.addFlashAttribute("flash", messages.get("activity.afterwards.photo.added"));
            return "redirect:/activities/" + id + "/summary#photos";
        });
    }

    @PostMapping("/photos/{fileId}/delete")
    String removePhoto(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id + "/summary#photos", () -> {
            workflow.removePhoto(CurrentActor.get(), id, fileId);
            redirect.addFlashAttribute("flash", messages.get("activity.afterwards.photo.removed"));
            return "redirect:/activities/" + id + "/summary#photos";
        });
    }

    @GetMapping("/photos/{fileId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long fileId) {
        return photos.of(panel.of(id, CurrentActor.get()), fileId, false);
    }

    @GetMapping("/photos/{fileId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id, @PathVariable long fileId) {
        return photos.of(panel.of(id, CurrentActor.get()), fileId, true);
    }

    /** 生成新闻稿: to the draft, made now or before (then said so). */
    @PostMapping("/news")
    String news(@PathVariable long id, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id, () -> {
            AfterwardsWorkflow.NewsDraft draft = workflow.draftNews(CurrentActor.get(), id);
            redirect.addFlashAttribute("flash", messages.get(draft.created() ? "activity.afterwards.news.created"
                    : "activity.afterwards.news.exists"));
            return "redirect:/publicity/submissions/" + draft.submissionId();
        });
    }

    static Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            throw BusinessException.invalid("file", "activity.afterwards.photo.required");
        }
        return Upload.of(file);
    }
}
