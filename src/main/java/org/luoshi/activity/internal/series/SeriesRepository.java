package org.luoshi.activity.internal.series;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.activity.internal.CreatedBy;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Series in SQL. */
@Repository
public class SeriesRepository {

    private static final String SELECT = "select s.*, u.name as unit_name from activity_series s"
            + " join unit u on u.id = s.unit_id";
    /** Seen by the organiser's subtree and the units above it: {@code :path} is the actor's unit path. */
    static final String VISIBLE = " (s.unit_path like :path || '%' or :path like s.unit_path || '%')";

    private final JdbcClient jdbc;

    SeriesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ActivitySeries> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SeriesRepository::series).optional();
    }

    long insert(long unitId, String unitPath, SaveSeries c, long by, Instant at) {
        return jdbc.sql("""
                insert into activity_series (unit_id, unit_path, title, description, starts_on, ends_on, created_by,
                                             created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(unitId).param(unitPath).param(c.title()).param(c.description())
                .param(Date.valueOf(c.startsOn())).param(Date.valueOf(c.endsOn())).param(CreatedBy.of(by))
                .param(Timestamp.from(at)).param(Timestamp.from(at)).query(Long.class).single();
    }

    void update(long id, SaveSeries c, int expectedVersion, Instant at) {
        int changed = jdbc.sql("""
                update activity_series set title = ?, description = ?, starts_on = ?, ends_on = ?, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?
                """).param(c.title()).param(c.description()).param(Date.valueOf(c.startsOn()))
                .param(Date.valueOf(c.endsOn())).param(Timestamp.from(at)).param(id).param(expectedVersion).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("activity_series " + id);
        }
    }

    void delete(long id) {
        jdbc.sql("delete from activity_series where id = ?").param(id).update();
    }

    /** How many activities the series holds (a series in use is not deleted). */
    int activityCount(long id) {
        return jdbc.sql("select count(*) from activity where series_id = ?").param(id).query(Integer.class).single();
    }

    /** The series the actor sees, newest first. */
    public Page<ActivitySeries> list(String actorPath, PageQuery paging) {
        String where = " where" + VISIBLE;
        long total = jdbc.sql("select count(*) from activity_series s" + where).param("path", actorPath)
                .query(Long.class).single();
        List<ActivitySeries> rows = jdbc.sql(SELECT + where + " order by s.starts_on desc, s.id desc"
                        + " limit :size offset :offset").param("path", actorPath).param("size", paging.size())
                .param("offset", paging.offset()).query(SeriesRepository::series).list();
        return Page.of(rows, total, paging);
    }

    /** The series an organiser may put an activity in: its own and those of the units above it, newest first. */
    public List<ActivitySeries> joinable(String organiserPath) {
        return jdbc.sql(SELECT + " where :path like s.unit_path || '%' order by s.starts_on desc, s.id desc limit 200")
                .param("path", organiserPath).query(SeriesRepository::series).list();
    }

    private static ActivitySeries series(ResultSet rs, int n) throws SQLException {
        return new ActivitySeries(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("unit_name"), rs.getString("title"), rs.getString("description"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getInt("version"));
    }
}
