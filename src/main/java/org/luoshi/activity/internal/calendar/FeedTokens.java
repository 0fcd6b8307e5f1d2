package org.luoshi.activity.internal.calendar;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.CreatedBy;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 日历订阅地址: each unit's calendar can be subscribed to by a calendar app, which cannot log in. The address holds an
 * unguessable token (256 random bits) rather than the unit's id, because a unit's calendar shows more than what is
 * open to the public (internal 座谈会, online links meant for members). The unit's staff make the address and renew
 * it, which cuts off every subscription made with the old one; staff, editors and leaders of the unit read it.
 */
@Service
@Transactional
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    FeedTokens(JdbcClient jdbc, AuditTrail audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The actor's unit's token, if it has one and the actor may read it. */
    @Transactional(readOnly = true)
    public Optional<String> of(Actor actor) {
        if (!ActivityRoles.readsSubtree(actor)) {
            return Optional.empty();
        }
        return jdbc.sql("select token from activity_feed_token where unit_id = ?").param(actor.unitId())
                .query(String.class).optional();
    }

    /** A new token for the actor's unit; the old one, if any, stops working at once. */
    public String renew(Actor actor) {
        if (!ActivityRoles.isStaff(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into activity_feed_token (unit_id, token, created_by, created_at) values (?, ?, ?, ?)
                on conflict (unit_id) do update set token = excluded.token, created_by = excluded.created_by,
                                                    created_at = excluded.created_at
                """).param(actor.unitId()).param(token).param(CreatedBy.of(actor.accountId()))
                .param(Timestamp.from(clock.instant())).update();
        audit.record("activity.feed.renew", "activity_feed_token", actor.unitId(), actor.unitPath(),
                messages.get("activity.feed.audit.renew", actor.unitId()), null, null);
        return token;
    }

    /** The unit a token opens, if it is a current one. */
    @Transactional(readOnly = true)
    public Optional<Long> unitOf(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select unit_id from activity_feed_token where token = ?").param(token)
                .query(Long.class).optional();
    }
}
