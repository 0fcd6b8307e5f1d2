package org.luoshi.publicity.web.submission;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitType;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.submission.DecideSubmission;
import org.luoshi.publicity.internal.submission.Submission;
import org.luoshi.publicity.internal.submission.SubmissionFilter;
import org.luoshi.publicity.internal.submission.SubmissionQueries;
import org.luoshi.publicity.internal.submission.SubmissionRepository;
import org.luoshi.publicity.internal.submission.SubmissionRepository.FileRole;
import org.luoshi.publicity.internal.submission.SubmissionStatus;
import org.luoshi.publicity.internal.submission.SubmissionWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 本单位报送 pages: the list, the draft form (saved as typed: autosave with JavaScript, 保存 without), a submission
 * with its versions and every level's decision, and the reviewing level's decision form.
 */
@Controller
@RequestMapping("/publicity/submissions")
class SubmissionPageController {

    private final SubmissionWorkflow workflow;
    private final SubmissionQueries queries;
    private final SubmissionRepository submissions;
    private final SubmissionViews views;
    private final SubmissionExports exports;
    private final MemberDirectory members;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;
    private final FileStore files;

    SubmissionPageController(SubmissionWorkflow workflow, SubmissionQueries queries, SubmissionRepository submissions,
            SubmissionViews views, SubmissionExports exports, MemberDirectory members, UnitDirectory units,
            Messages messages, Clock clock, FileStore files) {
        this.files = files;
        this.workflow = workflow;
        this.queries = queries;
        this.submissions = submissions;
        this.views = views;
        this.exports = exports;
        this.members = members;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "publicity";
    }

    @GetMapping
    String list(@RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) SubmissionKind kind, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = CurrentActor.get();
        if (!Submission.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        SubmissionFilter filter = new SubmissionFilter(status, kind, unitId, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.list(actor, filter, PageQuery.of(page, size)));
        model.addAttribute("statuses", SubmissionStatus.values());
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("units", units.subtree(actor.scopePath(), java.util.EnumSet.allOf(UnitType.class)));
        model.addAttribute("mayCreate", Submission.mayCreate(actor));
        model.addAttribute("awaiting", queries.awaiting(actor));
        return "publicity/submission/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) SubmissionStatus status,
            @RequestParam(required = false) SubmissionKind kind, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        exports.submissions(CurrentActor.get(), new SubmissionFilter(status, kind, unitId, from, to), response);
    }

    @GetMapping("/new")
    String newDraft(@RequestParam(required = false) SubmissionKind kind, Model model) {
        SubmissionForm form = new SubmissionForm();
        form.setKind(kind == null ? SubmissionKind.NEWS : kind);
        return formPage(null, form, model);
    }

