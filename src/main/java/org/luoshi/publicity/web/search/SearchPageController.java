package org.luoshi.publicity.web.search;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.search.SearchFilter;
import org.luoshi.publicity.internal.search.SearchQueries;
import org.luoshi.publicity.internal.search.SearchText;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 全文检索 pages: the staff search over the subtree, and the public portal's search over what is published. */
@Controller
class SearchPageController {

    private final SearchQueries search;
    private final UnitDirectory units;
    private final Messages messages;

    SearchPageController(SearchQueries search, UnitDirectory units, Messages messages) {
        this.search = search;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/publicity/search")
    String staff(@RequestParam(required = false) String q, @RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) PortalColumn column, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        if (!SearchQueries.maySearch(actor)) {
            throw BusinessException.forbidden("publicity.search.forbidden");
        }
        SearchFilter filter = new SearchFilter(kind, column, unitId, null, from, to);
        model.addAttribute("menu", "publicity");
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("columns", PortalColumn.values());
        model.addAttribute("units", units.children(actor.unitId()));
        results(model, SearchText.of(q), () -> search.staff(actor, SearchText.of(q), filter, PageQuery.of(page, 20)));
        return "publicity/search/search";
    }

    @GetMapping("/portal/search")
    String portal(@RequestParam(required = false) String q, @RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, Model model) {
        SearchFilter filter = new SearchFilter(null, column, null, unit, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("columns", PortalColumn.values());
        // the portal's layout links its columns under base: the unit's portal when the search is a unit's
        model.addAttribute("base", unit == null || unit.isBlank() ? "/portal" : "/portal/units/" + unit.strip());
        model.addAttribute("unitName", unit == null || unit.isBlank() ? null
                : units.findByCode(unit.strip()).map(u -> u.name()).orElse(null));
        results(model, SearchText.of(q), () -> search.published(SearchText.of(q), filter, PageQuery.of(page, 10)));
        return "portal/search";
    }

    private void results(Model model, SearchText text, Supplier<?> run) {
        model.addAttribute("query", text);
        if (text.cut()) {
            model.addAttribute("cutNotice", messages.get("publicity.search.cut", SearchText.MAX_LENGTH));
        }
        if (!text.hasWords()) {
            if (text.typed()) {
                model.addAttribute("hint", messages.get("publicity.search.noWords"));
            }
            return;
        }
        try {
            model.addAttribute("results", run.get());
        } catch (BusinessException e) {
            if (e.field() == null) {
                throw e;
            }
            model.addAttribute("hint", messages.get(e));
        }
    }
}
