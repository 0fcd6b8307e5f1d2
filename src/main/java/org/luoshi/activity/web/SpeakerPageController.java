package org.luoshi.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.activity.internal.speaker.SpeakerWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 主讲人库 pages: the speakers the unit may invite, one speaker, the form and the photo. */
@Controller
@RequestMapping("/activities/speakers")
class SpeakerPageController {

    private final SpeakerWorkflow workflow;
    private final SpeakerRepository speakers;
    private final SpeakerPhotos photos;
    private final Messages messages;

    SpeakerPageController(SpeakerWorkflow workflow, SpeakerRepository speakers, SpeakerPhotos photos,
            Messages messages) {
        this.workflow = workflow;
        this.speakers = speakers;
        this.photos = photos;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping
    String list(@RequestParam(required = false) String name, @RequestParam(required = false) Boolean delegates,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("name", name);
        model.addAttribute("delegates", Boolean.TRUE.equals(delegates));
        model.addAttribute("page", speakers.list(actor.unitPath(), name, Boolean.TRUE.equals(delegates),
                PageQuery.of(page, 20)));
        model.addAttribute("mayCreate", Speaker.mayCreate(actor));
        return "activity/speakers/list";
    }

    @GetMapping("/new")
    String newSpeaker(Model model) {
        if (!Speaker.mayCreate(CurrentActor.get())) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        model.addAttribute("form", new SpeakerForm());
        return "activity/speakers/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SpeakerForm form, BindingResult binding, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.create(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("activity.speaker.saved"));
            return "redirect:/activities/speakers/" + id;
        }, () -> "activity/speakers/form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Speaker s = workflow.visible(id, actor);
        model.addAttribute("s", s);
        model.addAttribute("mayEdit", s.mayEdit(actor));
        return "activity/speakers/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Speaker s = workflow.visible(id, actor);
        s.guardEdit(actor);
        model.addAttribute("form", SpeakerForm.of(s));
        model.addAttribute("speakerId", id);
        return "activity/speakers/form";
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") SpeakerForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("speakerId", id);
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, CurrentActor.get()).version(),
                () -> {
                    workflow.revise(CurrentActor.get(), id, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("activity.speaker.saved"));
                    return "redirect:/activities/speakers/" + id;
                }, () -> "activity/speakers/form");
    }

    @PostMapping("/{id}/photo")
    String photo(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/speakers/" + id, () -> {
            workflow.photo(CurrentActor.get(), id, Upload.of(file));
            redirect.addFlashAttribute("flash", messages.get("activity.speaker.photo.saved"));
            return "redirect:/activities/speakers/" + id;
        });
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> showPhoto(@PathVariable long id) {
        return photos.of(workflow.visible(id, CurrentActor.get()));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/speakers/" + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("activity.speaker.deleted"));
            return "redirect:/activities/speakers";
        });
    }
}
