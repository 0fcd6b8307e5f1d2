package org.luoshi.study.web.session;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudyPlan;
import org.luoshi.study.internal.session.StudyPlans;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学习计划 pages: the unit's plans to choose from, and one study plan with planned against held. */
@Controller
@RequestMapping("/study/plans")
class StudyPlanPageController {

    private final StudyPlans plans;
    private final StudyPlanExports exports;
    private final Messages messages;

    StudyPlanPageController(StudyPlans plans, StudyPlanExports exports, Messages messages) {
        this.plans = plans;
        this.exports = exports;
        this.messages = messages;
    }

    @GetMapping("/{planId}/units/{unitId}/progress.xlsx")
    void export(@PathVariable long planId, @PathVariable long unitId, HttpServletResponse response)
            throws java.io.IOException {
        exports.progress(CurrentActor.get(), planId, unitId, response);
    }

    @ModelAttribute("menu")
    String menu() {
        return "study";
    }

    @GetMapping
    String list(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("options", plans.plansOf(actor.unitId()));
        model.addAttribute("unitId", actor.unitId());
        return "study/session/plans";
    }

    @GetMapping("/{planId}/units/{unitId}")
    String show(@PathVariable long planId, @PathVariable long unitId, Model model) {
        TopicsForm topics = new TopicsForm();
        StudyPlan plan = plans.view(CurrentActor.get(), planId, unitId);
        topics.setTopics(plan.topics());
        topics.setVersion(plan.version());
        return page(planId, unitId, topics, new PlannedForm(), model);
    }

    @PostMapping("/{planId}/topics")
    String topics(@PathVariable long planId, @ModelAttribute("topicsForm") TopicsForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.submit(binding, response, form,
                () -> plans.view(actor, planId, actor.unitId()).version(), () -> {
                    plans.writeTopics(actor, planId, form.getTopics(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("study.plan.topics.saved"));
                    return "redirect:/study/plans/" + planId + "/units/" + actor.unitId();
                }, () -> page(planId, actor.unitId(), form, new PlannedForm(), model));
    }

    @PostMapping("/{planId}/planned")
    String plan(@PathVariable long planId, @ModelAttribute("plannedForm") PlannedForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.submit(binding, response, () -> {
            plans.plan(actor, planId, form.command());
            redirect.addFlashAttribute("flash", messages.get("study.plan.added"));
            return "redirect:/study/plans/" + planId + "/units/" + actor.unitId() + "#schedule";
        }, () -> {
            StudyPlan plan = plans.view(actor, planId, actor.unitId());
            TopicsForm topics = new TopicsForm();
            topics.setTopics(plan.topics());
            topics.setVersion(plan.version());
            return page(planId, actor.unitId(), topics, form, model);
        });
    }

    @PostMapping("/{planId}/planned/{plannedId}/remove")
    String remove(@PathVariable long planId, @PathVariable long plannedId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        String back = "/study/plans/" + planId + "/units/" + actor.unitId() + "#schedule";
        return FormErrors.act(redirect, messages, back, () -> {
            plans.removePlanned(actor, planId, plannedId);
            redirect.addFlashAttribute("flash", messages.get("study.plan.removed"));
            return "redirect:" + back;
        });
    }

    private String page(long planId, long unitId, TopicsForm topics, PlannedForm planned, Model model) {
        Actor actor = CurrentActor.get();
        StudyPlan plan = plans.view(actor, planId, unitId);
        model.addAttribute("plan", plan);
        model.addAttribute("unit", plans.visibleUnit(unitId, actor));
        model.addAttribute("mayEdit", plan.mayEdit(actor));
        model.addAttribute("topicsForm", topics);
        model.addAttribute("plannedForm", planned);
        model.addAttribute("forms", StudyForm.values());
        model.addAttribute("items", plans.itemsOf(plan.unitId(), planId));
        model.addAttribute("progress", plans.progress(actor, planId, unitId));
        return "study/session/plan";
    }
}
