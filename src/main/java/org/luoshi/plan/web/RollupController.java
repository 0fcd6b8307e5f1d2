package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupOverview;
import org.luoshi.plan.RollupScope;
import org.luoshi.plan.RollupWeek;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** 落实情况汇总: a plan's roll-up for a unit, drilled down child by child, exported, and the 工作情况报告. */
@Controller
class RollupController {

    private final RollupAccess access;
    private final PlanRollups rollups;
    private final UnitDirectory units;
    private final RollupDownloads downloads;
    private final Messages messages;
    private final JsonMapper json;

    RollupController(RollupAccess access, PlanRollups rollups, UnitDirectory units, RollupDownloads downloads,
            Messages messages, JsonMapper json) {
        this.access = access;
        this.rollups = rollups;
        this.units = units;
        this.downloads = downloads;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/plans/{planId}/rollup")
    String rollup(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, Model model) {
        RollupScope scope = access.scope(planId, unitId);
        LocalDate today = access.today();
        List<RollupWeek> trend = rollups.trend(scope, today);
        model.addAttribute("menu", "plans");
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("crumbs", crumbs(scope));
        RollupOverview overview = rollups.overview(scope, today);
        model.addAttribute("summary", overview.summary());
        model.addAttribute("reach", overview.reach());
        model.addAttribute("items", overview.items());
        model.addAttribute("children", overview.children());
        model.addAttribute("laggards", rollups.laggards(scope, today, PageQuery.of(page, null)));
        model.addAttribute("trend", trend);
        model.addAttribute("acknowledgeWithinDays", rollups.acknowledgeWithinDays());
        model.addAttribute("trendChart", json.writeValueAsString(trendChart(trend)));
        return "plan/rollup";
    }

    /** One item across the child units: who has done 三（一） and who has not, drilled down like the roll-up. */
    @GetMapping("/plans/{planId}/rollup/items/{itemId}")
    String item(@PathVariable long planId, @PathVariable long itemId, @RequestParam(required = false) Long unitId,
            Model model) {
        RollupScope scope = access.scope(planId, unitId);
        LocalDate today = access.today();
        model.addAttribute("menu", "plans");
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("crumbs", crumbs(scope));
        model.addAttribute("breakdown", access.item(scope, itemId, today));
        return "plan/rollup-item";
    }

    @GetMapping("/plans/{planId}/rollup/export.xlsx")
    void exportView(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String view, @RequestParam(required = false) Long itemId,
            HttpServletResponse response) throws IOException {
        downloads.exportView(planId, unitId, view, itemId, response);
    }

    @GetMapping("/plans/{planId}/report.docx")
    void report(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        downloads.report(planId, unitId, date, response);
    }

    /** The unit's lineage within the actor's reach, each a roll-up of its own; the last is this page. */
    private List<String[]> crumbs(RollupScope scope) {
        String reach = CurrentActor.get().scopePath();
        return units.lineage(scope.unit().id()).stream()
                .filter(unit -> unit.isWithin(reach))
                .map(unit -> new String[] {unit.name(), link(scope.plan().id(), unit)})
                .toList();
    }

    private static String link(long planId, UnitRef unit) {
        return "/plans/" + planId + "/rollup?unitId=" + unit.id();
    }

    private Map<String, Object> trendChart(List<RollupWeek> trend) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "line");
        chart.put("unit", "%");
        chart.put("categories", trend.stream().map(RollupWeek::isoWeek).toList());
        chart.put("series", List.of(
                Map.of("name", messages.get("rollup.week.acknowledgementRate"),
                        "data", trend.stream().map(RollupWeek::acknowledgementRate).toList()),
                Map.of("name", messages.get("rollup.week.completionRate"),
                        "data", trend.stream().map(RollupWeek::completionRate).toList())));
        return chart;
    }
}
