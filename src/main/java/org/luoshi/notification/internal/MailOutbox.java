package org.luoshi.notification.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mails of notifications and digests after their transaction committed. The outbox rows are written with
 * the notification (one per address, see {@link Notifier}), so no e-mail is sent for a rolled-back
 * notification and none is lost when
 * the mail server is down or the node stops: a failed row is retried later with growing pauses and given up after
 * {@code mail-max-attempts}; the in-app notification stays either way. Rows are claimed with
 * {@code for update skip locked}, so two senders never send the same row.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;
    private static final int ERROR_LENGTH = 500;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MailSettingsStore settings;
    private final Mailer mailer;
    private final UnitDirectory units;
    private final Messages messages;
    private final NotificationProperties properties;

    MailOutbox(JdbcClient jdbc, TransactionTemplate transactions, MailSettingsStore settings, Mailer mailer,
            UnitDirectory units, Messages messages, NotificationProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.mailer = mailer;
        this.units = units;
        this.messages = messages;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${luoshi.notifications.mail-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "notification-mail-outbox", lockAtMostFor = "PT30M")
    public void drainOnSchedule() {
        drain();
        forgetDelivered();
    }

    /** Sends everything that is due now; returns how many rows were handled (sent, skipped or failed). */
    public int drain() {
        MailSettings current = settings.current();
        Map<Long, Optional<String>> addresses = new HashMap<>();
        int handled = 0;
        for (int batch; (batch = drainBatch(current, addresses)) > 0; ) {
            handled += batch;
        }
        return handled;
    }

    private int drainBatch(MailSettings current, Map<Long, Optional<String>> addresses) {
        Integer handled = transactions.execute(status -> {
            List<Pending> pending = jdbc.sql("""
                    select o.id, o.attempts, n.unit_id, o.address, coalesce(o.subject, n.title) as title,
                           coalesce(o.body, n.body) as body, n.link
                      from mail_outbox o left join notification n on n.id = o.notification_id
                     where o.status = 'PENDING' and o.next_attempt_at <= now()
                     order by o.next_attempt_at, o.id limit ? for update of o skip locked
                    """).param(BATCH).query(Pending.class).list();
            pending.forEach(row -> deliver(current, row, row.address() != null ? Optional.of(row.address())
                    : row.unitId() == null ? Optional.empty() : addresses.computeIfAbsent(row.unitId(), units::email)));
            return pending.size();
        });
        return handled == null ? 0 : handled;
    }

    private void deliver(MailSettings current, Pending row, Optional<String> address) {
        if (!current.usable()) {
            finish(row, "SKIPPED", "mail disabled");
        } else if (address.isEmpty()) {
            finish(row, "SKIPPED", "no e-mail address");
        } else {
            try {
                mailer.send(current, address.get(), row.title(), text(row));
                finish(row, "SENT", null);
            } catch (Exception e) {
                retryLater(row, e);
            }
        }
    }

    private String text(Pending row) {
        String link = row.link() == null ? "" : "\n\n" + messages.get("mail.notification.link",
                properties.siteUrl().replaceAll("/+$", "") + row.link());
        return row.body() + link + "\n\n" + messages.get("mail.notification.footer");
    }

    private void finish(Pending row, String status, String note) {
        jdbc.sql("""
                update mail_outbox set status = ?, attempts = attempts + 1, last_error = ?,
                       sent_at = case when ? = 'SENT' then now() end where id = ?
                """).param(status).param(note).param(status).param(row.id()).update();
    }

    private void retryLater(Pending row, Exception e) {
        int attempts = row.attempts() + 1;
        boolean giveUp = attempts >= properties.mailMaxAttempts();
        log.warn("e-mail for notification outbox row {} failed (attempt {}{}): {}", row.id(), attempts,
                giveUp ? ", giving up" : "", e.toString());
        String error = e.toString();
        // waits 2, 4, 8 … minutes, at most six hours, so a mail server outage is ridden out without hammering it
        jdbc.sql("""
                update mail_outbox set status = ?, attempts = ?, last_error = ?,
                       next_attempt_at = now() + least(power(2, ?) * interval '1 minute', interval '6 hours')
                 where id = ?
                """).param(giveUp ? "FAILED" : "PENDING").param(attempts)
                .param(error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error)
                .param(attempts).param(row.id()).update();
    }

    /** Delivered and skipped rows are kept a month for the operators, then removed. */
    private void forgetDelivered() {
        jdbc.sql("delete from mail_outbox where status in ('SENT','SKIPPED') and created_at < now() - interval '30 days'")
                .update();
    }

    /** @param address null: the unit's contact address */
    record Pending(long id, int attempts, Long unitId, String address, String title, String body, String link) {
    }
}
