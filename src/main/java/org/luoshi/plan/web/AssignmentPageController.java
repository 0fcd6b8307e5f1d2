package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.internal.AssignmentView;
import org.luoshi.plan.internal.AssignmentViews;
import org.luoshi.plan.internal.AssignmentWorkflow;
import org.luoshi.plan.internal.MeasureRepository;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
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

/** The assignment page of a unit and its actions: 签收, 转发, 落实举措, 实施方案, 报送进展, 审核. */
@Controller
@RequestMapping("/plans")
class AssignmentPageController {

    private final AssignmentViews views;
    private final AssignmentWorkflow workflow;
    private final PlanFiles files;
    private final UnitDirectory units;
    private final Messages messages;

    AssignmentPageController(AssignmentViews views, AssignmentWorkflow workflow, PlanFiles files,
            UnitDirectory units, Messages messages) {
        this.views = views;
        this.workflow = workflow;
        this.files = files;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "plans";
    }

    @GetMapping("/assignments/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("view", views.view(id, CurrentActor.get()));
        return "plan/assignment";
    }

    @PostMapping("/assignments/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, "plan.acknowledge.done", () -> workflow.acknowledge(CurrentActor.get(), id, version));
    }

    @GetMapping("/assignments/{id}/forward")
    String forwardForm(@PathVariable long id, Model model) {
        AssignmentView view = views.view(id, CurrentActor.get());
        if (!view.actions().forward()) {
            throw BusinessException.forbidden("plan.assignment.notYourUnit");
        }
        TargetForm form = new TargetForm();
        form.setVersion(view.assignment().version());
        view.items().forEach(i -> form.getDues().put(i.item().id(),
                i.state().dueOn() == null ? "" : i.state().dueOn().toString()));
        return forwardPage(view, form, model);
    }

    @PostMapping("/assignments/{id}/forward")
    String forward(@PathVariable long id, @ModelAttribute("form") TargetForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> views.version(id, CurrentActor.get()), () -> {
            int created = workflow.forward(CurrentActor.get(), id, form.forwarding(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.forward.done", created));
            return "redirect:/plans/assignments/" + id;
        }, () -> forwardPage(views.view(id, CurrentActor.get()), form, model));
    }

    private String forwardPage(AssignmentView view, TargetForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("children", units.children(view.assignment().unitId()));
        return "plan/forward";
    }

    @GetMapping("/assignments/{id}/measures/new")
    String newMeasure(@PathVariable long id, @RequestParam(required = false) Long item, Model model) {
        AssignmentView view = views.view(id, CurrentActor.get());
        requireMayEditMeasures(view);
        MeasureForm form = new MeasureForm();
        form.setItemId(item);
        form.setVersion(view.assignment().version());
        return measurePage(view, null, form, model);
    }

    @PostMapping("/assignments/{id}/measures/new")
    String addMeasure(@PathVariable long id, @ModelAttribute("form") MeasureForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> views.version(id, CurrentActor.get()), () -> {
            workflow.addMeasure(CurrentActor.get(), id, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.measure.saved"));
            return "redirect:/plans/assignments/" + id + "#item-" + form.getItemId();
        }, () -> measurePage(views.view(id, CurrentActor.get()), null, form, model));
    }

    @GetMapping("/assignments/{id}/measures/{measureId}/edit")
    String editMeasure(@PathVariable long id, @PathVariable long measureId, Model model) {
        AssignmentView view = views.view(id, CurrentActor.get());
        requireMayEditMeasures(view);
        MeasureRepository.Measure measure = view.items().stream().flatMap(i -> i.measures().stream())
                .filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("plan.measure.notFound"));
        MeasureForm form = new MeasureForm();
        form.setItemId(measure.itemId());
        form.setContent(measure.content());
        form.setResponsible(measure.responsible());
        form.setDueOn(measure.dueOn());
        form.setTarget(measure.target());
        form.setVersion(view.assignment().version());
        return measurePage(view, measureId, form, model);
    }

    @PostMapping("/assignments/{id}/measures/{measureId}/edit")
    String updateMeasure(@PathVariable long id, @PathVariable long measureId, @ModelAttribute("form") MeasureForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> views.version(id, CurrentActor.get()), () -> {
            workflow.updateMeasure(CurrentActor.get(), id, measureId, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.measure.saved"));
            return "redirect:/plans/assignments/" + id + "#item-" + form.getItemId();
        }, () -> measurePage(views.view(id, CurrentActor.get()), measureId, form, model));
    }

