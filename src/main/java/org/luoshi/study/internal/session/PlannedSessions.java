package org.luoshi.study.internal.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.luoshi.org.UnitRef;
import org.luoshi.study.DueStudy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of study plans: planned against held over a subtree, and what is due this week. */
@Component
public class PlannedSessions {

    /**
     * 计划与落实 for one unit's subtree (a child unit's row, or the unit's own): sessions planned, planned sessions
     * held, sessions held linked to the plan's items, and of those, how many a leader (会长/副会长/党委书记) attended.
     */
    public record Progress(UnitRef unit, long planned, long plannedHeld, long held, long ledByLeaders) {

        public int heldRate() {
            return planned == 0 ? 0 : (int) Math.round(100.0 * plannedHeld / planned);
        }
    }

    private final JdbcClient jdbc;

    PlannedSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isOfUnit(long plannedId, long unitId) {
        return jdbc.sql("""
                select exists (select 1 from study_planned_session p join study_plan sp on sp.id = p.study_plan_id
                                where p.id = ? and sp.unit_id = ?)
                """).param(plannedId).param(unitId).query(Boolean.class).single();
    }

    boolean anyStudyPlan(long planId, String scopePath) {
        return jdbc.sql("select exists (select 1 from study_plan where plan_id = ? and unit_path like ? || '%')")
                .param(planId).param(scopePath).query(Boolean.class).single();
    }

    /** The figures over {@code unit}'s subtree ({@code own}: the unit's own records only). */
    public Progress progress(long planId, UnitRef unit, boolean own) {
        String where = own ? "= :path" : "like :path || '%'";
        return jdbc.sql("""
                select (select count(*) from study_planned_session p join study_plan sp on sp.id = p.study_plan_id
                         where sp.plan_id = :plan and sp.unit_path %1$s),
                       (select count(*) from study_planned_session p join study_plan sp on sp.id = p.study_plan_id
                         where sp.plan_id = :plan and sp.unit_path %1$s
                           and exists (select 1 from study_session s where s.planned_id = p.id)),
                       (select count(*) from study_session s where s.plan_id = :plan and s.unit_path %1$s),
                       (select count(*) from study_session s where s.plan_id = :plan and s.unit_path %1$s
                           and s.leaders <> '')
                """.formatted(where)).param("plan", planId).param("path", unit.path())
                .query((rs, i) -> new Progress(unit, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .single();
    }

    /** The unit's planned sessions not yet held (and {@code keep}, the one a session already holds), by date. */
    public List<DueStudy> open(long unitId, Long keep) {
        return jdbc.sql("""
                select p.id, sp.plan_id, sp.plan_title, p.planned_on, p.form, p.topic
                  from study_planned_session p join study_plan sp on sp.id = p.study_plan_id
                 where sp.unit_id = :unit
                   and (p.id = :keep or not exists (select 1 from study_session s where s.planned_id = p.id))
                 order by p.planned_on, p.id limit 200
                """).param("unit", unitId).param("keep", keep == null ? -1L : keep)
                .query((rs, i) -> new DueStudy(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        "/study/sessions/new?planned=" + rs.getLong(1)))
                .list();
    }

    /** The unit's planned sessions of the week of {@code today} (Monday to Sunday) not yet held. */
    public List<DueStudy> dueThisWeek(long unitId, LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return jdbc.sql("""
                select p.id, sp.plan_id, sp.plan_title, p.planned_on, p.form, p.topic
                  from study_planned_session p join study_plan sp on sp.id = p.study_plan_id
                 where sp.unit_id = ? and p.planned_on between ? and ?
                   and not exists (select 1 from study_session s where s.planned_id = p.id)
                 order by p.planned_on, p.id limit 20
                """).param(unitId).param(monday).param(monday.plusDays(6))
                .query((rs, i) -> new DueStudy(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
                        "/study/sessions/new?planned=" + rs.getLong(1)))
                .list();
    }
}
