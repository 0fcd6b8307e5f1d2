package org.luoshi.activity.internal.series;

import java.time.Clock;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, revises and deletes series; every change audited. */
@Service
@Transactional
public class SeriesWorkflow {

    private final SeriesRepository series;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    SeriesWorkflow(SeriesRepository series, AuditTrail audit, Messages messages, Clock clock) {
        this.series = series;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ActivitySeries visible(long id, Actor actor) {
        return series.find(id).filter(s -> s.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.series.notFound"));
    }

    public long create(Actor actor, SaveSeries command) {
        if (!ActivitySeries.mayCreate(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        SaveSeries clean = ActivitySeries.validated(command);
        long id = series.insert(actor.unitId(), actor.unitPath(), clean, actor.accountId(), clock.instant());
        audit.record("activity.series.create", "activity_series", id, actor.unitPath(),
                messages.get("activity.series.audit.create", clean.title()), null, clean);
        return id;
    }

    public void revise(Actor actor, long id, SaveSeries command, Integer version) {
        ActivitySeries before = visible(id, actor);
        before.guardEdit(actor);
        SaveSeries clean = ActivitySeries.validated(command);
        series.update(id, clean, version == null ? before.version() : version, clock.instant());
        audit.record("activity.series.revise", "activity_series", id, before.unitPath(),
                messages.get("activity.series.audit.revise", clean.title()), before, clean);
    }

    /** A series that holds activities stays: its activities would lose what they belong to. */
    public void delete(Actor actor, long id, Integer version) {
        ActivitySeries before = visible(id, actor);
        before.guardEdit(actor);
        if (version != null && version != before.version()) {
            throw new OptimisticLockingFailureException("activity_series " + id);
        }
        int count = series.activityCount(id);
        if (count > 0) {
            throw BusinessException.conflict("activity.series.delete.inUse", count);
        }
        series.delete(id);
        audit.record("activity.series.delete", "activity_series", id, before.unitPath(),
                messages.get("activity.series.audit.delete", before.title()), before, null);
    }
}
