package org.luoshi.notification.web;

import java.util.EnumMap;
import java.util.Map;
import org.luoshi.notification.internal.NotificationKind;
import org.luoshi.notification.internal.Preferences;
import org.luoshi.notification.internal.Preferences.Settings;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知设置 as a page: per kind in-app only or also by e-mail, the address, and the daily digest. */
@Controller
@RequestMapping("/notifications/settings")
class NotificationSettingsController {

    private final Preferences preferences;
    private final Messages messages;

    NotificationSettingsController(Preferences preferences, Messages messages) {
        this.preferences = preferences;
        this.messages = messages;
    }

    @GetMapping
    String show(Model model) {
        return page(model, preferences.of(CurrentActor.get()), null);
    }

    /** Each kind comes as {@code mail.<KIND>=true|false} (two radio buttons). */
    @PostMapping
    String save(@RequestParam Map<String, String> form, RedirectAttributes redirect, Model model) {
        Actor actor = CurrentActor.get();
        Map<NotificationKind, Boolean> byMail = new EnumMap<>(NotificationKind.class);
        NotificationKind.visibleTo(actor).forEach(kind -> byMail.put(kind,
                Boolean.parseBoolean(form.getOrDefault("mail." + kind.name(), String.valueOf(kind.mailByDefault())))));
        Settings changed = new Settings(byMail, form.getOrDefault("email", ""), form.containsKey("dailyDigest"));
        try {
            preferences.save(actor, changed);
        } catch (BusinessException e) {
            return page(model, changed, messages.get(e));
        }
        redirect.addFlashAttribute("flash", messages.get("notification.settings.saved"));
        return "redirect:/notifications/settings";
    }

    private String page(Model model, Settings settings, String emailError) {
        model.addAttribute("menu", "notifications");
        model.addAttribute("settings", settings);
        model.addAttribute("emailError", emailError);
        return "notification/settings";
    }
}
