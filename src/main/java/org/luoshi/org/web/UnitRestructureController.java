package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitService;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Moving, merging and dissolving a unit (调整隶属、合并、撤销): each a confirmation page, since these change a
 * whole subtree. The destination is named by its unit code, which works without JavaScript.
 */
@Controller
@RequestMapping("/org/units/{id}")
class UnitRestructureController {

    private final UnitAccess access;
    private final UnitService service;
    private final Messages messages;

    UnitRestructureController(UnitAccess access, UnitService service, Messages messages) {
        this.access = access;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/{action:move|merge|dissolve}")
    String confirm(@PathVariable long id, @PathVariable String action, Model model) {
        Unit unit = access.restructurable(CurrentActor.get(), id);
        unit.requireActive();
        return page(unit, action, null, model);
    }

    @PostMapping("/move")
    String move(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam int version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.restructurable(actor, id);
        try {
            Unit parent = access.destinationByCode(actor, code, "code");
            service.move(actor, id, parent.id(), version);
            return done(redirect, id, messages.get("unit.moved", unit.name(), parent.name()));
        } catch (BusinessException e) {
            return refused(unit, "move", code, e, model, response);
        }
    }

    @PostMapping("/merge")
    String merge(@PathVariable long id, @RequestParam(required = false) String code, @RequestParam int version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.restructurable(actor, id);
        try {
            Unit target = access.destinationByCode(actor, code, "code");
            Unit survivor = service.merge(actor, id, target.id(), version);
            redirect.addFlashAttribute("flash", messages.get("unit.merged", unit.name(), survivor.name()));
            return "redirect:/org/units/" + survivor.id();
        } catch (BusinessException e) {
            return refused(unit, "merge", code, e, model, response);
        }
    }

    @PostMapping("/dissolve")
    String dissolve(@PathVariable long id, @RequestParam int version, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.restructurable(actor, id);
        try {
            service.dissolve(actor, id, version);
            return done(redirect, id, messages.get("unit.dissolved", unit.name()));
        } catch (BusinessException e) {
            return refused(unit, "dissolve", null, e, model, response);
        }
    }

    private String refused(Unit unit, String action, String code, BusinessException e, Model model,
            HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("formError", messages.get(e));
        return page(unit, action, code, model);
    }

    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/org/units/" + id;
    }

    private String page(Unit unit, String action, String code, Model model) {
        model.addAttribute("menu", "units");
        model.addAttribute("unit", unit);
        model.addAttribute("action", action);
        model.addAttribute("code", code);
        return "org/unit-restructure";
    }
}
