package org.luoshi.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知中心: the notifications addressed to the actor's unit. They belong to the unit, not to a person: every account
 * of the unit that a kind is for sees them ({@link NotificationKind#isFor}: members do not see the unit's plan
 * reminders), and one of them marking a notification read marks it read for all (the unit's desk). Nothing here
 * reaches beyond the actor's own unit, not even into its subtree. A notice for one person (a member's own
 * registration) is seen by that person only.
 */
@Service
public class NotificationCentre {

    /** The notifications the actor is addressed: their unit's, of the kinds for them, and their own. */
    private static final String ADDRESSED = "unit_id = :unit and kind = any (:kinds)"
            + " and (account_id is null or account_id = :account)";
    private static final String COLUMNS = "id, kind, title, body, link, plan_id, sent_by_unit_id, created_at, read_at";

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final Clock clock;

    NotificationCentre(JdbcClient jdbc, UnitDirectory units, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Unread first, newest first; optionally only unread ones or one kind. */
    @Transactional(readOnly = true)
    public Page<NotificationView> list(Actor actor, NotificationFilter filter, PageQuery query) {
        long total = jdbc.sql("select count(*) from notification where " + ADDRESSED
                        + filter.sql())
                .params(filter.params(actor)).query(Long.class).single();
        Map<Long, String> senders = new HashMap<>();
        List<NotificationView> items = jdbc.sql("select " + COLUMNS + " from notification where " + ADDRESSED
                        + filter.sql()
                        + " order by read_at is not null, created_at desc, id desc limit :limit offset :offset")
                .params(filter.params(actor))
                .param("limit", query.size()).param("offset", query.offset())
                .query((rs, i) -> view(rs, senders)).list();
        return Page.of(items, total, query);
    }

    /** Every notification of the filter, for the Excel export (the caller streams it inside a transaction). */
    public Stream<NotificationView> all(Actor actor, NotificationFilter filter) {
        Map<Long, String> senders = new HashMap<>();
        return jdbc.sql("select " + COLUMNS + " from notification where " + ADDRESSED + filter.sql()
                        + " order by created_at desc, id desc")
                .params(filter.params(actor)).query((rs, i) -> view(rs, senders)).stream();
    }

    public long unreadCount(Actor actor) {
        return jdbc.sql("select count(*) from notification where " + ADDRESSED
                        + " and read_at is null")
                .params(NotificationFilter.NONE.params(actor)).query(Long.class).single();
    }

    /**
     * 查看: marks the notification read and answers where it leads (the unit's own task), so that one click both
     * opens the work and takes the notification off the unread count.
     */
    @Transactional
    public String open(Actor actor, long id) {
        markRead(actor, id);
        return jdbc.sql("select link from notification where id = ?").param(id).query(String.class).optional()
                .filter(NotificationCentre::isLocal).orElse("/notifications");
    }

    /** A path of this site, never another host: a notification's link is followed by a redirect. */
    static boolean isLocal(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
    }

    /** Marks one notification of the actor's unit read; another unit's notification is not found. */
    @Transactional
    public void markRead(Actor actor, long id) {
        int changed = jdbc.sql("update notification set read_at = coalesce(read_at, :now) where id = :id"
                        + " and " + ADDRESSED)
                .params(NotificationFilter.NONE.params(actor)).param("id", id).param("now", now()).update();
        if (changed == 0) {
            throw BusinessException.notFound("notification.notFound");
        }
        audit.record("NOTIFICATION_READ", "notification", id, actor.scopePath(), null, null, null);
    }

    /** Marks every unread notification of the actor's unit read; returns how many. */
    @Transactional
    public int markAllRead(Actor actor) {
        int changed = jdbc.sql("update notification set read_at = :now where " + ADDRESSED
                        + " and read_at is null")
                .params(NotificationFilter.NONE.params(actor)).param("now", now()).update();
        audit.record("NOTIFICATIONS_ALL_READ", "notification", actor.unitId(), actor.scopePath(), null, null,
                Map.of("count", changed));
        return changed;
    }

    private NotificationView view(ResultSet rs, Map<Long, String> senders) throws SQLException {
        Long sender = (Long) rs.getObject("sent_by_unit_id");
        return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getString("link"), (Long) rs.getObject("plan_id"),
                sender == null ? null : senders.computeIfAbsent(sender, this::unitName),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")));
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(UnitRef::name).orElse(null);
    }

    /** What the list is limited to, besides the actor's unit. */
    public record NotificationFilter(boolean unreadOnly, Optional<NotificationKind> kind) {

        static final NotificationFilter NONE = new NotificationFilter(false, Optional.empty());

        public static NotificationFilter of(Boolean unreadOnly, String kind) {
            Optional<NotificationKind> parsed = Stream.of(NotificationKind.values())
                    .filter(value -> value.name().equals(kind)).findFirst();
            return new NotificationFilter(Boolean.TRUE.equals(unreadOnly), parsed);
        }

        String sql() {
            return (unreadOnly ? " and read_at is null" : "") + (kind.isPresent() ? " and kind = :kind" : "");
        }

        Map<String, Object> params(Actor actor) {
            Map<String, Object> params = new HashMap<>();
            params.put("unit", actor.unitId());
            // a person's own notices (报名) are theirs alone; the unit's are every addressee's
            params.put("account", actor.accountId());
            params.put("kinds", NotificationKind.names(NotificationKind.visibleTo(actor)));
            kind.ifPresent(value -> params.put("kind", value.name()));
            return params;
        }
    }
}
