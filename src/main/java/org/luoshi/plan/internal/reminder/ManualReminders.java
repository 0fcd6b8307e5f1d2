package org.luoshi.plan.internal.reminder;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.internal.IdempotencyKeys;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 人工催办: an administrator of any ancestor unit chases chosen units of its subtree that have the plan. A unit
 * cannot chase itself, and units outside the actor's subtree are answered as not found.
 */
@Service
public class ManualReminders {

    public static final int MAX_TARGETS = 500;
    public static final int MAX_MESSAGE = 500;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Messages messages;
    private final AuditTrail audit;

    ManualReminders(JdbcClient jdbc, UnitDirectory units, Messages messages, AuditTrail audit) {
        this.jdbc = jdbc;
        this.units = units;
        this.messages = messages;
        this.audit = audit;
    }

    /** The units the actor may chase among {@code unitIds}, checked as {@link #remind} checks them. */
    @Transactional(readOnly = true)
    public PlanTargets targets(Actor actor, long planId, Collection<Long> unitIds) {
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("reminder.manual.roleNotAllowed");
        }
        String planTitle = jdbc.sql("select title from plan where id = ? and status = 'ISSUED'").param(planId)
                .query(String.class).optional()
                .orElseThrow(() -> BusinessException.notFound("reminder.manual.planNotFound"));
        Set<Long> wanted = new LinkedHashSet<>(unitIds);
        if (wanted.isEmpty()) {
            throw BusinessException.invalid("unitIds", "reminder.manual.noUnits");
        }
        if (wanted.size() > MAX_TARGETS) {
            throw BusinessException.invalid("unitIds", "reminder.manual.tooManyUnits", MAX_TARGETS);
        }
        List<Target> found = jdbc.sql("""
                select a.unit_id, a.unit_path from assignment a
                 where a.plan_id = :plan and a.unit_id in (:units) and a.unit_path like :scope || '%'
                 order by a.unit_path
                """).param("plan", planId).param("units", wanted).param("scope", actor.scopePath())
                .query((rs, i) -> new Target(rs.getLong(1), rs.getString(2),
                        units.find(rs.getLong(1)).orElseThrow().name()))
                .list();
        if (found.size() < wanted.size()) {
            throw BusinessException.notFound("reminder.manual.unitNotFound");
        }
        if (found.stream().anyMatch(target -> target.unitId() == actor.unitId())) {
            throw BusinessException.forbidden("reminder.manual.notOwnUnit");
        }
        return new PlanTargets(planId, planTitle, found);
    }

    /**
     * Sends one notification to each target unit. A repeat of a request (the same idempotency key from the same
     * account) sends nothing and answers as the first did. The key is claimed before sending, so a second request
     * arriving while the first is still sending waits for it on the key's index entry and then finds the key taken.
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
        long planId = targets.planId();
        String sender = units.find(actor.unitId()).orElseThrow().name();
        String body = messages.get("reminder.manual.body", sender, targets.planTitle(),
                text.isEmpty() ? messages.get("reminder.manual.defaultMessage") : text);
        int sent = jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, body, link, plan_id, assignment_id,
                                          sent_by_unit_id)
                select a.unit_id, a.unit_path, :kind, :title, :body, '/plans/' || a.plan_id, a.plan_id, a.id, :sender
                  from assignment a where a.plan_id = :plan and a.unit_id in (:units)
                """)
                .param("kind", NotificationKind.MANUAL.name())
                .param("title", Texts.fit(messages.get("reminder.manual.title", sender, targets.planTitle()), 200))
                .param("body", body)
                .param("sender", actor.unitId())
                .param("plan", planId)
                .param("units", targets.units().stream().map(Target::unitId).toList())
                .update();
        audit.record("PLAN_REMINDED", "plan", planId, actor.scopePath(),
                messages.get("reminder.manual.audit", sent, targets.planTitle()), null,
                Map.of("unitIds", targets.units().stream().map(Target::unitId).toList(), "message", text));
        return sent;
    }

    /**
     * @param units    how many units were reminded
     * @param repeated true when this answers a repeat of an earlier request, which sent nothing new
     */
    public record Sent(int units, boolean repeated) {
    }

    record Earlier(long planId, int sent) {
    }

    public record Target(long unitId, String unitPath, String unitName) {
    }

    public record PlanTargets(long planId, String planTitle, List<Target> units) {
    }
}
