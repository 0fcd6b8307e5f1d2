package org.luoshi.plan.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.luoshi.plan.internal.reminder.ManualReminders;
import org.luoshi.plan.internal.reminder.ManualReminders.PlanTargets;
import org.luoshi.plan.internal.reminder.ManualReminders.Which;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 催办 as a page: the units below the user that have the plan (the silent ones, those with an item not reported,
 * or all), those already chosen ticked, and the message to send, shown for editing before it is sent. Afterwards
 * the user is back where they came from. The form carries a one-time key, so a double click or a resent form
 * reminds the units once.
 */
@Controller
class ReminderController {

    private static final int PAGE_SIZE = 100;

    private final ManualReminders reminders;
    private final Messages messages;

    ReminderController(ManualReminders reminders, Messages messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/reminders/new")
    String form(@PathVariable long planId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
            @RequestParam(name = "which", required = false) String which,
            @RequestParam(name = "message", required = false) String message,
            @RequestParam(name = "returnTo", required = false) String returnTo,
            @RequestParam(name = "page", required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        Form form = new Form(planId, chosen(actor, unitIds), Which.of(which),
                message == null ? reminders.defaultMessage() : message, UUID.randomUUID().toString(),
                safe(returnTo, planId));
        return show(model, actor, form, page, null);
    }

    @PostMapping("/plans/{planId}/reminders")
    String send(@PathVariable long planId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
            @RequestParam(name = "which", required = false) String which,
            @RequestParam(name = "message", required = false) String message,
            @RequestParam(name = "idempotencyKey", required = false) String key,
            @RequestParam(name = "returnTo", required = false) String returnTo, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        Form form = new Form(planId, chosen(actor, unitIds), Which.of(which), message == null ? "" : message, key,
                safe(returnTo, planId));
        if (form.unitIds().isEmpty()) {
            return show(model, actor, form, null, messages.get("reminder.manual.noneTicked"));
        }
        try {
            ManualReminders.Sent sent = reminders.remind(actor, planId, form.unitIds(), message, key);
            redirect.addFlashAttribute("flash", messages.get("reminder.sent", sent.units()));
            return "redirect:" + form.returnTo();
        } catch (BusinessException e) {
            if (!"message".equals(e.field())) {
                throw e;
            }
            // keep what the user typed next to the sentence that says how to fix it; nothing was sent, so the
            // corrected form may keep its key
            return show(model, actor, form, null, null, messages.get(e));
        }
    }

    private String show(Model model, Actor actor, Form form, Integer page, String unitsError) {
        return show(model, actor, form, page, unitsError, null);
    }

    private String show(Model model, Actor actor, Form form, Integer page, String unitsError, String messageError) {
        PlanTargets chosen = form.unitIds().isEmpty()
                ? new PlanTargets(form.planId(), reminders.planTitle(actor, form.planId()), List.of())
                : reminders.targets(actor, form.planId(), form.unitIds());
        model.addAttribute("menu", "plans");
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("candidates", reminders.candidates(actor, form.planId(), form.which(), form.unitIds(),
                PageQuery.of(page, PAGE_SIZE)));
        model.addAttribute("whichOptions", Which.values());
        model.addAttribute("unitsError", unitsError);
        model.addAttribute("messageError", messageError);
        model.addAttribute("maxMessage", ManualReminders.MAX_MESSAGE);
        return "plan/reminder-new";
    }

    /** The ticked units the actor may chase: its own unit is never one of them, wherever the list came from. */
    private static List<Long> chosen(Actor actor, List<Long> unitIds) {
        Set<Long> chosen = new LinkedHashSet<>(unitIds == null ? List.of() : unitIds);
        chosen.remove(actor.unitId());
        return List.copyOf(chosen);
    }

    /** Back to a page of this site only: a return address from a link must not lead the user elsewhere. */
    static String safe(String returnTo, long planId) {
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\") && !returnTo.contains("\r") && !returnTo.contains("\n");
        return local ? returnTo : "/plans/" + planId;
    }

    /** The page's form as it stands. */
    record Form(long planId, List<Long> unitIds, Which which, String message, String idempotencyKey,
            String returnTo) {
    }
}
