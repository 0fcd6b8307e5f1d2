package org.luoshi.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PlanIssued;
import org.luoshi.plan.Targets;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 下发: the issuer sends its plan to units of its subtree; each gets an assignment with the plan's due dates. */
@Service
public class PlanIssuing {

    private final PlanAccess access;
    private final PlanRepository plans;
    private final TargetUnits targets;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanIssuing(PlanAccess access, PlanRepository plans, TargetUnits targets, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.targets = targets;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Issues (or issues further); returns how many units newly received the plan. */
    @Transactional
    public int issue(Actor actor, long planId, Targets to, Integer version) {
        Plan plan = access.visible(planId, actor);
        if (version != null && version != plan.version()) {
            throw new OptimisticLockingFailureException("plan " + planId + " changed");
        }
        Instant now = clock.instant();
        String before = plan.status().name();
        plan.issue(actor, plans.actionableCount(planId), LocalDate.ofInstant(now, clock.getZone()));
        plans.update(plan, now);
        int created = targets.issue(plan, to, now);
        audit.record("plan.issue", "plan", planId, plan.issuerPath(),
                messages.get("plan.audit.issue", plan.title(), created), Map.of("status", before),
                Map.of("status", plan.status().name(), "mode", to.mode().name(), "assignments", created));
        events.publishEvent(new PlanIssued(planId, plan.issuerUnitId(), plan.issuerPath(), plan.title(), created,
                now));
        return created;
    }
}