    @PostMapping("/assignments/{id}/measures/{measureId}/remove")
    String removeMeasure(@PathVariable long id, @PathVariable long measureId,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return act(id, redirect, "plan.measure.removed",
                () -> workflow.removeMeasure(CurrentActor.get(), id, measureId, version));
    }

    private String measurePage(AssignmentView view, Long measureId, MeasureForm form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("measureId", measureId);
        model.addAttribute("form", form);
        return "plan/measure-form";
    }

    @PostMapping("/assignments/{id}/implementation-plan/submit")
    String submitPlan(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, "plan.impl.submitted",
                () -> workflow.submitImplementationPlan(CurrentActor.get(), id, version));
    }

    @PostMapping("/assignments/{id}/implementation-plan/approve")
    String approvePlan(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return act(id, redirect, "plan.impl.approved",
                () -> workflow.approveImplementationPlan(CurrentActor.get(), id, version));
    }

    @PostMapping("/assignments/{id}/implementation-plan/return")
    String returnPlan(@PathVariable long id, @ModelAttribute ReviewForm form, RedirectAttributes redirect) {
        keepTyped(redirect, "impl", form);
        return act(id, redirect, "plan.impl.returned",
                () -> workflow.returnImplementationPlan(CurrentActor.get(), id, form.getComment(), form.getVersion()));
    }

    @GetMapping("/assignments/{id}/items/{itemId}/progress")
    String progressForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        AssignmentView view = views.view(id, CurrentActor.get());
        if (!view.assignment().mayReport(CurrentActor.get(), itemId)) {
            throw BusinessException.forbidden("plan.report.notNow");
        }
        ReportForm form = new ReportForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.setVersion(view.assignment().version());
        return progressPage(view, itemId, form, model);
    }

    @PostMapping("/assignments/{id}/items/{itemId}/progress")
    String report(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") ReportForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, form, () -> views.version(id, CurrentActor.get()), () -> {
            workflow.report(CurrentActor.get(), id, form.command(itemId), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("plan.report.done"));
            return "redirect:/plans/assignments/" + id + "#item-" + itemId;
        }, () -> progressPage(views.view(id, CurrentActor.get()), itemId, form, model));
    }

    private String progressPage(AssignmentView view, long itemId, ReportForm form, Model model) {
        AssignmentView.ItemView item = view.items().stream().filter(i -> i.item().id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("plan.item.notFound"));
        model.addAttribute("view", view);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        return "plan/progress-form";
    }

    @PostMapping("/reports/{reportId}/accept")
    String accept(@PathVariable long reportId, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        long id = workflow.report(reportId, CurrentActor.get()).assignmentId();
        return act(id, redirect, "plan.report.accepted",
                () -> workflow.acceptReport(CurrentActor.get(), reportId, version));
    }

    @PostMapping("/reports/{reportId}/return")
    String returnReport(@PathVariable long reportId, @ModelAttribute ReviewForm form, RedirectAttributes redirect) {
        long id = workflow.report(reportId, CurrentActor.get()).assignmentId();
        keepTyped(redirect, "report-" + reportId, form);
        return act(id, redirect, "plan.report.returned",
                () -> workflow.returnReport(CurrentActor.get(), reportId, form.getComment(), form.getVersion()));
    }

    @GetMapping("/reports/{reportId}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable long reportId, @PathVariable long fileId) {
        return files.evidence(CurrentActor.get(), reportId, fileId);
    }

    private String act(long assignmentId, RedirectAttributes redirect, String doneKey, Runnable action) {
        String page = "/plans/assignments/" + assignmentId;
        return FormErrors.act(redirect, messages, page, () -> {
            action.run();
            redirect.addFlashAttribute("flash", messages.get(doneKey));
            return "redirect:" + page;
        });
    }

    /** The measure pages refuse, before anything is typed, whom the assignment would refuse on saving. */
    private static void requireMayEditMeasures(AssignmentView view) {
        if (!view.actions().editMeasures()) {
            throw BusinessException.forbidden("plan.measures.notNow");
        }
    }

    /**
     * A review comment is typed into the assignment page itself; should the review be refused, the page it goes back
     * to shows the comment again in its box (after a success the box is gone, so nothing shows it).
     */
    private static void keepTyped(RedirectAttributes redirect, String box, ReviewForm form) {
        redirect.addFlashAttribute("typedCommentFor", box);
        redirect.addFlashAttribute("typedComment", form.getComment());
    }
}
