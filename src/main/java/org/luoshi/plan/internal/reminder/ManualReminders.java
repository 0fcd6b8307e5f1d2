package org.luoshi.plan.internal.reminder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.UnitsReminded;
import org.luoshi.plan.UnitsReminded.Reason;
import org.luoshi.plan.UnitsReminded.Reminder;
import org.luoshi.plan.internal.IdempotencyKeys;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人工催办: an administrator of any ancestor unit chases units of its subtree that have the plan: the silent ones
 * (not acknowledged), those with an item not reported, or any it picks. A unit never chases itself, and units
 * outside the actor's subtree are answered as not found. The units are told by the notification module, which
 * hears of it through {@link UnitsReminded}.
 */
@Service
public class ManualReminders {

    public static final int MAX_TARGETS = 500;
    public static final int MAX_MESSAGE = 500;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Messages messages;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManualReminders(JdbcClient jdbc, UnitDirectory units, Messages messages, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who may chase: administrators; leaders only read, members have no part in the plan's work. */
    public boolean mayRemind(Actor actor) {
        return actor.mayManage();
    }

    /** Whether the actor may chase that unit at all: never its own. */
    public boolean mayRemind(Actor actor, long unitId) {
        return mayRemind(actor) && unitId != actor.unitId();
    }

    /** The standard sentence sent when the message is left empty, shown in the box for editing. */
    public String defaultMessage() {
        return messages.get("reminder.manual.defaultMessage");
    }

    /** The issued plan's title as the actor may chase on it. */
    @Transactional(readOnly = true)
    public String planTitle(Actor actor, long planId) {
        if (!mayRemind(actor)) {
            throw BusinessException.forbidden("reminder.manual.roleNotAllowed");
        }
        return jdbc.sql("select title from plan where id = ? and status = 'ISSUED'").param(planId)
                .query(String.class).optional()
                .orElseThrow(() -> BusinessException.notFound("reminder.manual.planNotFound"));
    }

    /** The units below the actor that have the plan and match {@code which}, paged in unit order. */
    @Transactional(readOnly = true)
    public Page<Target> candidates(Actor actor, long planId, Which which, Collection<Long> excluded,
            PageQuery query) {
        planTitle(actor, planId);
        String where = " from assignment a where a.plan_id = :plan and a.unit_path like :scope || '%'"
                + " and a.unit_id <> :own and not (a.unit_id = any (:excluded))" + which.sql;
        Map<String, Object> params = Map.of("plan", planId, "scope", actor.scopePath(), "own", actor.unitId(),
                "excluded", excluded.toArray(Long[]::new));
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("select a.unit_id, a.unit_path, a.status = 'ISSUED' as unacknowledged, "
                        + "(select count(*) from assignment_item ai where ai.assignment_id = a.id "
                        + "and ai.status in ('OPEN','RETURNED')) as unreported" + where
                        + " order by a.unit_path limit :limit offset :offset")
                .params(params).param("limit", query.size()).param("offset", query.offset())
                .query(Row.class).list();
        return Page.of(named(rows), total, query);
    }

    /** The units the actor may chase among {@code unitIds}, checked as {@link #remind} checks them. */
    @Transactional(readOnly = true)
    public PlanTargets targets(Actor actor, long planId, Collection<Long> unitIds) {
        String planTitle = planTitle(actor, planId);
        Set<Long> wanted = new LinkedHashSet<>(unitIds);
        if (wanted.isEmpty()) {
            throw BusinessException.invalid("unitIds", "reminder.manual.noUnits");
        }
        if (wanted.size() > MAX_TARGETS) {
            throw BusinessException.invalid("unitIds", "reminder.manual.tooManyUnits", MAX_TARGETS);
        }
        List<Row> found = jdbc.sql("""
                select a.unit_id, a.unit_path, a.status = 'ISSUED' as unacknowledged,
                       (select count(*) from assignment_item ai where ai.assignment_id = a.id
                           and ai.status in ('OPEN','RETURNED')) as unreported
                  from assignment a
                 where a.plan_id = :plan and a.unit_id in (:units) and a.unit_path like :scope || '%'
                 order by a.unit_path
                """).param("plan", planId).param("units", wanted).param("scope", actor.scopePath())
                .query(Row.class).list();
        if (found.size() < wanted.size()) {
            throw BusinessException.notFound("reminder.manual.unitNotFound");
        }
        if (found.stream().anyMatch(target -> !mayRemind(actor, target.unitId()))) {
            throw BusinessException.forbidden("reminder.manual.notOwnUnit");
        }
        return new PlanTargets(planId, planTitle, named(found));
    }

    /**
     * Chases each target unit once. A repeat of a request (the same idempotency key from the same account) sends
     * nothing and answers as the first did. The key is claimed before sending, so a second request arriving while
     * the first is still sending waits for it on the key's index entry and then finds the key taken.
     */
    @Transactional
    public Sent remind(Actor actor, long planId, Collection<Long> unitIds, String message, String idempotencyKey) {
        // free text keeps its Chinese punctuation, so it is only trimmed, not normalised
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE) {
            throw BusinessException.invalid("message", "reminder.manual.messageTooLong", MAX_MESSAGE);
        }
        PlanTargets targets = targets(actor, planId, unitIds);
        String key = IdempotencyKeys.normalise(idempotencyKey);
        if (key != null && !claim(actor, planId, key)) {
            return earlier(actor, planId, key);
        }
        int sent = send(actor, targets, text);
        if (key != null) {
            jdbc.sql("update manual_reminder set sent = ? where account_id = ? and idempotency_key = ?")
                    .param(sent).param(actor.accountId()).param(key).update();
        }
        return new Sent(sent, false);
    }

