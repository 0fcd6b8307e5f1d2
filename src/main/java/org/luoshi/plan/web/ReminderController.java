package org.luoshi.plan.web;

import java.util.List;
import java.util.UUID;
import org.luoshi.plan.internal.reminder.ManualReminders;
import org.luoshi.plan.internal.reminder.ManualReminders.PlanTargets;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 催办 as a page: the units chosen in the laggards table, a message box, and send (the dialog is a page). The form
 * carries a one-time key, so a double click or a resent form reminds the units once.
 */
@Controller
class ReminderController {

    private final ManualReminders reminders;
    private final Messages messages;

    ReminderController(ManualReminders reminders, Messages messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/reminders/new")
    String form(@PathVariable long planId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
            Model model) {
        PlanTargets targets = reminders.targets(CurrentActor.get(), planId, unitIds == null ? List.of() : unitIds);
        return show(model, targets, "", UUID.randomUUID().toString(), null);
    }

    @PostMapping("/plans/{planId}/reminders")
    String send(@PathVariable long planId, @RequestParam(name = "unitIds", required = false) List<Long> unitIds,
            @RequestParam(name = "message", required = false) String message,
            @RequestParam(name = "idempotencyKey", required = false) String key, Model model,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        List<Long> chosen = unitIds == null ? List.of() : unitIds;
        try {
            ManualReminders.Sent sent = reminders.remind(actor, planId, chosen, message, key);
            redirect.addFlashAttribute("flash", messages.get("reminder.sent", sent.units()));
            return "redirect:/plans/" + planId;
        } catch (BusinessException e) {
            if (!"message".equals(e.field())) {
                throw e;
            }
            // keep what the user typed next to the sentence that says how to fix it; nothing was sent, so the
            // corrected form may keep its key
            return show(model, reminders.targets(actor, planId, chosen), message, key, messages.get(e));
        }
    }

    private String show(Model model, PlanTargets targets, String message, String key, String messageError) {
        model.addAttribute("menu", "plans");
        model.addAttribute("targets", targets);
        model.addAttribute("message", message);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("messageError", messageError);
        model.addAttribute("maxMessage", ManualReminders.MAX_MESSAGE);
        return "plan/reminder-new";
    }
}
