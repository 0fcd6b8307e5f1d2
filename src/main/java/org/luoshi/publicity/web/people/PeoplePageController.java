package org.luoshi.publicity.web.people;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.internal.people.ConsentMethod;
import org.luoshi.publicity.internal.people.ExemplaryPerson;
import org.luoshi.publicity.internal.people.PeopleWorkflow;
import org.luoshi.publicity.internal.people.RecordConsent;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.FileStore;
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

/** 典型人物库 pages: the searchable list over the subtree, a person, the form, consent and the portal page switch. */
@Controller
@RequestMapping("/publicity/people")
class PeoplePageController {

    private final PeopleWorkflow workflow;
    private final PeopleViews views;
    private final UnitDirectory units;
    private final FileStore files;
    private final Messages messages;
    private final PeopleExport export;

    PeoplePageController(PeopleWorkflow workflow, PeopleViews views, UnitDirectory units, FileStore files,
            Messages messages, PeopleExport export) {
        this.export = export;
        this.workflow = workflow;
        this.views = views;
        this.units = units;
        this.files = files;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "publicity";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        SearchText text = SearchText.of(q);
        model.addAttribute("query", text);
        model.addAttribute("unitId", unitId);
        model.addAttribute("units", units.children(actor.unitId()));
        model.addAttribute("page", views.list(actor, text, unitId, PageQuery.of(page, 20)));
        model.addAttribute("mayCreate", ExemplaryPerson.mayCreate(actor));
        if (text.typed() && !text.hasWords()) {
            model.addAttribute("hint", messages.get("publicity.search.noWords"));
        }
        return "publicity/people/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        export.write(response, CurrentActor.get(), SearchText.of(q), unitId);
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        if (!ExemplaryPerson.mayCreate(CurrentActor.get())) {
            throw BusinessException.forbidden("publicity.person.forbidden");
        }
        model.addAttribute("form", new PersonForm());
        return "publicity/people/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PersonForm form, BindingResult binding, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.create(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("publicity.person.saved"));
            return "redirect:/publicity/people/" + id;
        }, () -> "publicity/people/form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("v", views.view(id, actor));
        model.addAttribute("methods", ConsentMethod.values());
        return "publicity/people/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ExemplaryPerson p = workflow.visible(id, actor);
        if (!p.mayEdit(actor)) {
            throw BusinessException.forbidden("publicity.person.notYourUnit");
        }
        model.addAttribute("form", PersonForm.of(p));
        model.addAttribute("personId", id);
        return "publicity/people/form";
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("personId", id);
        return FormErrors.submit(binding, response, form,
                () -> workflow.visible(id, CurrentActor.get()).version(), () -> {
                    workflow.revise(CurrentActor.get(), id, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("publicity.person.saved"));
                    return "redirect:/publicity/people/" + id;
                }, () -> "publicity/people/form");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.person.deleted"));
            return "redirect:/publicity/people";
        });
    }

    @PostMapping("/{id}/photo")
    String photo(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id, () -> {
            workflow.photo(CurrentActor.get(), id, Upload.of(file));
            redirect.addFlashAttribute("flash", messages.get("publicity.person.photo.saved"));
            return "redirect:/publicity/people/" + id;
        });
    }

    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> showPhoto(@PathVariable long id) {
        ExemplaryPerson p = workflow.visible(id, CurrentActor.get());
        return photoOf(p);
    }

    ResponseEntity<byte[]> photoOf(ExemplaryPerson p) {
        if (p.photoFileId() == null) {
            throw BusinessException.notFound("publicity.person.photo.none");
        }
        return FileDownload.of(files.find(p.photoFileId()).orElseThrow(
                () -> BusinessException.notFound("publicity.person.photo.none")),
                files.content(p.photoFileId()).orElseThrow());
    }

    @PostMapping("/{id}/links")
    String link(@PathVariable long id, @RequestParam(required = false) String submissionId,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id + "#links", () -> {
            workflow.link(CurrentActor.get(), id, parseId(submissionId));
            redirect.addFlashAttribute("flash", messages.get("publicity.person.linked"));
            return "redirect:/publicity/people/" + id + "#links";
        });
    }

    @PostMapping("/{id}/links/{submissionId}/delete")
    String unlink(@PathVariable long id, @PathVariable long submissionId, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id + "#links", () -> {
            workflow.unlink(CurrentActor.get(), id, submissionId);
            return "redirect:/publicity/people/" + id + "#links";
        });
    }

    @PostMapping("/{id}/consent")
    String consent(@PathVariable long id, @RequestParam(required = false) ConsentMethod method,
            @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id + "#consent", () -> {
            workflow.recordConsent(CurrentActor.get(), id, new RecordConsent(method, note), version);
            redirect.addFlashAttribute("flash", messages.get("publicity.person.consent.saved"));
            return "redirect:/publicity/people/" + id + "#consent";
        });
    }

    @PostMapping("/{id}/consent/withdraw")
    String withdrawConsent(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id + "#consent", () -> {
            workflow.withdrawConsent(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.person.consent.withdrawn"));
            return "redirect:/publicity/people/" + id + "#consent";
        });
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id, () -> {
            workflow.publish(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.person.published"));
            return "redirect:/publicity/people/" + id;
        });
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/people/" + id, () -> {
            workflow.unpublish(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.person.unpublished"));
            return "redirect:/publicity/people/" + id;
        });
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.invalid("submissionId", "publicity.person.link.unknown");
        }
    }
}
