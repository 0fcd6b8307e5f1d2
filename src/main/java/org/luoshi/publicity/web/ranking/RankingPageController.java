package org.luoshi.publicity.web.ranking;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.internal.ranking.RankingExport;
import org.luoshi.publicity.internal.ranking.RankingQueries;
import org.luoshi.publicity.internal.ranking.RankingScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 信息报送排名: the actor's own figures on top, then the ranking of the chosen unit's subtree, with its export. */
@Controller
class RankingPageController {

    private final RankingAccess access;
    private final RankingQueries queries;
    private final RankingExport export;
    private final UnitDirectory units;
    private final Messages messages;

    RankingPageController(RankingAccess access, RankingQueries queries, RankingExport export, UnitDirectory units,
            Messages messages) {
        this.access = access;
        this.queries = queries;
        this.export = export;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/publicity/ranking")
    String ranking(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, HttpServletResponse response, Model model) {
        Actor actor = access.viewer();
        RankingScope scope;
        try {
            scope = access.scope(unitId, from, to, view);
        } catch (BusinessException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            // the filter stays as typed, with the reason beside it; the figures below are this year's
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("filterError", messages.get(e));
            model.addAttribute("filterErrorField", e.field());
            scope = access.scope(unitId, null, null, null);
        }
        model.addAttribute("menu", "publicity");
        model.addAttribute("scope", scope);
        model.addAttribute("typedFrom", from == null ? scope.period().from() : from);
        model.addAttribute("typedTo", to == null ? scope.period().to() : to);
        UnitRef own = access.own(actor);
        model.addAttribute("ownUnit", own);
        model.addAttribute("ownFigures", queries.figures(own, scope.period()));
        model.addAttribute("rows", queries.page(scope, PageQuery.of(page, null)));
        model.addAttribute("units", choices(scope.unit(), actor));
        return "publicity/ranking/ranking";
    }

    @GetMapping("/publicity/ranking/export.xlsx")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        RankingScope scope = access.scope(unitId, from, to, view);
        ExcelDownload.headers(response, export.filename(scope));
        export.write(response.getOutputStream(), scope);
    }

    /** The units the picker offers: the chosen unit's lineage within the actor's reach, then its direct children. */
    private List<UnitRef> choices(UnitRef unit, Actor actor) {
        List<UnitRef> choices = new ArrayList<>(units.lineage(unit.id()).stream()
                .filter(u -> u.isWithin(actor.scopePath())).toList());
        choices.addAll(units.children(unit.id()));
        return choices;
    }
}
