package org.luoshi.study.internal.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link StudyPlan}s and their planned sessions. */
@Repository
class StudyPlanRepository {

    private final JdbcClient jdbc;

    StudyPlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StudyPlan> find(long unitId, long planId) {
        return jdbc.sql("""
                select id, unit_id, unit_path, plan_id, plan_title, topics, version from study_plan
                 where unit_id = ? and plan_id = ?
                """).param(unitId).param(planId).query((rs, i) -> new StudyPlan(rs.getLong(1), rs.getLong(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                        planned(rs.getLong(1)), rs.getInt(7))).optional();
    }

    private List<StudyPlan.Planned> planned(long studyPlanId) {
        return jdbc.sql("""
                select p.id, p.planned_on, p.form, p.topic, p.lead_name, p.materials, p.item_id,
                       (select min(s.id) from study_session s where s.planned_id = p.id) as held
                  from study_planned_session p where p.study_plan_id = ? order by p.planned_on, p.id
                """).param(studyPlanId).query((rs, i) -> new StudyPlan.Planned(rs.getLong(1),
                        rs.getObject(2, LocalDate.class), StudyForm.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class)))
                .list();
    }

    long insert(long unitId, String unitPath, long planId, String planTitle, String topics, Instant at) {
        return jdbc.sql("""
                insert into study_plan (unit_id, unit_path, plan_id, plan_title, topics, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).param(unitId).param(unitPath).param(planId).param(planTitle).param(topics)
                .param(Timestamp.from(at)).param(Timestamp.from(at)).query(Long.class).single();
    }

    void updateTopics(StudyPlan plan, Integer expectedVersion, Instant at) {
        int version = expectedVersion == null ? plan.version() : expectedVersion;
        int updated = jdbc.sql("""
                update study_plan set topics = ?, updated_at = ?, version = version + 1 where id = ? and version = ?
                """).param(plan.topics()).param(Timestamp.from(at)).param(plan.id()).param(version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("study_plan " + plan.id());
        }
    }

    long addPlanned(long studyPlanId, PlanSession p) {
        return jdbc.sql("""
                insert into study_planned_session (study_plan_id, planned_on, form, topic, lead_name, materials,
                                                   item_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).param(studyPlanId).param(p.plannedOn()).param(p.form().name()).param(p.topic().strip())
                .param(blankToNull(p.leadName())).param(blankToNull(p.materials())).param(p.itemId())
                .query(Long.class).single();
    }

    void removePlanned(long plannedId) {
        jdbc.sql("delete from study_planned_session where id = ?").param(plannedId).update();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
