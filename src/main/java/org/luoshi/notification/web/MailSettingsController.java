package org.luoshi.notification.web;

import org.luoshi.notification.internal.MailSettingsStore;
import org.luoshi.notification.internal.TestMail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.CurrentActor;
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

    private final MailSettingsStore store;
    private final TestMail testMail;
    private final Messages messages;

    MailSettingsController(MailSettingsStore store, TestMail testMail, Messages messages) {
        this.store = store;
        this.testMail = testMail;
        this.messages = messages;
    }

    @ModelAttribute
    void onlySystemAdmin() {
        store.requireAdministrator(CurrentActor.get());
    }

    @GetMapping
    String show(Model model) {
        return page(model, MailSettingsForm.of(store.current()));
    }

    @PostMapping
    String save(@ModelAttribute("form") MailSettingsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        form.validate(errors);
        if (errors.hasErrors()) {
            return page(model, form);
        }
        try {
            store.save(form.toSettings(), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            // shown again as typed, with the version of now: saving once more after a look goes through
            form.setVersion(store.current().version());
            model.addAttribute("error", messages.get("error.concurrentEdit.form"));
            return page(model, form);
        }
        redirect.addFlashAttribute("flash", messages.get("mail.settings.saved"));
        return "redirect:/admin/mail";
    }

    @PostMapping("/test")
    String test(@RequestParam(name = "to", required = false) String to, Model model) {
        model.addAttribute("testTo", to == null ? "" : to.strip());
        try {
            model.addAttribute("testOk", messages.get("mail.settings.testSent", testMail.send(to)));
        } catch (BusinessException e) {
            model.addAttribute("testError", messages.get(e));
        }
        return page(model, MailSettingsForm.of(store.current()));
    }

    private String page(Model model, MailSettingsForm form) {
        model.addAttribute("menu", "mail");
        model.addAttribute("form", form);
        model.addAttribute("passwordSet", store.current().hasPassword());
        return "notification/mail-settings";
    }
}
