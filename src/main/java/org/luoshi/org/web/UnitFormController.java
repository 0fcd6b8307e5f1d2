package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitType;
import org.luoshi.org.internal.unit.InvalidUnitException;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitService;
import org.luoshi.org.internal.unit.UnitTypeRules;
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

/** Creating a child unit and editing a unit: one form page, errors shown beside the fields. */
@Controller
@RequestMapping("/org/units/{id}")
class UnitFormController {

    private final UnitAccess access;
    private final UnitService service;
    private final Messages messages;
    private final UnitDirectory directory;

    UnitFormController(UnitAccess access, UnitService service, Messages messages, UnitDirectory directory) {
        this.access = access;
        this.service = service;
        this.messages = messages;
        this.directory = directory;
    }

    @GetMapping("/children/new")
    String newChild(@PathVariable long id, Model model) {
        Unit parent = access.parentFor(CurrentActor.get(), id);
        parent.requireActive();
        return createPage(parent, new UnitForm(), model);
    }

    @PostMapping("/children")
    String create(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit parent = access.parentFor(actor, id);
        try {
            Unit created = service.create(actor, id, form.details());
            redirect.addFlashAttribute("flash", messages.get("unit.created", created.name()));
            return "redirect:/org/units/" + created.id();
        } catch (BusinessException e) {
            FormErrors.show(e, UnitFormController.problems(e), binding, response);
            return createPage(parent, form, model);
        }
    }

    @GetMapping("/edit")
    String edit(@PathVariable long id, Model model) {
        Unit unit = access.editable(CurrentActor.get(), id);
        unit.requireActive();
        return editPage(unit, UnitForm.of(unit), model);
    }

    @PostMapping("/edit")
    String save(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Unit unit = access.editable(actor, id);
        try {
            Unit saved = service.edit(actor, id, form.getVersion(), form.details());
            redirect.addFlashAttribute("flash", messages.get("unit.saved", saved.name()));
            return "redirect:/org/units/" + id;
        } catch (BusinessException e) {
            FormErrors.show(e, UnitFormController.problems(e), binding, response);
            if ("unit.staleVersion".equals(e.messageKey())) {
                // show what the other person saved; the next save, made knowingly, overwrites it
                model.addAttribute("latest", unit);
                form.setVersion(unit.version());
            }
            return editPage(unit, form, model);
        }
    }

    private String createPage(Unit parent, UnitForm form, Model model) {
        model.addAttribute("menu", "units");
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("types", UnitTypeRules.childTypesOf(parent.type()));
        model.addAttribute("action", "/org/units/" + parent.id() + "/children");
        model.addAttribute("heading", messages.get("unit.form.create.heading", parent.name()));
        model.addAttribute("title", messages.get("unit.form.create.title"));
        model.addAttribute("back", "/org/units/" + parent.id());
        return "org/unit-form";
    }

    private String editPage(Unit unit, UnitForm form, Model model) {
        model.addAttribute("menu", "units");
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("types", unit.isRoot() ? EnumSet.of(UnitType.NATIONAL) : typesUnderParentOf(unit));
        model.addAttribute("action", "/org/units/" + unit.id() + "/edit");
        model.addAttribute("heading", messages.get("unit.form.edit.heading", unit.name()));
        model.addAttribute("title", messages.get("unit.form.edit.title"));
        model.addAttribute("back", "/org/units/" + unit.id());
        return "org/unit-form";
    }

    private EnumSet<UnitType> typesUnderParentOf(Unit unit) {
        return directory.find(unit.parentId()).map(parent -> UnitTypeRules.childTypesOf(parent.type()))
                .orElseGet(() -> EnumSet.of(unit.type()));
    }

    /** A unit's input may break several rules at once: each goes beside its field. */
    static List<FormErrors.Problem> problems(BusinessException e) {
        if (e instanceof InvalidUnitException invalid) {
            return invalid.problems().stream().map(p -> new FormErrors.Problem(p.field(), p.key(), p.args())).toList();
        }
        return List.of(new FormErrors.Problem(e.field(), e.messageKey(), e.args()));
    }
}
