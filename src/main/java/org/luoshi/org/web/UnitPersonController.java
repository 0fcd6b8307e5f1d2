package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitPerson;
import org.luoshi.org.internal.unit.UnitPersonService;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Leaders and contacts of a unit: add, edit and remove, each on its own page. */
@Controller
@RequestMapping("/org/units/{id}/persons")
class UnitPersonController {

    private final UnitAccess access;
    private final UnitPersonService persons;
    private final Messages messages;

    UnitPersonController(UnitAccess access, UnitPersonService persons, Messages messages) {
        this.access = access;
        this.persons = persons;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newPerson(@PathVariable long id, Model model) {
        Unit unit = access.editable(CurrentActor.get(), id);
        return page(unit, null, new UnitPersonForm(), model);
    }

    @PostMapping
    String add(@PathVariable long id, @ModelAttribute("form") UnitPersonForm form, BindingResult binding,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.editable(actor, id);
        try {
            UnitPerson added = persons.add(actor, id, form.details());
            return done(redirect, id, messages.get("unit.person.saved", added.name()));
        } catch (BusinessException e) {
            FormErrors.show(e, UnitFormController.problems(e), binding, response);
            return page(unit, null, form, model);
        }
    }

    @GetMapping("/{personId}/edit")
    String edit(@PathVariable long id, @PathVariable long personId, Model model) {
        Actor actor = CurrentActor.get();
        Unit unit = access.editable(actor, id);
        return page(unit, personId, UnitPersonForm.of(persons.find(actor, id, personId)), model);
    }

    @PostMapping("/{personId}/edit")
    String save(@PathVariable long id, @PathVariable long personId, @ModelAttribute("form") UnitPersonForm form,
            BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.editable(actor, id);
        try {
            UnitPerson saved = persons.edit(actor, id, personId, form.getVersion(), form.details());
            return done(redirect, id, messages.get("unit.person.saved", saved.name()));
        } catch (BusinessException e) {
            FormErrors.show(e, UnitFormController.problems(e), binding, response);
            return page(unit, personId, form, model);
        }
    }

    @PostMapping("/{personId}/delete")
    String remove(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        UnitPerson person = persons.find(actor, id, personId);
        persons.remove(actor, id, personId);
        return done(redirect, id, messages.get("unit.person.removed", person.name()));
    }

    private static String done(RedirectAttributes redirect, long id, String message) {
        redirect.addFlashAttribute("flash", message);
        return "redirect:/org/units/" + id;
    }

    private String page(Unit unit, Long personId, UnitPersonForm form, Model model) {
        model.addAttribute("menu", "units");
        model.addAttribute("unit", unit);
        model.addAttribute("personId", personId);
        model.addAttribute("form", form);
        model.addAttribute("kinds", UnitPerson.Kind.values());
        return "org/unit-person-form";
    }
}
