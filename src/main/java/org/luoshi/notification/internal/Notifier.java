package org.luoshi.notification.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountDirectory.UnitAccount;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes notifications and their e-mails in the caller's transaction: a rolled-back change tells nobody, a
 * committed one has its notifications and its outbox rows. Thousands at once (a reminder batch) take one insert
 * each. Each notification is e-mailed to the people it is for who chose e-mail for its kind (their own address, or
 * else the unit's contact address), each address once; a unit with nobody it is for gets it at its contact address.
 */
@Component
class Notifier {

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AccountDirectory accounts;
    private final Preferences preferences;
    private final Clock clock;

    Notifier(JdbcClient jdbc, UnitDirectory units, AccountDirectory accounts, Preferences preferences,
            Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.accounts = accounts;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** Writes them; a notice already given once per assignment (下发, 转发) is not written again. Returns how many. */
    int send(List<Notice> notices) {
        if (notices.isEmpty()) {
            return 0;
        }
        Map<Long, UnitRef> addressed = units.findAll(notices.stream().map(Notice::unitId).distinct().toList());
        List<Written> written = jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, link, plan_id, assignment_id,
                                          sent_by_unit_id, account_id, created_at)
                select n.unit_id, n.unit_path, n.kind, n.title, n.body, n.link, n.plan_id, n.assignment_id,
                       n.sender, n.account_id, :now
                  from unnest(:units, :paths, :kinds, :titles, :bodies, :links, :plans, :assignments, :senders,
                              :accounts)
                       as n(unit_id, unit_path, kind, title, body, link, plan_id, assignment_id, sender, account_id)
                on conflict do nothing
                returning id, unit_id, kind, account_id
                """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                .param("units", ids(notices, Notice::unitId))
                .param("paths", texts(notices, notice -> addressed.get(notice.unitId()).path()))
                .param("kinds", texts(notices, notice -> notice.kind().name()))
                .param("titles", texts(notices, Notice::title))
                .param("bodies", texts(notices, Notice::body))
                .param("links", texts(notices, Notice::link))
                .param("plans", ids(notices, Notice::planId))
                .param("assignments", ids(notices, Notice::assignmentId))
                .param("senders", ids(notices, Notice::senderUnitId))
                .param("accounts", ids(notices, Notice::accountId))
                .query((rs, i) -> new Written(rs.getLong(1), rs.getLong(2), NotificationKind.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4)))
                .list();
        queueMail(written);
        return written.size();
    }

    private void queueMail(List<Written> written) {
        Map<Long, List<UnitAccount>> people = accounts.accountsOf(
                        written.stream().map(Written::unitId).distinct().toList())
                .stream().collect(Collectors.groupingBy(UnitAccount::unitId));
        Map<Long, Preferences.Choices> choices = preferences.choices(
                people.values().stream().flatMap(List::stream).map(UnitAccount::accountId).toList());
        List<Long> ids = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        for (Written notification : written) {
            for (String address : addresses(notification, people.getOrDefault(notification.unitId(), List.of()),
                    choices)) {
                ids.add(notification.id());
                addresses.add(address);
            }
        }
        if (!ids.isEmpty()) {
            jdbc.sql("insert into mail_outbox (notification_id, address) select * from unnest(:ids, :addresses)")
                    .param("ids", ids.toArray(Long[]::new)).param("addresses", addresses.toArray(String[]::new))
                    .update();
        }
    }

    /** The addresses to mail; null stands for the unit's contact address, looked up when sending. */
    private static Set<String> addresses(Written notification, List<UnitAccount> ofUnit,
            Map<Long, Preferences.Choices> choices) {
        List<UnitAccount> addressees = ofUnit.stream().filter(a -> notification.kind().isFor(a.roles()))
                .filter(a -> notification.accountId() == null || notification.accountId() == a.accountId())
                .toList();
        Set<String> addresses = new LinkedHashSet<>();
        // a person's own notice is never sent to the unit's contact address
        if (addressees.isEmpty() && notification.accountId() == null) {
            addresses.add(null);
        }
        for (UnitAccount person : addressees) {
            Preferences.Choices chosen = choices.getOrDefault(person.accountId(), Preferences.Choices.DEFAULT);
            if (chosen.byMail(notification.kind())) {
                addresses.add(chosen.email());
            }
        }
        return addresses;
    }

    /** One column of the notices, as an array PostgreSQL unnests beside the others. */
    private static Long[] ids(List<Notice> notices, Function<Notice, Long> column) {
        return notices.stream().map(column).toArray(Long[]::new);
    }

    private static String[] texts(List<Notice> notices, Function<Notice, String> column) {
        return notices.stream().map(column).toArray(String[]::new);
    }

    record Written(long id, long unitId, NotificationKind kind, Long accountId) {
    }
}
