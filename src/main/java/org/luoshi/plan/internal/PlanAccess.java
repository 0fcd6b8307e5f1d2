package org.luoshi.plan.internal;

import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which plans an actor may see: those of units in their subtree (drafts only of their own unit), and those issued
 * from above that reached their subtree. Everything else answers 404, as if it did not exist.
 */
@Component
public class PlanAccess {

    /** The SQL condition on a plan aliased {@code p}, with parameters :unit and :scope. */
    static final String VISIBLE = """
            ((p.issuer_path like :scope || '%' and (p.status <> 'DRAFT' or p.issuer_unit_id = :unit))
             or (p.status <> 'DRAFT' and exists (select 1 from assignment a
                                                   where a.plan_id = p.id and a.unit_path like :scope || '%')))
            """;

    private final JdbcClient jdbc;
    private final PlanRepository plans;

    PlanAccess(JdbcClient jdbc, PlanRepository plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    public Plan visible(long planId, Actor actor) {
        boolean visible = jdbc.sql("select count(*) from plan p where p.id = :id and " + VISIBLE)
                .param("id", planId).param("unit", actor.unitId()).param("scope", actor.scopePath())
                .query(Long.class).single() > 0;
        if (!visible) {
            throw BusinessException.notFound("plan.notFound");
        }
        return plans.find(planId).orElseThrow(() -> BusinessException.notFound("plan.notFound"));
    }
}
