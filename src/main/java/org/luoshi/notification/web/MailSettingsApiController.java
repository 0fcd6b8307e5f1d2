package org.luoshi.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.luoshi.notification.internal.MailSettings;
import org.luoshi.notification.internal.MailSettingsStore;
import org.luoshi.notification.internal.TestMail;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 邮件设置 for API clients: the same settings, rules, audit and test mail as the /admin/mail page. */
@RestController
@RequestMapping("/api/v1/admin/mail-settings")
@Tag(name = "邮件设置", description = "通知邮件的发信服务器（SMTP），仅系统管理员；其他角色返回 403")
class MailSettingsApiController {

    private final MailSettingsStore store;
    private final TestMail testMail;

    MailSettingsApiController(MailSettingsStore store, TestMail testMail) {
        this.store = store;
        this.testMail = testMail;
    }

    @ModelAttribute
    void onlySystemAdmin() {
        store.requireAdministrator(CurrentActor.get());
    }

    @GetMapping
    @Operation(summary = "读取邮件设置", description = "不返回密码，只以 passwordSet 说明是否已设置；"
            + "保存时带回其中的 version。")
    MailSettingsJson get() {
        return MailSettingsJson.of(store.current());
    }

    @PutMapping
    @Operation(summary = "保存邮件设置", description = "整体替换各项设置；password 不传或为空则保留原密码。"
            + "version 须为读取时的值，期间他人已保存过则返回 409，请重新读取后再保存。"
            + "输入有误返回 400，field 指明要改的字段。修改记入审计日志（不含密码）。")
    MailSettingsJson save(@RequestBody MailSettingsForm form) throws BindException {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        form.validate(errors);
        if (errors.hasErrors()) {
            throw new BindException(errors);
        }
        return MailSettingsJson.of(store.save(form.toSettings(), form.getVersion()));
    }

    @PostMapping("/test")
    @Operation(summary = "发送测试邮件", description = "用已保存的设置向 to 发送一封测试邮件。地址无效返回 400，"
            + "设置尚未启用或不完整返回 409，邮件服务器拒绝或连不上返回 502（detail 中是服务器的原话）。")
    TestSent test(@RequestBody TestRequest request) {
        return new TestSent(testMail.send(request.to()));
    }

    /** The settings as the API shows them: whether a password is set, never the password. */
    record MailSettingsJson(boolean enabled, String host, int port, String username, boolean passwordSet,
            String from, boolean tls, int version) {

        static MailSettingsJson of(MailSettings settings) {
            return new MailSettingsJson(settings.enabled(), settings.host(), settings.port(), settings.username(),
                    settings.hasPassword(), settings.from(), settings.tls(), settings.version());
        }
    }

    record TestRequest(String to) {
    }

    record TestSent(String sentTo) {
    }
}
