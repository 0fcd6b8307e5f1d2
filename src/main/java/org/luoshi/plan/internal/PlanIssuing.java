package org.luoshi.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PlanIssued;
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

    PlanIssuing(PlanAccess access, PlanRepository plans, TargetUnits targets, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events) {
        this.access = access;
        this.plans = plans;
        this.targets = targets;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
    }

    /** Issues (or issues further); returns how many units newly received the plan. */
    @Transactional
    public int issue(Actor actor, long planId, TargetForm form) {
        Plan plan = access.visible(planId, actor);
        if (form.getVersion() != null && form.getVersion() != plan.version()) {
            throw new OptimisticLockingFailureException("plan " + planId + " changed");
        }
        plan.issue(actor, plans.actionableCount(planId), LocalDate.now());
        plans.update(plan);
        int created = targets.issue(plan, form);
        audit.record("plan.issue", "plan", planId, plan.issuerPath(),
                messages.get("plan.audit.issue", plan.title(), created), null,
                Map.of("mode", form.getMode().name(), "assignments", created));
        events.publishEvent(new PlanIssued(planId, plan.issuerUnitId(), plan.issuerPath(), plan.title(), created,
                Instant.now()));
        return created;
    }
}
