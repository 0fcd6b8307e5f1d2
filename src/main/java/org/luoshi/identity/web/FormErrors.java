package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.shared.error.BusinessException;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused change next to the field it concerns (or above the form), so the page can be shown again
 * with what the user typed. "Not found" is not a form error: it leaves the page as a 404.
 */
final class FormErrors {

    private FormErrors() {
    }

    static void show(BusinessException e, BindingResult form, HttpServletResponse response) {
        if (e.status().value() == HttpServletResponse.SC_NOT_FOUND) {
            throw e;
        }
        if (e.field() != null && form.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(),
                        e.field()) != null) {
            form.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            form.reject(e.messageKey(), e.args(), e.messageKey());
        }
        response.setStatus(e.status().value());
    }

    static void concurrentEdit(BindingResult form, HttpServletResponse response) {
        form.reject("error.concurrentEdit");
        response.setStatus(HttpServletResponse.SC_CONFLICT);
    }
}
