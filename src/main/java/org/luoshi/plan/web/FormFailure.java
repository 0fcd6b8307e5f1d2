package org.luoshi.plan.web;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rejected form stays on the page with what the user typed and the sentence naming the field; refusals that are
 * not about the input (403, 404) go to the error page like everywhere else.
 */
@Component
class FormFailure {

    private final Messages messages;

    FormFailure(Messages messages) {
        this.messages = messages;
    }

    /** Puts the error next to the form and answers 400/409 status to the page; rethrows 403/404. */
    void show(BusinessException e, Model model) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        model.addAttribute("error", messages.get(e));
        model.addAttribute("errorField", e.field());
    }

    /** Runs a form's action; when the input breaks a rule, the form page is shown again with the reason. */
    String submit(Model model, java.util.function.Supplier<String> action, java.util.function.Supplier<String> form) {
        try {
            return action.get();
        } catch (BusinessException e) {
            show(e, model);
            return form.get();
        }
    }

    /** For one-button actions: back to the page they were on, with the reason shown at the top. */
    String redirect(BusinessException e, RedirectAttributes redirect, String target) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        redirect.addFlashAttribute("flashError", messages.get(e));
        return "redirect:" + target;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
