package org.luoshi.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountDirectory.UnitAccount;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 每日摘要: once a day, each person who asked for it gets one e-mail listing the notifications of the last day that
 * are still unread and are for them, through the outbox like any other e-mail. ShedLock runs it on one node; the
 * day it was sent is kept per person, so a second run the same day sends nothing. Nothing unread, no mail.
 */
@Component
public class DailyDigest {

    private static final int MAX_LISTED = 50;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AccountDirectory accounts;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;
    private final NotificationProperties properties;

    DailyDigest(JdbcClient jdbc, TransactionTemplate transactions, AccountDirectory accounts, UnitDirectory units,
            Messages messages, Clock clock, NotificationProperties properties) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    @Scheduled(cron = "${luoshi.notifications.digest-cron:0 0 17 * * *}", zone = "${luoshi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "notification-digest", lockAtMostFor = "PT1H")
    public void runOnSchedule() {
        run();
    }

    /** Queues today's digests not yet sent; returns how many. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Integer queued = transactions.execute(status -> {
            List<Subscriber> due = jdbc.sql("""
                    select account_id, email from notification_subscriber
                     where daily_digest and (digest_sent_on is null or digest_sent_on < ?) for update skip locked
                    """).param(today).query(Subscriber.class).list();
            List<UnitAccount> people = accounts.accounts(due.stream().map(Subscriber::accountId).toList());
            int count = 0;
            for (UnitAccount person : people) {
                String email = due.stream().filter(s -> s.accountId() == person.accountId()).findFirst()
                        .map(Subscriber::email).orElse(null);
                count += queue(person, email, now) ? 1 : 0;
            }
            jdbc.sql("update notification_subscriber set digest_sent_on = :today where account_id = any (:ids)")
                    .param("today", today).param("ids", due.stream().map(Subscriber::accountId).toArray(Long[]::new))
                    .update();
            return count;
        });
        return queued == null ? 0 : queued;
    }

    private boolean queue(UnitAccount person, String email, Instant now) {
        List<String> titles = jdbc.sql("""
                select title from notification
                 where unit_id = :unit and kind = any (:kinds) and read_at is null and created_at > :since
                   and (account_id is null or account_id = :account)
                 order by created_at desc, id desc limit :max
                """)
                .param("unit", person.unitId())
                .param("account", person.accountId())
                .param("kinds", NotificationKind.names(java.util.stream.Stream.of(NotificationKind.values())
                        .filter(kind -> kind.isFor(person.roles())).toList()))
                .param("since", now.minus(1, ChronoUnit.DAYS).atOffset(ZoneOffset.UTC))
                .param("max", MAX_LISTED)
                .query(String.class).list();
        Optional<String> address = email != null ? Optional.of(email) : units.email(person.unitId());
        if (titles.isEmpty() || address.isEmpty()) {
            return false;
        }
        jdbc.sql("insert into mail_outbox (address, subject, body) values (?, ?, ?)")
                .param(address.get())
                .param(messages.get("notification.digest.subject", titles.size()))
                .param(messages.get("notification.digest.body", "- " + String.join("\n- ", titles),
                        properties.siteUrl().replaceAll("/+$", "") + "/notifications"))
                .update();
        return true;
    }

    record Subscriber(long accountId, String email) {
    }
}
