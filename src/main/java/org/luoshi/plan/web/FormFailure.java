package org.luoshi.plan.web;

import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.luoshi.plan.internal.VersionedForm;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A rejected form stays on the page with what the user typed and the sentence naming the field; a form or a button
 * that came from a version someone else has changed since is answered the same way, never with an error page.
 * Refusals that are not about the input (403, 404) go to the error page like everywhere else.
 */
@Component
class FormFailure {

    private final Messages messages;

    FormFailure(Messages messages) {
        this.messages = messages;
    }

    /** Puts the error above the form and marks the field it names; rethrows 403/404. */
    void show(BusinessException e, Model model) {
        requireAboutTheInput(e);
        model.addAttribute("error", messages.get(e));
        model.addAttribute("errorField", e.field());
    }

    /** Runs a form's action; when the input breaks a rule, the form page is shown again with the reason. */
    String submit(Model model, Supplier<String> action, Supplier<String> form) {
        try {
            return action.get();
        } catch (BusinessException e) {
            show(e, model);
            return form.get();
        }
    }

    /**
     * As {@link #submit(Model, Supplier, Supplier)} for a form made from one version of a record. When someone
     * saved in between, the form is shown again as typed, carrying the version of now: the user looks, and a second
     * submit saves what they typed over the newer state knowingly rather than unseen.
     */
    String submit(Model model, VersionedForm typed, IntSupplier currentVersion, Supplier<String> action,
            Supplier<String> form) {
        try {
            return submit(model, action, form);
        } catch (OptimisticLockingFailureException e) {
            typed.setVersion(currentVersion.getAsInt());
            model.addAttribute("error", messages.get("plan.concurrentEdit.form"));
            return form.get();
        }
    }

    /**
     * For one-button actions: runs {@code action} (which answers where to go on success); when it is refused or
     * came from an outdated page, goes back to {@code back}, which shows the latest state, with the reason on top.
     */
    String act(RedirectAttributes redirect, String back, Supplier<String> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            requireAboutTheInput(e);
            redirect.addFlashAttribute("flashError", messages.get(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", messages.get("error.concurrentEdit"));
        }
        return "redirect:" + back;
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    private static void requireAboutTheInput(BusinessException e) {
        if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
    }
}
