package org.luoshi.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.activity.internal.activity.ActivityQueries;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.internal.series.SeriesWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
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

/** 系列活动 pages: the series the unit sees, one series with its activities, the form. */
@Controller
@RequestMapping("/activities/series")
class SeriesPageController {

    private final SeriesWorkflow workflow;
    private final SeriesRepository series;
    private final ActivityQueries queries;
    private final Messages messages;

    SeriesPageController(SeriesWorkflow workflow, SeriesRepository series, ActivityQueries queries,
            Messages messages) {
        this.workflow = workflow;
        this.series = series;
        this.queries = queries;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("page", series.list(actor.unitPath(), PageQuery.of(page, 20)));
        model.addAttribute("mayCreate", ActivitySeries.mayCreate(actor));
        return "activity/series/list";
    }

    @GetMapping("/new")
    String newSeries(Model model) {
        if (!ActivitySeries.mayCreate(CurrentActor.get())) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        model.addAttribute("form", new SeriesForm());
        return "activity/series/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") SeriesForm form, BindingResult binding, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.create(CurrentActor.get(), form.command());
            redirect.addFlashAttribute("flash", messages.get("activity.series.saved"));
            return "redirect:/activities/series/" + id;
        }, () -> "activity/series/form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        ActivitySeries s = workflow.visible(id, actor);
        model.addAttribute("s", s);
        model.addAttribute("mayEdit", s.mayEdit(actor));
        model.addAttribute("mayAdd", ActivitySeries.mayCreate(actor) && s.mayJoin(actor.unitPath()));
        model.addAttribute("page", queries.page(actor, new ActivityQueries.Filter(actor.unitPath(), null, null, null,
                id, null, null), PageQuery.of(page, 20)));
        return "activity/series/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ActivitySeries s = workflow.visible(id, actor);
        s.guardEdit(actor);
        model.addAttribute("form", SeriesForm.of(s));
        model.addAttribute("seriesId", id);
        return "activity/series/form";
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") SeriesForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        model.addAttribute("seriesId", id);
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, CurrentActor.get()).version(),
                () -> {
                    workflow.revise(CurrentActor.get(), id, form.command(), form.getVersion());
                    redirect.addFlashAttribute("flash", messages.get("activity.series.saved"));
                    return "redirect:/activities/series/" + id;
                }, () -> "activity/series/form");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/series/" + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("activity.series.deleted"));
            return "redirect:/activities/series";
        });
    }
}
