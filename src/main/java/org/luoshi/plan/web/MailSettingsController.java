package org.luoshi.plan.web;

import java.util.regex.Pattern;
import org.luoshi.plan.internal.reminder.MailSettings;
import org.luoshi.plan.internal.reminder.MailSettingsStore;
import org.luoshi.plan.internal.reminder.Mailer;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 邮件设置: the SMTP server notifications are e-mailed through; system administrators only. */
@Controller
@RequestMapping("/admin/mail")
class MailSettingsController {

    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MailSettingsStore store;
    private final Mailer mailer;
    private final Messages messages;

    MailSettingsController(MailSettingsStore store, Mailer mailer, Messages messages) {
        this.store = store;
        this.mailer = mailer;
        this.messages = messages;
    }

    @ModelAttribute
    void onlySystemAdmin() {
        if (!CurrentActor.get().has(Role.SYSTEM_ADMIN)) {
            throw BusinessException.forbidden("mail.settings.onlySystemAdmin");
        }
    }

    @GetMapping
    String show(Model model) {
        return page(model, MailSettingsForm.of(store.current()));
    }

    @PostMapping
    String save(@ModelAttribute("form") MailSettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        validate(form, errors);
        if (errors.hasErrors()) {
            return page(model, form);
        }
        try {
            store.save(form.toSettings(), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute("error", messages.get("error.concurrentEdit"));
            return page(model, form);
        }
        redirect.addFlashAttribute("flash", messages.get("mail.settings.saved"));
        return "redirect:/admin/mail";
    }

    @PostMapping("/test")
    String test(@RequestParam(name = "to", required = false) String to, Model model) {
        MailSettings settings = store.current();
        String address = to == null ? "" : to.strip();
        model.addAttribute("testTo", address);
        if (!ADDRESS.matcher(address).matches()) {
            model.addAttribute("testError", messages.get("mail.settings.testTo.invalid"));
        } else if (!settings.usable()) {
            model.addAttribute("testError", messages.get("mail.settings.testUnusable"));
        } else {
            try {
                mailer.send(settings, address, messages.get("mail.test.subject"), messages.get("mail.test.body"));
                model.addAttribute("testOk", messages.get("mail.settings.testSent", address));
            } catch (Exception e) {
                model.addAttribute("testError", messages.get("mail.settings.testFailed", e.getMessage()));
            }
        }
        return page(model, MailSettingsForm.of(settings));
    }

    private void validate(MailSettingsForm form, BindingResult errors) {
        if (form.isEnabled() && (form.getHost() == null || form.getHost().isBlank())) {
            errors.rejectValue("host", "mail.settings.host.required");
        }
        if (form.getPort() == null || form.getPort() < 1 || form.getPort() > 65535) {
            errors.rejectValue("port", "mail.settings.port.range");
        }
        String from = form.getFrom() == null ? "" : form.getFrom().strip();
        if ((form.isEnabled() || !from.isEmpty()) && !ADDRESS.matcher(from).matches()) {
            errors.rejectValue("from", "mail.settings.from.invalid");
        }
    }

    private String page(Model model, MailSettingsForm form) {
        model.addAttribute("menu", "mail");
        model.addAttribute("form", form);
        model.addAttribute("passwordSet", store.current().hasPassword());
        model.addAttribute("testTo", model.getAttribute("testTo"));
        return "plan/mail-settings";
    }
}