    @PostMapping("/new")
    String draft(@ModelAttribute("form") SubmissionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if ("search".equals(action)) {
            return formPage(null, form, model);
        }
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.draft(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.saved"));
            return "redirect:/publicity/submissions/" + id + "/edit";
        }, () -> formPage(null, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Submission s = workflow.visible(id, actor);
        model.addAttribute("s", s);
        model.addAttribute("actions", views.actions(actor, s));
        model.addAttribute("unitName", views.name(s.unitId()));
        model.addAttribute("reviewerName", s.reviewerUnitId() == null ? null : views.name(s.reviewerUnitId()));
        model.addAttribute("item", views.itemLabel(s));
        model.addAttribute("member", s.memberId() == null ? null
                : members.findAll(List.of(s.memberId())).get(s.memberId()));
        model.addAttribute("photos", submissions.files(id).stream().filter(f -> f.role() == FileRole.PHOTO).toList());
        model.addAttribute("attachments", submissions.files(id).stream()
                .filter(f -> f.role() == FileRole.ATTACHMENT).toList());
        model.addAttribute("decisions", queries.decisions(id));
        model.addAttribute("versions", queries.versions(id));
        model.addAttribute("decisionChoices", views.actions(actor, s).recommend() ? List.of(Decision.values())
                : List.of(Decision.RETURNED, Decision.ADOPTED, Decision.NOT_ADOPTED));
        model.addAttribute("zone", clock.getZone());
        return "publicity/submission/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Submission s = workflow.visible(id, actor);
        if (!s.mayEdit(actor)) {
            return "redirect:/publicity/submissions/" + id;
        }
        return formPage(s, SubmissionForm.of(s), model);
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable long id, @ModelAttribute("form") SubmissionForm form, BindingResult binding,
            @RequestParam(required = false) String action, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Submission s = workflow.visible(id, actor);
        if ("search".equals(action)) {
            return formPage(s, form, model);
        }
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, actor).version(), () -> {
            workflow.save(actor, id, form.command(), form.getVersion());
            if ("submit".equals(action)) {
                workflow.submit(actor, id, form.getNote(), null);
                redirect.addFlashAttribute("flash", messages.get("publicity.submission.submitted"));
                return "redirect:/publicity/submissions/" + id;
            }
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.saved"));
            return "redirect:/publicity/submissions/" + id + "/edit";
        }, () -> formPage(workflow.visible(id, actor), form, model));
    }

    /** 随写随存: the form as typed so far, sent by autosave.js; answers the new version and a line to show. */
    @PostMapping("/{id}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @ModelAttribute SubmissionForm form,
            BindingResult binding) {
        Actor actor = CurrentActor.get();
        if (binding.hasErrors()) {
            return ResponseEntity.badRequest().body(Map.of("message", messages.get("error.invalid")));
        }
        try {
            workflow.save(actor, id, form.command(), form.getVersion());
            Submission saved = workflow.visible(id, actor);
            return ResponseEntity.ok(Map.of("version", saved.version(), "message", messages.get(
                    "publicity.submission.autosaved", LocalTime.now(clock).withNano(0).toString())));
        } catch (BusinessException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            return ResponseEntity.status(e.status()).body(Map.of("message", messages.get(e),
                    "field", e.field() == null ? "" : e.field()));
        } catch (OptimisticLockingFailureException e) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("message", messages.get("publicity.submission.autosave.conflict")));
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedNote", note);
        return FormErrors.act(redirect, messages, "/publicity/submissions/" + id + "#submit", () -> {
            workflow.submit(CurrentActor.get(), id, note, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.submitted"));
            return "redirect:/publicity/submissions/" + id;
        });
    }

    @PostMapping("/{id}/decide")
    String decide(@PathVariable long id, @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String comment, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("typedComment", comment);
        redirect.addFlashAttribute("typedDecision", decision);
        return FormErrors.act(redirect, messages, "/publicity/submissions/" + id + "#decide", () -> {
            workflow.decide(CurrentActor.get(), id, new DecideSubmission(decision, comment), version);
            redirect.addFlashAttribute("flash", messages.get("publicity.review.decided",
                    messages.get("publicity.decision." + decision.name())));
            return "redirect:/publicity/submissions/" + id;
        });
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/submissions/" + id, () -> {
            workflow.withdrawDecision(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.review.withdrawn"));
            return "redirect:/publicity/submissions/" + id;
        });
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/publicity/submissions/" + id, () -> {
            workflow.discard(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.discarded"));
            return "redirect:/publicity/submissions";
        });
    }

    @PostMapping("/{id}/photos")
    String addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) List<MultipartFile> file,
            @RequestParam(required = false) String caption, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "photos");
        String back = "/publicity/submissions/" + id + "/edit#photos";
        return FormErrors.act(redirect, messages, back, () -> {
            List<Upload> uploads = Upload.of(file);
            if (uploads.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            uploads.forEach(upload -> workflow.addPhoto(CurrentActor.get(), id, upload, caption));
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.photo.saved"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/{id}/attachments")
    String addAttachment(@PathVariable long id,
            @RequestParam(name = "file", required = false) List<MultipartFile> file, RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "attachments");
        String back = "/publicity/submissions/" + id + "/edit#attachments";
        return FormErrors.act(redirect, messages, back, () -> {
            List<Upload> uploads = Upload.of(file);
            if (uploads.isEmpty()) {
                throw BusinessException.invalid("file", "file.empty", "");
            }
            uploads.forEach(upload -> workflow.addAttachment(CurrentActor.get(), id, upload));
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.attachment.saved"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/{id}/files/{fileId}/caption")
    String caption(@PathVariable long id, @PathVariable long fileId, @RequestParam(required = false) String caption,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("errorAt", "photos");
        String back = "/publicity/submissions/" + id + "/edit#photos";
        return FormErrors.act(redirect, messages, back, () -> {
            workflow.caption(CurrentActor.get(), id, fileId, caption);
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.caption.saved"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/{id}/files/{fileId}/remove")
    String removeFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        String back = "/publicity/submissions/" + id + "/edit#files";
        return FormErrors.act(redirect, messages, back, () -> {
            workflow.removeFile(CurrentActor.get(), id, fileId);
            redirect.addFlashAttribute("flash", messages.get("publicity.submission.file.removed"));
            return "redirect:" + back;
        });
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        return views.download(CurrentActor.get(), id, fileId);
    }

    @GetMapping("/{id}/versions/{number}")
    String version(@PathVariable long id, @PathVariable int number, Model model) {
        Submission s = workflow.visible(id, CurrentActor.get());
        model.addAttribute("s", s);
        model.addAttribute("v", queries.version(id, number)
                .orElseThrow(() -> BusinessException.notFound("publicity.submission.version.notFound")));
        model.addAttribute("zone", clock.getZone());
        return "publicity/submission/version";
    }

    private String formPage(Submission s, SubmissionForm form, Model model) {
        Actor actor = CurrentActor.get();
        if (!Submission.mayCreate(actor)) {
            throw BusinessException.forbidden("publicity.submission.notStaff");
        }
        model.addAttribute("form", form);
        model.addAttribute("s", s);
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("items", views.items(actor));
        boolean searched = form.getMemberName() != null && !form.getMemberName().isBlank();
        List<MemberRef> found = searched ? members.search(actor.scopePath(), form.getMemberName().strip(), null, 20)
                : List.of();
        MemberRef chosen = form.getMemberId() == null ? null
                : members.findAll(List.of(form.getMemberId())).get(form.getMemberId());
        model.addAttribute("searched", searched);
        model.addAttribute("found", found.stream().filter(m -> chosen == null || m.id() != chosen.id()).toList());
        model.addAttribute("chosenMember", chosen);
        if (s != null) {
            model.addAttribute("photos", submissions.files(s.id()).stream()
                    .filter(f -> f.role() == FileRole.PHOTO).toList());
            model.addAttribute("attachments", submissions.files(s.id()).stream()
                    .filter(f -> f.role() == FileRole.ATTACHMENT).toList());
            model.addAttribute("actions", views.actions(actor, s));
            model.addAttribute("maxUpload", files.maxSize());
        }
        return "publicity/submission/form";
    }
}