    private boolean claim(Actor actor, long planId, String key) {
        return jdbc.sql("""
                insert into manual_reminder (account_id, idempotency_key, plan_id) values (?, ?, ?)
                on conflict (account_id, idempotency_key) do nothing
                """).param(actor.accountId()).param(key).param(planId).update() == 1;
    }

    private Sent earlier(Actor actor, long planId, String key) {
        Earlier earlier = jdbc.sql("""
                select plan_id, sent from manual_reminder where account_id = ? and idempotency_key = ?
                """).param(actor.accountId()).param(key).query(Earlier.class).single();
        if (earlier.planId() != planId) {
            throw BusinessException.conflict("reminder.manual.keyReused");
        }
        return new Sent(earlier.sent(), true);
    }

    private int send(Actor actor, PlanTargets targets, String text) {
        List<Long> unitIds = targets.units().stream().map(Target::unitId).toList();
        List<Reminder> reminders = jdbc.sql("""
                select id, plan_id, unit_id, unit_path, assigner_unit_id, issued_at::date as issued_on
                  from assignment where plan_id = :plan and unit_id in (:units) order by unit_path
                """).param("plan", targets.planId()).param("units", unitIds)
                .query((rs, i) -> new Reminder(new AssignmentRef(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5)), targets.planTitle(), rs.getObject(6, LocalDate.class),
                        List.of()))
                .list();
        Instant now = clock.instant();
        events.publishEvent(new UnitsReminded(Reason.MANUAL, reminders, actor.unitId(), text,
                LocalDate.ofInstant(now, clock.getZone()), now));
        audit.record("PLAN_REMINDED", "plan", targets.planId(), actor.scopePath(),
                messages.get("reminder.manual.audit", reminders.size(), targets.planTitle()), null,
                Map.of("unitIds", unitIds, "message", text));
        return reminders.size();
    }

    private List<Target> named(List<Row> rows) {
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(Row::unitId).toList());
        return rows.stream().map(row -> new Target(row.unitId(), row.unitPath(),
                names.containsKey(row.unitId()) ? names.get(row.unitId()).name() : "", row.unacknowledged(),
                row.unreported())).toList();
    }

    /** Which units below the actor the list offers. */
    public enum Which {
        /** 未签收 */
        UNACKNOWLEDGED(" and a.status = 'ISSUED'"),
        /** 有事项未报送 (never reported, or returned) */
        UNREPORTED(" and exists (select 1 from assignment_item ai where ai.assignment_id = a.id"
                + " and ai.status in ('OPEN','RETURNED'))"),
        /** 全部下级 */
        ALL("");

        private final String sql;

        Which(String sql) {
            this.sql = sql;
        }

        public static Which of(String name) {
            for (Which which : values()) {
                if (which.name().equals(name)) {
                    return which;
                }
            }
            return UNACKNOWLEDGED;
        }
    }

    /**
     * @param units    how many units were reminded
     * @param repeated true when this answers a repeat of an earlier request, which sent nothing new
     */
    public record Sent(int units, boolean repeated) {
    }

    record Earlier(long planId, int sent) {
    }

    record Row(long unitId, String unitPath, boolean unacknowledged, int unreported) {
    }

    /** A unit that may be chased, with what it still owes. */
    public record Target(long unitId, String unitPath, String unitName, boolean unacknowledged, int unreported) {
    }

    public record PlanTargets(long planId, String planTitle, List<Target> units) {
    }
}
