package org.luoshi.plan.internal;

import java.util.List;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.PlanRecipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPlanRecipients implements PlanRecipients {

    private final JdbcClient jdbc;

    JdbcPlanRecipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AssignmentRef> within(long planId, String scopePath) {
        return jdbc.sql("""
                select id as assignment_id, plan_id, unit_id, unit_path, assigner_unit_id from assignment
                 where plan_id = ? and unit_path like ? || '%' order by unit_path
                """).param(planId).param(scopePath).query(AssignmentRef.class).list();
    }
}
