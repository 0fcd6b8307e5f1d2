package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.org.internal.unit.InvalidUnitException;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts a failed save back on the form page: each invalid field gets its message beside it, any other refusal
 * (a stale version, a forbidden move) goes on top; the typed input stays in the form.
 */
final class UnitFormErrors {

    private UnitFormErrors() {
    }

    static void show(BusinessException e, BindingResult binding, Model model, Messages messages,
            HttpServletResponse response) {
        response.setStatus(e.status().value());
        if (e instanceof InvalidUnitException invalid) {
            invalid.problems().forEach(p -> reject(binding, p.field(), p.key(), p.args()));
        } else if (e.field() != null && hasField(binding, e.field())) {
            reject(binding, e.field(), e.messageKey(), e.args());
        } else {
            model.addAttribute("formError", messages.get(e));
        }
    }

    private static void reject(BindingResult binding, String field, String key, Object[] args) {
        if (hasField(binding, field)) {
            binding.rejectValue(field, key, args, key);
        } else {
            binding.reject(key, args, key);
        }
    }

    private static boolean hasField(BindingResult binding, String field) {
        return binding.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(binding.getTarget().getClass(),
                        field) != null;
    }
}
