package org.luoshi.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one e-mail with the settings of the moment: the sender is built for each use from what is stored, never
 * from static {@code spring.mail.*} configuration, so a change at /admin/mail applies at once on every node.
 */
@Component
public class Mailer {

    private static final String TIMEOUT_MILLIS = "15000";

    public void send(MailSettings settings, String to, String subject, String text) throws MessagingException {
        JavaMailSenderImpl sender = senderFor(settings);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(text, false);
        sender.send(message);
    }

    private static JavaMailSenderImpl senderFor(MailSettings settings) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        boolean authenticate = !settings.username().isBlank();
        if (authenticate) {
            sender.setUsername(settings.username());
            sender.setPassword(settings.password());
        }
        Properties properties = sender.getJavaMailProperties();
        properties.put("mail.smtp.auth", String.valueOf(authenticate));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.tls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.tls()));
        properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
        properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
        return sender;
    }
}
