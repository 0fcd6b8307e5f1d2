package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitType;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.Targets;
import org.luoshi.plan.internal.Plan;
import org.luoshi.plan.internal.PlanAccess;
import org.luoshi.plan.internal.PlanDrafts;
import org.luoshi.plan.internal.PlanIssuing;
import org.luoshi.plan.internal.PlanItem;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.plan.internal.PlanRepository;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
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

/** 工作方案 pages: list, draft form, Word import, the plan page with its item tree, attachments and 下发. */
@Controller
@RequestMapping("/plans")
class PlanPageController {

    private final PlanQueries queries;
    private final PlanAccess access;
    private final PlanRepository plans;
    private final PlanDrafts drafts;
    private final PlanIssuing issuing;
    private final PlanFiles files;
    private final UnitDirectory units;
    private final Messages messages;

    PlanPageController(PlanQueries queries, PlanAccess access, PlanRepository plans, PlanDrafts drafts,
            PlanIssuing issuing, PlanFiles files, UnitDirectory units, Messages messages) {
        this.queries = queries;
        this.access = access;
        this.plans = plans;
        this.drafts = drafts;
        this.issuing = issuing;
        this.files = files;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "plans";
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        PlanQueries.PlanFilter filter = new PlanQueries.PlanFilter(status, year, q);
        model.addAttribute("filter", filter);
        model.addAttribute("page", queries.plans(CurrentActor.get(), filter, PageQuery.of(page, null)));
        model.addAttribute("statuses", Plan.Status.values());
        model.addAttribute("mayDraft", Plan.mayDraft(CurrentActor.get()));
        return "plan/list";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
        ExcelDownload.headers(response, "plans.xlsx");
        List<List<?>> rows = new ArrayList<>();
        queries.eachPlan(CurrentActor.get(), new PlanQueries.PlanFilter(status, year, q), row -> rows.add(List.of(
                row.title(), nullToEmpty(row.docNumber()), row.issuerName(),
                row.issuedOn() == null ? "" : row.issuedOn().toString(), messages.get("plan.status." + row.status()))));
        ExcelWriter.write(response.getOutputStream(), messages.get("plan.list.heading"),
                Stream.of("plan.title", "plan.docNumber", "plan.issuer", "plan.issuedOn", "plan.status")
                        .map(messages::get).toList(), rows.stream());
    }

