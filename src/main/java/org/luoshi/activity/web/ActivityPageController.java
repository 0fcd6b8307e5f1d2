package org.luoshi.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityQueries;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.calendar.FeedTokens;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.web.afterwards.AfterwardsPanel;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
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

/** 活动 pages: the calendar of a unit (month, week, list), an activity, its form and its actions. */
@Controller
@RequestMapping("/activities")
class ActivityPageController {

    private final ActivityWorkflow workflow;
    private final ActivityQueries queries;
    private final ActivityViews views;
    private final ActivityOptions options;
    private final ActivityScope scope;
    private final SeriesRepository series;
    private final FeedTokens feeds;
    private final UnitDirectory units;
    private final Messages messages;
    private final AfterwardsPanel afterwards;
    private final Clock clock;

    ActivityPageController(ActivityWorkflow workflow, ActivityQueries queries, ActivityViews views,
            ActivityOptions options, ActivityScope scope, SeriesRepository series, FeedTokens feeds,
            UnitDirectory units, Messages messages, AfterwardsPanel afterwards, Clock clock) {
        this.afterwards = afterwards;
        this.workflow = workflow;
        this.queries = queries;
        this.views = views;
        this.options = options;
        this.scope = scope;
        this.series = series;
        this.feeds = feeds;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping
    String calendar(@RequestParam(required = false) String view, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) Long seriesId, @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = scope.unit(actor, ActivityRoles.readsSubtree(actor) ? unitId : null);
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        LocalDate anchor = date == null ? today : CalendarGrid.checked("date", date);
        String shown = "week".equals(view) || "list".equals(view) ? view : "month";
        model.addAttribute("view", shown);
        model.addAttribute("unit", unit);
        model.addAttribute("anchor", anchor);
        model.addAttribute("kind", kind);
        model.addAttribute("seriesId", seriesId);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        if ("list".equals(shown)) {
            ActivityQueries.Filter filter = new ActivityQueries.Filter(unit.path(), null, null, kind, seriesId,
                    status, q);
            model.addAttribute("page", queries.page(actor, filter, PageQuery.of(page, 20)));
        } else {
            LocalDate[] range = CalendarGrid.range(shown, anchor);
            ActivityQueries.Filter filter = new ActivityQueries.Filter(unit.path(),
                    range[0].atStartOfDay(zone).toInstant(), range[1].atStartOfDay(zone).toInstant(), kind,
                    seriesId, status, q);
            model.addAttribute("grid", CalendarGrid.of(shown, anchor, today, queries.inRange(actor, filter), zone));
        }
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("units", ActivityRoles.readsSubtree(actor) ? units.children(actor.unitId()) : List.of());
        model.addAttribute("seriesOptions", series.list(actor.unitPath(), new PageQuery(1, 100)).items());
        model.addAttribute("mayOrganise", Activity.mayOrganise(actor));
        model.addAttribute("readsSubtree", ActivityRoles.readsSubtree(actor));
        model.addAttribute("feedUrl", feeds.of(actor)
                .map(IcsResponses::feedUrl).orElse(null));
        return "activity/calendar";
    }

    @GetMapping("/new")
    String newActivity(@RequestParam(required = false) Long seriesId, Model model) {
        Actor actor = CurrentActor.get();
        if (!Activity.mayOrganise(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        ActivityForm form = new ActivityForm();
        form.setSeriesId(seriesId);
        model.addAttribute("form", form);
        return form(model, actor, actor.unitId(), null, List.of());
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") ActivityForm form, BindingResult binding, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        return FormErrors.submit(binding, response, () -> {
            long id = workflow.create(actor, form.command());
            redirect.addFlashAttribute("flash", messages.get("activity.saved"));
            return "redirect:/activities/" + id;
        }, () -> form(model, actor, actor.unitId(), null, List.of()));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("v", views.view(id, actor));
        model.addAttribute("after", afterwards.of(id, actor));
        return "activity/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        ActivityView v = views.view(id, actor);
        if (!v.actions().edit()) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        model.addAttribute("form", ActivityForm.of(v, clock.getZone()));
        return form(model, actor, v.unit().id(), id, v.coOrganisers());
    }

    @PostMapping("/{id}/edit")
    String revise(@PathVariable long id, @ModelAttribute("form") ActivityForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        ActivityView current = views.view(id, actor);
        return FormErrors.submit(binding, response, form, () -> workflow.visible(id, actor).version(), () -> {
            workflow.revise(actor, id, form.command(), form.getVersion());
            redirect.addFlashAttribute("flash", messages.get("activity.saved"));
            return "redirect:/activities/" + id;
        }, () -> form(model, actor, current.unit().id(), id, current.coOrganisers()));
    }

    @PostMapping("/{id}/held")
    String held(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id, () -> {
            workflow.markHeld(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("activity.held.done"));
            return "redirect:/activities/" + id;
        });
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id, () -> {
            workflow.cancel(CurrentActor.get(), id, reason, version);
            redirect.addFlashAttribute("flash", messages.get("activity.cancel.done"));
            return "redirect:/activities/" + id;
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities/" + id, () -> {
            workflow.delete(CurrentActor.get(), id, version);
            redirect.addFlashAttribute("flash", messages.get("activity.deleted"));
            return "redirect:/activities?view=list";
        });
    }

    @PostMapping("/feed")
    String renewFeed(RedirectAttributes redirect) {
        return FormErrors.act(redirect, messages, "/activities#feed", () -> {
            feeds.renew(CurrentActor.get());
            redirect.addFlashAttribute("flash", messages.get("activity.feed.renewed"));
            return "redirect:/activities#feed";
        });
    }

    private String form(Model model, Actor actor, long organiserId, Long activityId,
            List<ActivityView.Named> coOrganisers) {
        model.addAttribute("activityId", activityId);
        model.addAttribute("options", options.of(actor, organiserId, coOrganisers));
        return "activity/form";
    }
}
