package org.luoshi.notification.internal;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知设置: each person chooses, per kind, in-app only or in-app and e-mail, the address e-mails go to (blank: the
 * unit's contact address), and whether a daily digest of the unread ones is sent. A kind nobody chose for takes
 * its default ({@link NotificationKind#mailByDefault()}).
 */
@Service
public class Preferences {

    private static final int EMAIL_LENGTH = 120;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    Preferences(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The actor's settings, every kind it is told of with its choice. */
    @Transactional(readOnly = true)
    public Settings of(Actor actor) {
        Choices chosen = choices(List.of(actor.accountId())).getOrDefault(actor.accountId(), Choices.DEFAULT);
        Map<NotificationKind, Boolean> byMail = new LinkedHashMap<>();
        NotificationKind.visibleTo(actor).forEach(kind -> byMail.put(kind, chosen.byMail(kind)));
        return new Settings(byMail, chosen.email() == null ? "" : chosen.email(), chosen.dailyDigest());
    }

    /** Saves the actor's settings whole; kinds it is not told of are ignored. Audited with before and after. */
    @Transactional
    public Settings save(Actor actor, Settings changed) {
        String email = changed.email() == null ? "" : changed.email().strip();
        if (email.length() > EMAIL_LENGTH || !(email.isEmpty() || MailSettings.isAddress(email))) {
            throw BusinessException.invalid("email", "notification.settings.email.invalid");
        }
        Settings before = of(actor);
        jdbc.sql("delete from notification_preference where account_id = ?").param(actor.accountId()).update();
        before.byMail().keySet().forEach(kind -> jdbc.sql("""
                insert into notification_preference (account_id, kind, by_mail) values (?, ?, ?)
                """).param(actor.accountId()).param(kind.name())
                .param(changed.byMail().getOrDefault(kind, kind.mailByDefault())).update());
        jdbc.sql("""
                insert into notification_subscriber (account_id, email, daily_digest, updated_at)
                values (?, ?, ?, now())
                on conflict (account_id) do update set email = excluded.email,
                       daily_digest = excluded.daily_digest, updated_at = now()
                """).param(actor.accountId()).param(email.isEmpty() ? null : email).param(changed.dailyDigest())
                .update();
        Settings after = of(actor);
        audit.record("NOTIFICATION_SETTINGS_CHANGED", "ACCOUNT", actor.accountId(), actor.scopePath(), null,
                before.audited(), after.audited());
        return after;
    }

    /** The choices of these accounts that saved settings, by account, in two queries. */
    Map<Long, Choices> choices(Collection<Long> accountIds) {
        Map<Long, Choices> choices = new HashMap<>();
        if (accountIds.isEmpty()) {
            return choices;
        }
        Long[] ids = accountIds.toArray(Long[]::new);
        jdbc.sql("select account_id, email, daily_digest from notification_subscriber where account_id = any (:ids)")
                .param("ids", ids)
                .query((rs, i) -> choices.put(rs.getLong(1), new Choices(rs.getString(2), rs.getBoolean(3),
                        EnumSet.noneOf(NotificationKind.class), EnumSet.noneOf(NotificationKind.class))))
                .list();
        jdbc.sql("select account_id, kind, by_mail from notification_preference where account_id = any (:ids)")
                .param("ids", ids)
                .query((rs, i) -> {
                    Choices chosen = choices.computeIfAbsent(rs.getLong(1), id -> Choices.fresh());
                    NotificationKind kind = NotificationKind.valueOf(rs.getString(2));
                    (rs.getBoolean(3) ? chosen.mail() : chosen.inAppOnly()).add(kind);
                    return kind;
                })
                .list();
        return choices;
    }

    /**
     * A person's settings as the page and the API show them.
     *
     * @param byMail per kind: true for in-app and e-mail, false for in-app only
     * @param email  where e-mails go; blank for the unit's contact address
     */
    public record Settings(Map<NotificationKind, Boolean> byMail, String email, boolean dailyDigest) {

        Map<String, Object> audited() {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("email", email);
            values.put("dailyDigest", dailyDigest);
            values.put("byMail", byMail.entrySet().stream().filter(Map.Entry::getValue)
                    .map(entry -> entry.getKey().name()).toList());
            return values;
        }
    }

    /** What one person chose; kinds in neither set take their default. */
    record Choices(String email, boolean dailyDigest, Set<NotificationKind> mail, Set<NotificationKind> inAppOnly) {

        static final Choices DEFAULT = new Choices(null, false, Set.of(), Set.of());

        static Choices fresh() {
            return new Choices(null, false, EnumSet.noneOf(NotificationKind.class),
                    EnumSet.noneOf(NotificationKind.class));
        }

        boolean byMail(NotificationKind kind) {
            return mail.contains(kind) || (!inAppOnly.contains(kind) && kind.mailByDefault());
        }
    }
}
