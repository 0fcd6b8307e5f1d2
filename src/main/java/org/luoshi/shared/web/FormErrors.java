package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.beans.BeanUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way every module shows a refused form: the page comes back with what the user typed, each message
 * beside the field it names (templates/layout/form-errors.html marks it and sums up the rest above the form), and
 * the response carries the refusal's status. "Not found" is not a form error: it leaves the page as a 404, as it
 * would have without the form.
 */
public final class FormErrors {

    /** One broken rule: the field it names (null: the form as a whole), its message key and arguments. */
    public record Problem(String field, String key, Object... args) {
    }

    private FormErrors() {
    }

    public static void show(BusinessException e, BindingResult form, HttpServletResponse response) {
        show(e, List.of(new Problem(e.field(), e.messageKey(), e.args())), form, response);
    }

    /** For refusals that name several fields at once. */
    public static void show(BusinessException e, List<Problem> problems, BindingResult form,
            HttpServletResponse response) {
        if (e.status() == HttpStatus.NOT_FOUND) {
            throw e;
        }
        response.setStatus(e.status().value());
        problems.forEach(problem -> reject(form, problem));
    }

    /** Someone saved the record in between: the form stays as typed, and says so above it (409). */
    public static void concurrentEdit(BindingResult form, HttpServletResponse response) {
        form.reject("error.concurrentEdit");
        response.setStatus(HttpStatus.CONFLICT.value());
    }

    /**
     * Runs a form's action (which answers where to go on success). Input that could not be bound (a letter in a
     * number) or that breaks a rule brings the form back through {@code page}, with the reason.
     */
    public static String submit(BindingResult form, HttpServletResponse response, Supplier<String> action,
            Supplier<String> page) {
        if (form.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page.get();
        }
        try {
            return action.get();
        } catch (BusinessException e) {
            show(e, form, response);
            return page.get();
        }
    }

    /**
     * As {@link #submit(BindingResult, HttpServletResponse, Supplier, Supplier)} for a form made from one version of
     * a record. When someone saved in between, the form comes back as typed carrying the version of now: the user
     * looks, and a second submit saves what they typed over the newer state knowingly rather than unseen.
     */
    public static String submit(BindingResult form, HttpServletResponse response, VersionedForm typed,
            IntSupplier currentVersion, Supplier<String> action, Supplier<String> page) {
        try {
            return submit(form, response, action, page);
        } catch (OptimisticLockingFailureException e) {
            // not an error to fix but a newer state to look at: the page answers 200, ready for the second submit
            typed.setVersion(currentVersion.getAsInt());
            form.reject("error.concurrentEdit.form");
            return page.get();
        }
    }

    /**
     * For one-button actions: runs {@code action} (which answers where to go on success); when it is refused or came
     * from an outdated page, goes back to {@code back}, which shows the latest state, with the reason on top
     * ({@code flashError}). A refusal that is not about the state (403, 404) leaves as an error page.
     */
    public static String act(RedirectAttributes redirect, Messages messages, String back, Supplier<String> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            if (e.status() == HttpStatus.FORBIDDEN || e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("flashError", messages.get(e));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("flashError", messages.get("error.concurrentEdit"));
        }
        return "redirect:" + back;
    }

    private static void reject(BindingResult form, Problem problem) {
        if (problem.field() != null && form.getTarget() != null
                && BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), problem.field()) != null) {
            form.rejectValue(problem.field(), problem.key(), problem.args(), problem.key());
        } else {
            form.reject(problem.key(), problem.args(), problem.key());
        }
    }
}
