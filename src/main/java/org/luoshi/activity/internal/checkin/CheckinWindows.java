package org.luoshi.activity.internal.checkin;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each activity's check-in window; an activity without a row has {@link CheckinWindow#DEFAULT}. */
@Repository
class CheckinWindows {

    private final JdbcClient jdbc;

    CheckinWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CheckinWindow of(long activityId) {
        return jdbc.sql("select opens_before_min, closes_after_min from activity_checkin_window where activity_id = ?")
                .param(activityId).query((rs, i) -> new CheckinWindow(rs.getInt(1), rs.getInt(2))).optional()
                .orElse(CheckinWindow.DEFAULT);
    }

    void save(long activityId, CheckinWindow window, long by, Instant at) {
        jdbc.sql("""
                insert into activity_checkin_window (activity_id, opens_before_min, closes_after_min, updated_by,
                                                     updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (activity_id) do update set opens_before_min = excluded.opens_before_min,
                    closes_after_min = excluded.closes_after_min, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """).params(activityId, window.opensBeforeMinutes(), window.closesAfterMinutes(), by,
                Timestamp.from(at)).update();
    }
}
