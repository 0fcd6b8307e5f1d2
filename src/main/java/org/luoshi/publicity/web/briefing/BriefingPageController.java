package org.luoshi.publicity.web.briefing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.briefing.AdoptedFilter;
import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.BriefingCandidates;
import org.luoshi.publicity.internal.briefing.BriefingQueries;
import org.luoshi.publicity.internal.briefing.BriefingWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 工作简报 pages: the list, a new briefing, the compiling page (items in order, moved with buttons that work
 * without JavaScript), picking adopted submissions, editing an item, the preview, issuing and publishing.
 */
@Controller
@RequestMapping("/publicity/briefings")
class BriefingPageController {

    private static final String BASE = "/publicity/briefings/";

    private final BriefingWorkflow workflow;
    private final BriefingQueries queries;
    private final BriefingCandidates adopted;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;
    private final BriefingExport export;

    BriefingPageController(BriefingWorkflow workflow, BriefingQueries queries, BriefingCandidates adopted,
            UnitDirectory units, Messages messages, Clock clock, BriefingExport export) {
        this.export = export;
        this.workflow = workflow;
        this.queries = queries;
        this.adopted = adopted;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "publicity";
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Actor actor = CurrentActor.get();
        if (!Briefing.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        model.addAttribute("year", year);
        model.addAttribute("years", queries.years(actor));
        model.addAttribute("page", queries.list(actor, year, PageQuery.of(page, size)));
        model.addAttribute("mayCompile", Briefing.mayCompile(actor));
        return "publicity/briefing/list";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        Actor actor = CurrentActor.get();
        if (!Briefing.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        export.write(response, actor, year);
    }

    @GetMapping("/new")
    String newBriefing(Model model) {
        Actor actor = CurrentActor.get();
        if (!Briefing.mayCompile(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        LocalDate today = LocalDate.now(clock);
        BriefingForm form = new BriefingForm();
        form.setYear(today.getYear());
        form.setNumber(workflow.nextNumber(actor, today.getYear()));
        form.setTitle(messages.get("publicity.briefing.list.heading"));
        form.setIssuerName(units.find(actor.unitId()).map(u -> u.name()).orElse(""));
        form.setIssueDate(today);
        return formPage(null, form, model);
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") BriefingForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.create(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.created"));
            return "redirect:" + BASE + id;
        }, () -> formPage(null, form, model));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Briefing briefing = workflow.visible(id, actor);
        model.addAttribute("b", briefing);
        model.addAttribute("mayEdit", briefing.mayEdit(actor));
        model.addAttribute("mayIssue", briefing.mayIssue(actor));
        model.addAttribute("mayPublish", briefing.mayPublish(actor));
        model.addAttribute("mayDelete", briefing.mayDelete(actor));
        model.addAttribute("actor", actor);
        model.addAttribute("zone", clock.getZone());
        return "publicity/briefing/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Briefing briefing = editable(id);
        return formPage(id, BriefingForm.of(briefing), model);
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") BriefingForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, CurrentActor.get()).version(),
                () -> {
                    workflow.revise(CurrentActor.get(), id, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("publicity.briefing.saved"));
                    return "redirect:" + BASE + id;
                }, () -> formPage(id, form, model));
    }

    private String formPage(Long id, BriefingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("briefingId", id);
        return "publicity/briefing/form";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, BASE + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.deleted"));
            return "redirect:/publicity/briefings";
        });
    }

    @GetMapping("/{id}/pick")
    String pickPage(@PathVariable long id, @RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        Briefing briefing = editable(id);
        AdoptedFilter filter = new AdoptedFilter(kind, from, to, q);
        model.addAttribute("b", briefing);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("page", adopted.list(briefing.unitId(), id, filter, PageQuery.of(page, size)));
        return "publicity/briefing/pick";
    }

    @PostMapping("/{id}/pick")
    String pick(@PathVariable long id, @RequestParam(name = "submissionIds", required = false) List<Long> chosen,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, BASE + id + "/pick", () -> {
            int added = workflow.pick(CurrentActor.get(), id, chosen == null ? List.of() : chosen, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.picked", added));
            return "redirect:" + BASE + id + "#items";
        });
    }

    @GetMapping("/{id}/items/{itemId}/edit")
    String editItem(@PathVariable long id, @PathVariable long itemId, Model model) {
        Briefing briefing = editable(id);
        Briefing.Item item = item(briefing, itemId);
        return itemPage(briefing, item, ItemForm.of(item, briefing.version()), model);
    }

    @PostMapping("/{id}/items/{itemId}/edit")
    String saveItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") ItemForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Briefing briefing = workflow.visible(id, CurrentActor.get());
        Briefing.Item item = item(briefing, itemId);
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, CurrentActor.get()).version(),
                () -> {
                    workflow.editItem(CurrentActor.get(), itemId, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("publicity.briefing.item.saved"));
                    return "redirect:" + BASE + id + "#item-" + itemId;
                }, () -> itemPage(briefing, item, form, model));
    }

    private String itemPage(Briefing briefing, Briefing.Item item, ItemForm form, Model model) {
        model.addAttribute("b", briefing);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        return "publicity/briefing/item";
    }

    @PostMapping("/{id}/items/{itemId}/move")
    String move(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Briefing.Direction direction,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        item(workflow.visible(id, CurrentActor.get()), itemId);
        return FormErrors.act(redirect, messages, BASE + id + "#items", () -> {
            workflow.moveItem(CurrentActor.get(), itemId, direction, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.item.moved"));
            redirect.addFlashAttribute("moved", itemId);
            // no fragment: a page opened at one ignores autofocus, which keeps the moved item's button focused
            return "redirect:" + BASE + id;
        });
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        item(workflow.visible(id, CurrentActor.get()), itemId);
        return FormErrors.act(redirect, messages, BASE + id + "#items", () -> {
            workflow.removeItem(CurrentActor.get(), itemId, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.item.removed"));
            return "redirect:" + BASE + id + "#items";
        });
    }

    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        model.addAttribute("b", workflow.visible(id, CurrentActor.get()));
        return "publicity/briefing/preview";
    }

    @GetMapping("/{id}/document.docx")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return BriefingApiController.download(workflow.document(CurrentActor.get(), id));
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, BASE + id, () -> {
            workflow.issue(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.issued.flash"));
            return "redirect:" + BASE + id;
        });
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, BASE + id, () -> {
            workflow.publish(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("publicity.briefing.published.flash"));
            return "redirect:" + BASE + id;
        });
    }

    /** The briefing, for a page that changes it: refused with the reason when it is issued or not the actor's. */
    private Briefing editable(long id) {
        Actor actor = CurrentActor.get();
        Briefing briefing = workflow.visible(id, actor);
        if (!briefing.mayEdit(actor)) {
            if (briefing.issued()) {
                throw BusinessException.conflict("publicity.briefing.issued", briefing.year(), briefing.number());
            }
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        return briefing;
    }

    private static Briefing.Item item(Briefing briefing, long itemId) {
        return briefing.items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("publicity.briefing.item.notFound"));
    }
}