    @GetMapping("/new")
    String newPlan(Model model) {
        requireMayDraft();
        model.addAttribute("form", new PlanForm());
        return "plan/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") PlanForm form, BindingResult binding, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            long id = drafts.create(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("plan.saved"));
            return "redirect:/plans/" + id;
        }, () -> "plan/form");
    }

    /** 起草方案 and 从 Word 导入 refuse, before anything is typed, whom the plan would refuse on saving. */
    private static void requireMayDraft() {
        if (!Plan.mayDraft(CurrentActor.get())) {
            throw BusinessException.forbidden("plan.draft.notAllowed");
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Plan plan = access.visible(id, CurrentActor.get());
        plan.requireEditableBy(CurrentActor.get());
        PlanForm form = new PlanForm();
        form.setTitle(plan.title());
        form.setDocNumber(plan.docNumber());
        form.setIssuedOn(plan.issuedOn());
        form.setBodyHtml(plan.bodyHtml());
        form.setVersion(plan.version());
        model.addAttribute("form", form);
        model.addAttribute("planId", id);
        return "plan/form";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> planVersion(id), () -> {
            drafts.update(CurrentActor.get(), id, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.saved"));
            return "redirect:/plans/" + id;
        }, () -> {
            model.addAttribute("planId", id);
            return "plan/form";
        });
    }

    @GetMapping("/import")
    String importForm(Model model) {
        requireMayDraft();
        model.addAttribute("form", new ImportForm());
        return "plan/import";
    }

    @PostMapping("/import")
    String importDocx(@ModelAttribute("form") ImportForm form, BindingResult binding,
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            Upload upload = file == null ? new Upload(null, null) : Upload.of(file);
            long id = drafts.importDocx(CurrentActor.get(), form.getTitle(), upload);
            redirect.addFlashAttribute("flash", messages.get("plan.import.done"));
            return "redirect:/plans/" + id;
        }, () -> "plan/import");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        Plan plan = access.visible(id, actor);
        model.addAttribute("plan", plan);
        model.addAttribute("issuerName", queries.unitName(plan.issuerUnitId()));
        model.addAttribute("items", PlanItem.tree(plans.items(id)));
        model.addAttribute("attachments", plans.attachments(id));
        boolean mayIssue = plan.mayIssue(actor);
        boolean actionable = plans.actionableCount(id) > 0;
        model.addAttribute("editable", plan.mayEdit(actor));
        model.addAttribute("mayIssue", mayIssue && actionable);
        // the issuer is told why 下发 is not offered, instead of finding out after picking the units
        model.addAttribute("issueBlocked", mayIssue && !actionable);
        model.addAttribute("ownAssignment", queries.ownAssignment(actor, id));
        model.addAttribute("assignmentStatus", status);
        model.addAttribute("page", plan.isDraft() ? null
                : queries.assignments(actor, id, status, PageQuery.of(page, null)));
        return "plan/detail";
    }

    @GetMapping("/{id}/items/new")
    String newItem(@PathVariable long id, @RequestParam(required = false) Long parent, Model model) {
        Plan plan = access.visible(id, CurrentActor.get());
        plan.requireEditableBy(CurrentActor.get());
        ItemForm form = new ItemForm();
        form.setParentId(parent);
        form.setVersion(plan.version());
        return itemForm(plan, null, form, model);
    }

    @PostMapping("/{id}/items/new")
    String addItem(@PathVariable long id, @ModelAttribute("form") ItemForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> planVersion(id), () -> {
            drafts.addItem(CurrentActor.get(), id, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.item.saved"));
            return "redirect:/plans/" + id + "#items";
        }, () -> itemForm(access.visible(id, CurrentActor.get()), null, form, model));
    }

    @GetMapping("/{id}/items/{itemId}/edit")
    String editItem(@PathVariable long id, @PathVariable long itemId, Model model) {
        Plan plan = access.visible(id, CurrentActor.get());
        plan.requireEditableBy(CurrentActor.get());
        PlanItem item = plans.items(id).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("plan.item.notFound"));
        ItemForm form = new ItemForm();
        form.setParentId(item.parentId());
        form.setNumbering(item.numbering());
        form.setTitle(item.title());
        form.setBody(item.body());
        form.setActionable(item.actionable());
        form.setDueOn(item.dueOn());
        form.setEvidenceKinds(new ArrayList<>(item.evidenceKinds()));
        form.setTargetQuantity(item.targetQuantity());
        form.setTargetUnit(item.targetUnit());
        form.setVersion(plan.version());
        return itemForm(plan, itemId, form, model);
    }

    @PostMapping("/{id}/items/{itemId}/edit")
    String updateItem(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") ItemForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> planVersion(id), () -> {
            drafts.updateItem(CurrentActor.get(), id, itemId, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.item.saved"));
            return "redirect:/plans/" + id + "#items";
        }, () -> itemForm(access.visible(id, CurrentActor.get()), itemId, form, model));
    }

    private String itemForm(Plan plan, Long itemId, ItemForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("itemId", itemId);
        model.addAttribute("form", form);
        model.addAttribute("parents", plans.items(plan.id()).stream().filter(i -> itemId == null || i.id() != itemId)
                .toList());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        return "plan/item-form";
    }

    @PostMapping("/{id}/items/{itemId}/move")
    String move(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean up,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/plans/" + id, () -> {
            drafts.moveItem(CurrentActor.get(), id, itemId, up, version);
            return "redirect:/plans/" + id + "#item-" + itemId;
        });
    }

    @PostMapping("/{id}/items/{itemId}/remove")
    String remove(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/plans/" + id, () -> {
            drafts.removeItem(CurrentActor.get(), id, itemId, version);
            redirect.addFlashAttribute("flash", messages.get("plan.item.removed"));
            return "redirect:/plans/" + id + "#items";
        });
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/plans/" + id + "#attachments", () -> {
            drafts.attach(CurrentActor.get(), id, Upload.of(file), version);
            redirect.addFlashAttribute("flash", messages.get("plan.attachment.saved"));
            return "redirect:/plans/" + id + "#attachments";
        });
    }

    @PostMapping("/{id}/attachments/{fileId}/remove")
    String detach(@PathVariable long id, @PathVariable long fileId, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/plans/" + id, () -> {
            drafts.detach(CurrentActor.get(), id, fileId, version);
            return "redirect:/plans/" + id + "#attachments";
        });
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long fileId) {
        return files.attachment(CurrentActor.get(), id, fileId);
    }

    @GetMapping("/{id}/issue")
    String issueForm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Plan plan = access.visible(id, CurrentActor.get());
        plan.requireMayIssue(CurrentActor.get());
        if (plans.actionableCount(id) == 0) {
            redirect.addFlashAttribute("flashError", messages.get("plan.issue.noActionableItems"));
            return "redirect:/plans/" + id;
        }
        TargetForm form = new TargetForm();
        form.setMode(Targets.Mode.SUBTREE);
        form.setVersion(plan.version());
        return issuePage(plan, form, model);
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> planVersion(id), () -> {
            int created = issuing.issue(CurrentActor.get(), id, form.targets(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.issue.done", created));
            return "redirect:/plans/" + id;
        }, () -> issuePage(access.visible(id, CurrentActor.get()), form, model));
    }

    private String issuePage(Plan plan, TargetForm form, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("children", units.children(CurrentActor.get().unitId()));
        model.addAttribute("unitTypes", Stream.of(UnitType.values()).filter(t -> t != UnitType.NATIONAL).toList());
        return "plan/issue";
    }

    private int planVersion(long id) {
        return access.visible(id, CurrentActor.get()).version();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
