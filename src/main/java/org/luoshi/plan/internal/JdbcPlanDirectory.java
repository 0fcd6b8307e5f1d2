package org.luoshi.plan.internal;

import java.util.List;
import java.util.Optional;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.PlanDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class JdbcPlanDirectory implements PlanDirectory {

    private final JdbcClient jdbc;

    JdbcPlanDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> planTitle(long planId) {
        return jdbc.sql("select title from plan where id = ?").param(planId).query(String.class).optional();
    }

    @Override
    public Optional<String> itemLabel(long itemId) {
        return jdbc.sql("select citation || title from plan_item where id = ?").param(itemId).query(String.class)
                .optional();
    }

    @Override
    public List<AssignmentRef> assignedBy(long planId, long assignerUnitId) {
        return jdbc.sql("""
                select id as assignment_id, plan_id, unit_id, unit_path, assigner_unit_id from assignment
                 where plan_id = ? and assigner_unit_id = ? order by unit_path
                """).param(planId).param(assignerUnitId).query(AssignmentRef.class).list();
    }
}
