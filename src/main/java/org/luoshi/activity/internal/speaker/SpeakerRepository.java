package org.luoshi.activity.internal.speaker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.activity.internal.CreatedBy;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 主讲人库 in SQL. */
@Repository
public class SpeakerRepository {

    private static final String SELECT = "select s.*, u.name as unit_name from activity_speaker s"
            + " join unit u on u.id = s.unit_id";

    private final JdbcClient jdbc;

    SpeakerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Speaker> find(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(SpeakerRepository::speaker).optional();
    }

    /** The speakers with these ids, in the order asked (ids not found are left out). */
    public List<Speaker> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Speaker> found = new HashMap<>();
        jdbc.sql(SELECT + " where s.id in (:ids)").param("ids", ids).query(SpeakerRepository::speaker).list()
                .forEach(s -> found.put(s.id(), s));
        return ids.stream().map(found::get).filter(s -> s != null).toList();
    }

    long insert(long unitId, String unitPath, SaveSpeaker c, long by, Instant at) {
        return jdbc.sql("""
                insert into activity_speaker (unit_id, unit_path, name, post, bio, congress_delegate, created_by,
                                              created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(unitId).param(unitPath).param(c.name()).param(c.post()).param(c.bio())
                .param(c.congressDelegate()).param(CreatedBy.of(by)).param(Timestamp.from(at))
                .param(Timestamp.from(at)).query(Long.class).single();
    }

    void update(long id, SaveSpeaker c, int expectedVersion, Instant at) {
        int changed = jdbc.sql("""
                update activity_speaker set name = ?, post = ?, bio = ?, congress_delegate = ?, updated_at = ?,
                       version = version + 1
                 where id = ? and version = ?
                """).param(c.name()).param(c.post()).param(c.bio()).param(c.congressDelegate())
                .param(Timestamp.from(at)).param(id).param(expectedVersion).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("activity_speaker " + id);
        }
    }

    void photo(long id, long fileId, Instant at) {
        jdbc.sql("update activity_speaker set photo_file_id = ?, updated_at = ?, version = version + 1 where id = ?")
                .param(fileId).param(Timestamp.from(at)).param(id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from activity_speaker where id = ?").param(id).update();
    }

    /** How many activities name the speaker (a speaker in use is not deleted). */
    int activityCount(long id) {
        return jdbc.sql("select count(*) from activity_speaker_link where speaker_id = ?").param(id)
                .query(Integer.class).single();
    }

    /**
     * The speakers the actor sees (their subtree's libraries and those above), 二十大代表 first when asked, by name;
     * {@code name} filters on a part of the name.
     */
    public Page<Speaker> list(String actorPath, String name, boolean delegatesOnly, PageQuery paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("path", actorPath);
        params.put("size", paging.size());
        params.put("offset", paging.offset());
        String where = " where (s.unit_path like :path || '%' or :path like s.unit_path || '%')";
        if (name != null && !name.isBlank()) {
            params.put("name", "%" + name.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where += " and s.name like :name";
        }
        if (delegatesOnly) {
            where += " and s.congress_delegate";
        }
        long total = jdbc.sql("select count(*) from activity_speaker s" + where).params(params)
                .query(Long.class).single();
        List<Speaker> rows = jdbc.sql(SELECT + where + " order by s.name, s.id limit :size offset :offset")
                .params(params).query(SpeakerRepository::speaker).list();
        return Page.of(rows, total, paging);
    }

    private static Speaker speaker(ResultSet rs, int n) throws SQLException {
        return new Speaker(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("unit_name"), rs.getString("name"), rs.getString("post"), rs.getString("bio"),
                (Long) rs.getObject("photo_file_id"), rs.getBoolean("congress_delegate"), rs.getInt("version"));
    }
}
