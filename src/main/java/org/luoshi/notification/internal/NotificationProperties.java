package org.luoshi.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 通知 settings ({@code luoshi.notifications.*}, documented in docs/notifications.md).
 *
 * @param mailEvery       how often the mail outbox is drained
 * @param mailMaxAttempts sending attempts before an e-mail is given up (the in-app notification stays)
 * @param siteUrl         the address users reach Luoshi at, for the links in e-mails
 * @param digestCron      when the daily digest is sent (in {@code luoshi.zone})
 */
@ConfigurationProperties("luoshi.notifications")
public record NotificationProperties(
        @DefaultValue("PT1M") Duration mailEvery,
        @DefaultValue("10") int mailMaxAttempts,
        @DefaultValue("http://localhost:8080") String siteUrl,
        @DefaultValue("0 0 17 * * *") String digestCron) {
}
