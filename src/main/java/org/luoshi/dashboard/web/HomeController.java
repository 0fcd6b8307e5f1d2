package org.luoshi.dashboard.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.activity.UpcomingActivities;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupTask;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.study.ReadingSuggestions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** 工作台: the page every user lands on after login. */
@Controller
class HomeController {

    private final Workbench workbench;
    private final Messages messages;
    private final JsonMapper json;
    private final ReadingSuggestions reading;
    private final UpcomingActivities activities;

    HomeController(Workbench workbench, Messages messages, JsonMapper json, ReadingSuggestions reading,
            UpcomingActivities activities) {
        this.reading = reading;
        this.activities = activities;
        this.workbench = workbench;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/")
    String home(Model model) {
        Workbench.View view = workbench.of(CurrentActor.get());
        model.addAttribute("menu", "home");
        model.addAttribute("bench", view);
        model.addAttribute("taskKinds", RollupTask.Kind.values());
        model.addAttribute("upcomingActivities", activities.next(CurrentActor.get(), 5));
        if (view.memberOnly()) {
            model.addAttribute("nextReading", reading.nextFor(CurrentActor.get()).orElse(null));
        }
        if (!view.memberOnly() && !view.plans().isEmpty()) {
            model.addAttribute("plansChart", json.writeValueAsString(chart(
                    view.plans().stream().map(status -> status.plan().title()).toList(),
                    view.plans().stream().map(Workbench.PlanStatus::figures).toList())));
        }
        return "dashboard/home";
    }

    /** Bars of the rates per plan. */
    private Map<String, Object> chart(List<String> categories, List<RollupFigures> figures) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "bar");
        chart.put("unit", "%");
        chart.put("categories", categories);
        List<Map<String, Object>> series = new java.util.ArrayList<>();
        series.add(Map.of("name", messages.get("rollup.acknowledgementRate"),
                "data", figures.stream().map(RollupFigures::acknowledgementRate).toList()));
        series.add(Map.of("name", messages.get("rollup.implementationRate"),
                "data", figures.stream().map(RollupFigures::implementationRate).toList()));
        series.add(Map.of("name", messages.get("rollup.completionRate"),
                "data", figures.stream().map(RollupFigures::completionRate).toList()));
        chart.put("series", series);
        return chart;
    }
}
