package org.luoshi.study.web.session;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.DueStudy;
import org.luoshi.study.internal.session.PlannedSessions;
import org.luoshi.study.internal.session.SessionFilter;
import org.luoshi.study.internal.session.SessionQueries;
import org.luoshi.study.internal.session.SessionWorkflow;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudySession;
import org.luoshi.study.internal.session.StudySessionRepository;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 集体学习 pages: the list over the subtree, a session, and the form that records or revises one. */
@Controller
@RequestMapping("/study/sessions")
class SessionPageController {

    private final SessionWorkflow workflow;
    private final SessionQueries queries;
    private final StudySessionRepository sessions;
    private final PlannedSessions planned;
    private final SessionFormOptions options;
    private final SessionExports exports;
    private final SessionFiles files;
    private final Messages messages;
    private final Clock clock;

    SessionPageController(SessionWorkflow workflow, SessionQueries queries, StudySessionRepository sessions,
            PlannedSessions planned, SessionFormOptions options, SessionExports exports, SessionFiles files,
            Messages messages, Clock clock) {
        this.workflow = workflow;
        this.queries = queries;
        this.sessions = sessions;
        this.planned = planned;
        this.options = options;
        this.exports = exports;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "study";
    }

    @GetMapping
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Actor actor = CurrentActor.get();
        SessionFilter filter = new SessionFilter(unitId, form, from, to, itemId);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.list(actor, filter, PageQuery.of(page, size)));
        model.addAttribute("forms", StudyForm.values());
        model.addAttribute("units", options.memberUnits(actor));
        model.addAttribute("items", options.items(actor));
        model.addAttribute("mayRecord", StudySession.mayRecord(actor));
        return "study/session/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, HttpServletResponse response) throws IOException {
        exports.sessions(CurrentActor.get(), new SessionFilter(unitId, form, from, to, itemId), response);
    }

    @GetMapping("/attendance.xlsx")
    void exportAttendance(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) StudyForm form,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long itemId, HttpServletResponse response) throws IOException {
        exports.attendance(CurrentActor.get(), new SessionFilter(unitId, form, from, to, itemId), response);
    }

    @GetMapping("/new")
    String newSession(@RequestParam(required = false) Long planned, Model model) {
        Actor actor = CurrentActor.get();
        if (!StudySession.mayRecord(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        SessionForm form = new SessionForm();
        form.setHeldOn(LocalDate.now(clock));
        form.setDurationMinutes(90);
        if (planned != null) {
            this.planned.open(actor.unitId(), null).stream().filter(p -> p.plannedId() == planned).findFirst()
                    .ifPresent(p -> prefill(form, p));
        }
        return formPage(null, form, model);
    }

    private void prefill(SessionForm form, DueStudy p) {
        form.setPlannedId(p.plannedId());
        form.setForm(StudyForm.valueOf(p.form()));
        form.setTopic(p.topic());
        if (!p.plannedOn().isAfter(LocalDate.now(clock))) {
            form.setHeldOn(p.plannedOn());
        }
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") SessionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("search".equals(action)) {
            return formPage(null, form, model);
        }
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.record(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("study.session.saved"));
            return "redirect:/study/sessions/" + id;
        }, () -> formPage(null, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        StudySession session = workflow.visible(id, actor);
        model.addAttribute("s", session);
        model.addAttribute("mayEdit", session.mayEdit(actor));
        model.addAttribute("mayDelete", session.mayDelete(actor));
        model.addAttribute("photos", sessions.photos(id));
        model.addAttribute("signIn", sessions.signInSheet(id).orElse(null));
        model.addAttribute("attendance", queries.attendance(id));
        model.addAttribute("item", session.item() == null ? null : options.itemLabel(session));
        return "study/session/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        StudySession session = workflow.visible(id, actor);
        if (!session.mayEdit(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        return formPage(id, SessionForm.of(session), model);
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") SessionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("search".equals(action)) {
            workflow.visible(id, CurrentActor.get());
            return formPage(id, form, model);
        }
        return FormErrors.submit(binding, response, form,
                () -> workflow.visible(id, CurrentActor.get()).version(), () -> {
                    workflow.revise(CurrentActor.get(), id, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("study.session.saved"));
                    return "redirect:/study/sessions/" + id;
                }, () -> formPage(id, form, model));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/study/sessions/" + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("study.session.deleted"));
            return "redirect:/study/sessions";
        });
    }

    @PostMapping("/{id}/photos")
    String addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) List<MultipartFile> file,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "photos");
        return FormErrors.act(redirect, messages, "/study/sessions/" + id + "#photos", () -> {
            List<Upload> uploads = Upload.of(file);
            if (uploads.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            uploads.forEach(upload -> workflow.addPhoto(CurrentActor.get(), id, upload));
            redirect.addFlashAttribute("flash", messages.get("study.session.photo.saved"));
            return "redirect:/study/sessions/" + id + "#photos";
        });
    }

    @PostMapping("/{id}/photos/{fileId}/remove")
    String removePhoto(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "photos");
        return FormErrors.act(redirect, messages, "/study/sessions/" + id + "#photos", () -> {
            workflow.removePhoto(CurrentActor.get(), id, fileId);
            redirect.addFlashAttribute("flash", messages.get("study.session.photo.removed"));
            return "redirect:/study/sessions/" + id + "#photos";
        });
    }

    @PostMapping("/{id}/sign-in-sheet")
    String signIn(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "sign-in");
        return FormErrors.act(redirect, messages, "/study/sessions/" + id + "#sign-in", () -> {
            List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
            if (uploads.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            workflow.setSignInSheet(CurrentActor.get(), id, uploads.get(0));
            redirect.addFlashAttribute("flash", messages.get("study.session.signIn.saved"));
            return "redirect:/study/sessions/" + id + "#sign-in";
        });
    }

    @PostMapping("/{id}/attendees/import")
    String importAttendees(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "attendees");
        return FormErrors.act(redirect, messages, "/study/sessions/" + id + "#attendees", () -> {
            if (file == null || file.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            ImportReport report = workflow.importAttendees(CurrentActor.get(), id, new java.io.ByteArrayInputStream(Upload.of(file).content()));
            redirect.addFlashAttribute("flash", messages.get("study.session.import.done", report.importedCount(),
                    report.rejectedRowCount()));
            redirect.addFlashAttribute("importErrors", report.errors());
            return "redirect:/study/sessions/" + id + "#attendees";
        });
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return files.download(CurrentActor.get(), id, fileId);
    }

    private String formPage(Long id, SessionForm form, Model model) {
        Actor actor = CurrentActor.get();
        if (!StudySession.mayRecord(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        model.addAttribute("form", form);
        model.addAttribute("sessionId", id);
        options.fill(model, actor, form);
        return "study/session/form";
    }
}
