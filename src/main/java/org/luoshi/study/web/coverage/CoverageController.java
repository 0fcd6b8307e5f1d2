package org.luoshi.study.web.coverage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.coverage.CoverageLink;
import org.luoshi.study.internal.coverage.CoverageLinks;
import org.luoshi.study.internal.coverage.CoveragePage;
import org.luoshi.study.internal.coverage.CoverageQueries;
import org.luoshi.study.internal.coverage.CoverageScope;
import org.luoshi.study.internal.coverage.WeekCoverage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/** 学习覆盖: which materials a unit's members have read, over its subtree, drilled down child by child. */
@Controller
class CoverageController {

    private final CoverageAccess access;
    private final CoverageQueries queries;
    private final CoverageLinks links;
    private final CoverageDownloads downloads;
    private final UnitDirectory units;
    private final Messages messages;
    private final JsonMapper json;

    CoverageController(CoverageAccess access, CoverageQueries queries, CoverageLinks links,
            CoverageDownloads downloads, UnitDirectory units, Messages messages, JsonMapper json) {
        this.access = access;
        this.queries = queries;
        this.links = links;
        this.downloads = downloads;
        this.units = units;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/study/coverage")
    String materials(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = access.viewer();
        model.addAttribute("menu", "study");
        model.addAttribute("materials", queries.materials(actor.scopePath(), PageQuery.of(page, null)));
        return "study/coverage/materials";
    }

    @GetMapping("/study/coverage/{materialId}")
    String coverage(@PathVariable long materialId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, Model model) {
        CoverageScope scope = access.scope(materialId, unitId);
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm());
        }
        return page(scope, page, model);
    }

    private String page(CoverageScope scope, Integer page, Model model) {
        Actor actor = CurrentActor.get();
        LocalDate today = access.today();
        CoveragePage figures = queries.page(scope, PageQuery.of(page, null), today);
        List<WeekCoverage> trend = figures.trend();
        model.addAttribute("menu", "study");
        model.addAttribute("scope", scope);
        model.addAttribute("today", today);
        model.addAttribute("crumbs", crumbs(scope, actor));
        model.addAttribute("overview", figures.overview());
        model.addAttribute("behind", figures.behind());
        model.addAttribute("trend", trend);
        model.addAttribute("trendChart", json.writeValueAsString(trendChart(trend)));
        boolean ownUnit = scope.unit().id() == actor.unitId();
        model.addAttribute("links", links.list(actor, scope.material().id(), new PageQuery(1, PageQuery.MAX_SIZE))
                .items().stream().filter(l -> l.unitId() == scope.unit().id()).toList());
        model.addAttribute("actor", actor);
        model.addAttribute("labels", links.labels(scope.unit().id()));
        model.addAttribute("mayLink", ownUnit && CoverageLink.mayLink(actor));
        model.addAttribute("items", ownUnit && CoverageLink.mayLink(actor) ? links.items(actor) : List.of());
        return "study/coverage/coverage";
    }

    /** Per section: on a page of its own, since over a large subtree it counts the section rows themselves. */
    @GetMapping("/study/coverage/{materialId}/sections")
    String sections(@PathVariable long materialId, @RequestParam(required = false) Long unitId, Model model) {
        CoverageScope scope = access.scope(materialId, unitId);
        List<String[]> crumbs = new java.util.ArrayList<>(crumbs(scope, CurrentActor.get()));
        crumbs.add(new String[] {messages.get("coverage.sections.heading"), ""});
        model.addAttribute("menu", "study");
        model.addAttribute("scope", scope);
        model.addAttribute("today", access.today());
        model.addAttribute("crumbs", crumbs);
        model.addAttribute("sections", queries.sections(scope));
        return "study/coverage/sections";
    }

    @PostMapping("/study/coverage/{materialId}/links")
    String link(@PathVariable long materialId, @ModelAttribute("linkForm") LinkForm form, BindingResult binding,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CoverageScope scope = access.scope(materialId, null);
        return FormErrors.submit(binding, response, () -> {
            CoverageLink link = links.link(CurrentActor.get(), materialId, form.getItemId());
            redirect.addFlashAttribute("saved", messages.get("coverage.link.saved", link.countedPercent()));
            return "redirect:/study/coverage/" + materialId + "#links";
        }, () -> page(scope, null, model));
    }

    @PostMapping("/study/coverage/links/{id}/delete")
    String unlink(@PathVariable long id, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        CoverageLink link = links.find(actor, id);
        links.unlink(actor, id);
        redirect.addFlashAttribute("saved", messages.get("coverage.link.removed"));
        return "redirect:/study/coverage/" + link.materialId() + "#links";
    }

    @GetMapping("/study/coverage/{materialId}/export.xlsx")
    void export(@PathVariable long materialId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String view, HttpServletResponse response) throws IOException {
        downloads.export(materialId, unitId, view, response);
    }

    /** The unit's lineage within the actor's reach, each a coverage page of its own; the last is this page. */
    private List<String[]> crumbs(CoverageScope scope, Actor actor) {
        return units.lineage(scope.unit().id()).stream()
                .filter(unit -> unit.isWithin(actor.scopePath()))
                .map(unit -> new String[] {unit.name(),
                    "/study/coverage/" + scope.material().id() + "?unitId=" + unit.id()})
                .toList();
    }

    private Map<String, Object> trendChart(List<WeekCoverage> trend) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "line");
        chart.put("unit", "%");
        chart.put("categories", trend.stream().map(w -> w.week().toString()).toList());
        chart.put("series", List.of(
                Map.of("name", messages.get("coverage.col.startedShare"),
                        "data", trend.stream().map(WeekCoverage::startedShare).toList()),
                Map.of("name", messages.get("coverage.col.finishedShare"),
                        "data", trend.stream().map(WeekCoverage::finishedShare).toList())));
        return chart;
    }

    /** The item a unit counts its coverage toward. */
    public static class LinkForm {

        private Long itemId;

        public Long getItemId() { return itemId; }
        public void setItemId(Long itemId) { this.itemId = itemId; }
    }
}
