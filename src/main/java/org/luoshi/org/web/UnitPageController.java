package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitType;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitPerson;
import org.luoshi.org.internal.unit.UnitPersonService;
import org.luoshi.org.internal.unit.UnitQueries;
import org.luoshi.org.internal.unit.UnitSearch;
import org.luoshi.org.internal.unit.UnitSheet;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 组织: the tree of the actor's subtree beside a searchable list, and each unit's page. The tree opens one level
 * at a time: with htmx the children come as a fragment; without JavaScript every node is a link to the unit's
 * page, which lists its children.
 */
@Controller
@RequestMapping("/org/units")
class UnitPageController {

    private final UnitAccess access;
    private final UnitQueries queries;
    private final UnitPersonService persons;
    private final UnitDirectory directory;
    private final UnitSheet sheet;
    private final Messages messages;

    UnitPageController(UnitAccess access, UnitQueries queries, UnitPersonService persons, UnitDirectory directory,
            UnitSheet sheet, Messages messages) {
        this.access = access;
        this.queries = queries;
        this.persons = persons;
        this.directory = directory;
        this.sheet = sheet;
        this.messages = messages;
    }

    @GetMapping
    String list(UnitListParams params, Model model) {
        Actor actor = CurrentActor.get();
        Unit top = access.readable(actor, actor.unitId());
        UnitSearch search = params.search();
        boolean all = search.includeInactive();
        model.addAttribute("menu", "units");
        model.addAttribute("top", queries.node(top));
        model.addAttribute("topChildren", queries.children(top.id(), all));
        model.addAttribute("all", all);
        model.addAttribute("search", search);
        model.addAttribute("types", UnitType.values());
        model.addAttribute("page", queries.search(actor.scopePath(), search, params.pageQuery()));
        model.addAttribute("mayManage", actor.mayManage());
        return "org/units";
    }

    /** One level of the tree for htmx; {@code collapse} folds it again. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "false") boolean collapse, Model model) {
        Unit parent = access.readable(CurrentActor.get(), id);
        model.addAttribute("parent", queries.node(parent));
        model.addAttribute("nodes", collapse ? List.of() : queries.children(id, all));
        model.addAttribute("open", !collapse);
        model.addAttribute("all", all);
        return "org/unit-tree :: response";
    }

    @GetMapping("/{id}")
    String unit(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = access.readable(actor, id);
        return page(actor, unit, all, persons.of(unit), model);
    }

    /** 查看完整电话 of one leader or contact: the unit's page with that number shown, kept out of caches. */
    @PostMapping("/{id}/persons/{personId}/reveal")
    String reveal(@PathVariable long id, @PathVariable long personId, Model model, HttpServletResponse response) {
        Actor actor = CurrentActor.get();
        UnitPerson shown = persons.reveal(actor, id, personId);
        Unit unit = access.readable(actor, id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("revealed", shown);
        return page(actor, unit, false, persons.of(unit).stream().map(p -> p.id() == personId ? shown : p).toList(),
                model);
    }

    private String page(Actor actor, Unit unit, boolean all, List<UnitPerson> people, Model model) {
        long id = unit.id();
        model.addAttribute("menu", "units");
        model.addAttribute("unit", unit);
        model.addAttribute("crumbs", crumbs(actor, unit));
        model.addAttribute("parent", unit.isRoot() || unit.id() == actor.unitId() ? null
                : directory.find(unit.parentId()).orElse(null));
        model.addAttribute("mergedInto", unit.mergedIntoId() == null ? null
                : access.findReadable(actor, unit.mergedIntoId()).orElse(null));
        model.addAttribute("children", queries.childrenWithCounts(id, all));
        model.addAttribute("all", all);
        model.addAttribute("memberCount", queries.subtreeMemberCount(unit));
        model.addAttribute("directMemberCount", queries.directMemberCount(unit));
        model.addAttribute("persons", people);
        model.addAttribute("mayReveal", actor.maySeePersonalData());
        model.addAttribute("mayEdit", unit.isActive() && access.mayEdit(actor, unit));
        model.addAttribute("mayRestructure", unit.isActive() && !unit.isRoot() && access.mayRestructure(actor, unit));
        return "org/unit";
    }

    @GetMapping("/export.xlsx")
    void export(UnitListParams params, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        access.requireReader(actor);
        ExcelDownload.headers(response, messages.get("unit.sheet.title") + ".xlsx");
        sheet.export(actor, params.search(), response.getOutputStream());
    }

    /** 组织 / the actor's unit / … / this unit: the lineage above the actor's own unit stays hidden. */
    private List<List<String>> crumbs(Actor actor, Unit unit) {
        List<List<String>> crumbs = new ArrayList<>();
        crumbs.add(List.of(messages.get("unit.list.heading"), "/org/units"));
        directory.lineage(unit.id()).stream().filter(ref -> actor.covers(ref.path()))
                .forEach(ref -> crumbs.add(List.of(ref.name(), "/org/units/" + ref.id())));
        return crumbs;
    }
}
