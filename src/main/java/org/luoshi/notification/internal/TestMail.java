package org.luoshi.notification.internal;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** 发送测试邮件: one e-mail through the stored settings, so the administrator sees at once whether they work. */
@Component
public class TestMail {

    private final MailSettingsStore store;
    private final Mailer mailer;
    private final Messages messages;

    TestMail(MailSettingsStore store, Mailer mailer, Messages messages) {
        this.store = store;
        this.mailer = mailer;
        this.messages = messages;
    }

    /**
     * Sends the test mail to {@code to}; returns the address as used. Refuses an address that is not one (400),
     * settings not yet complete enough to send (409), and passes on the mail server's refusal in its own words (502).
     */
    public String send(String to) {
        String address = to == null ? "" : to.strip();
        if (!MailSettings.isAddress(address)) {
            throw BusinessException.invalid("to", "mail.settings.testTo.invalid");
        }
        MailSettings settings = store.current();
        if (!settings.usable()) {
            throw BusinessException.conflict("mail.settings.testUnusable");
        }
        try {
            mailer.send(settings, address, messages.get("mail.test.subject"), messages.get("mail.test.body"));
        } catch (Exception e) {
            throw new BusinessException(HttpStatus.BAD_GATEWAY, null, "mail.settings.testFailed",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return address;
    }
}
