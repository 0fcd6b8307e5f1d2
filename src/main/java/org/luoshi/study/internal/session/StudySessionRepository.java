package org.luoshi.study.internal.session;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.plan.ItemRef;
import org.luoshi.shared.files.StoredFile;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link StudySession}s with their attendees, materials, photos and sign-in sheet. */
@Repository
public class StudySessionRepository {

    /** A photo of a session and its thumbnail, when one could be made. */
    public record Photo(long fileId, Long thumbnailId, String filename) {
    }

    private final JdbcClient jdbc;

    StudySessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StudySession> find(long id) {
        return jdbc.sql("""
                select id, unit_id, unit_path, form, held_on, duration_minutes, topic, lead_name, other_count,
                       leaders, minutes_html, plan_id, item_id, planned_id, version
                  from study_session where id = ?
                """).param(id).query((rs, i) -> {
                    StudySession session = new StudySession(rs.getLong("id"), rs.getLong("unit_id"),
                            rs.getString("unit_path"), rs.getInt("version"));
                    Long itemId = rs.getObject("item_id", Long.class);
                    ItemRef item = itemId == null ? null : new ItemRef(rs.getLong("plan_id"), itemId);
                    Long planned = rs.getObject("planned_id", Long.class);
                    session.restore(StudyForm.valueOf(rs.getString("form")), rs.getObject("held_on",
                            java.time.LocalDate.class), rs.getInt("duration_minutes"), rs.getString("topic"),
                            rs.getString("lead_name"), rs.getInt("other_count"), leaders(rs.getString("leaders")),
                            rs.getString("minutes_html"), item, planned, List.of(), List.of());
                    return session;
                }).optional().map(this::withParts);
    }

    private StudySession withParts(StudySession session) {
        List<StudySession.Attendee> attendees = jdbc.sql("""
                select a.member_id, a.member_name, a.unit_id, u.path from study_session_attendee a
                  join unit u on u.id = a.unit_id where a.session_id = ? order by a.member_name, a.member_id
                """).param(session.id()).query((rs, i) -> new StudySession.Attendee(rs.getLong(1), rs.getString(2),
                        rs.getLong(3), rs.getString(4))).list();
        List<StudySession.Material> materials = jdbc.sql("""
                select material_id, title from study_session_material where session_id = ? order by ordinal
                """).param(session.id()).query((rs, i) -> {
                    return new StudySession.Material(rs.getObject(1, Long.class), rs.getString(2));
                }).list();
        session.restore(session.form(), session.heldOn(), session.durationMinutes(), session.topic(),
                session.leadName(), session.otherCount(), session.leaders(), session.minutesHtml(), session.item(),
                session.plannedId(), attendees, materials);
        return session;
    }

    long insert(StudySession s, Long accountId, Instant at) {
        long id = jdbc.sql("""
                insert into study_session (unit_id, unit_path, form, held_on, duration_minutes, topic, lead_name,
                    other_count, leaders, minutes_html, plan_id, item_id, planned_id, created_by, created_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).param(s.unitId()).param(s.unitPath()).param(s.form().name()).param(s.heldOn())
                .param(s.durationMinutes()).param(s.topic()).param(s.leadName()).param(s.otherCount())
                .param(leaders(s.leaders())).param(s.minutesHtml())
                .param(s.item() == null ? null : s.item().planId()).param(s.item() == null ? null : s.item().itemId())
                .param(s.plannedId()).param(accountId == null || accountId <= 0 ? null : accountId).param(Timestamp.from(at)).param(Timestamp.from(at))
                .query(Long.class).single();
        writeParts(id, s);
        return id;
    }

    /** Saves the revised session if nobody saved it since {@code s} was read. */
    void update(StudySession s, Integer expectedVersion, Instant at) {
        int version = expectedVersion == null ? s.version() : expectedVersion;
        int updated = jdbc.sql("""
                update study_session set form = ?, held_on = ?, duration_minutes = ?, topic = ?, lead_name = ?,
                    other_count = ?, leaders = ?, minutes_html = ?, plan_id = ?, item_id = ?, planned_id = ?,
                    updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(s.form().name()).param(s.heldOn()).param(s.durationMinutes()).param(s.topic())
                .param(s.leadName()).param(s.otherCount()).param(leaders(s.leaders())).param(s.minutesHtml())
                .param(s.item() == null ? null : s.item().planId()).param(s.item() == null ? null : s.item().itemId())
                .param(s.plannedId()).param(Timestamp.from(at)).param(s.id()).param(version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("study_session " + s.id());
        }
        jdbc.sql("delete from study_session_attendee where session_id = ?").param(s.id()).update();
        jdbc.sql("delete from study_session_material where session_id = ?").param(s.id()).update();
        writeParts(s.id(), s);
    }

    void addAttendees(long sessionId, List<StudySession.Attendee> attendees, Instant at) {
        attendees.forEach(a -> insertAttendee(sessionId, a));
        jdbc.sql("update study_session set updated_at = ?, version = version + 1 where id = ?")
                .param(Timestamp.from(at)).param(sessionId).update();
    }

    private void writeParts(long id, StudySession s) {
        s.attendees().forEach(a -> insertAttendee(id, a));
        int ordinal = 0;
        for (StudySession.Material m : s.materials()) {
            jdbc.sql("insert into study_session_material (session_id, ordinal, material_id, title) values (?, ?, ?, ?)")
                    .param(id).param(ordinal++).param(m.materialId()).param(m.title()).update();
        }
    }

    private void insertAttendee(long sessionId, StudySession.Attendee a) {
        jdbc.sql("""
                insert into study_session_attendee (session_id, member_id, member_name, unit_id) values (?, ?, ?, ?)
                """).param(sessionId).param(a.memberId()).param(a.name()).param(a.unitId()).update();
    }

    void delete(long id) {
        jdbc.sql("delete from study_session where id = ?").param(id).update();
    }

    void addPhoto(long sessionId, StoredFile file, Long thumbnailId) {
        jdbc.sql("insert into study_session_photo (session_id, file_id, thumbnail_id) values (?, ?, ?)")
                .param(sessionId).param(file.id()).param(thumbnailId).update();
    }

    void removePhoto(long sessionId, long fileId) {
        jdbc.sql("delete from study_session_photo where session_id = ? and file_id = ?").param(sessionId)
                .param(fileId).update();
    }

    void setSignInSheet(long sessionId, Long fileId) {
        jdbc.sql("update study_session set sign_in_file_id = ? where id = ?").param(fileId).param(sessionId).update();
    }

    public List<Photo> photos(long sessionId) {
        return jdbc.sql("""
                select p.file_id, p.thumbnail_id, f.filename from study_session_photo p
                  join stored_file f on f.id = p.file_id where p.session_id = ? order by p.file_id
                """).param(sessionId).query((rs, i) -> {
                    return new Photo(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3));
                }).list();
    }

    public Optional<StoredFile> signInSheet(long sessionId) {
        return jdbc.sql("""
                select f.id, f.filename, f.content_type, f.size_bytes from study_session s
                  join stored_file f on f.id = s.sign_in_file_id where s.id = ?
                """).param(sessionId).query((rs, i) -> new StoredFile(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).optional();
    }

    /** Whether the file is one of the session's: a photo, its thumbnail or the sign-in sheet. */
    public boolean holds(long sessionId, long fileId) {
        return jdbc.sql("""
                select exists (select 1 from study_session_photo where session_id = :s
                                  and (file_id = :f or thumbnail_id = :f))
                    or exists (select 1 from study_session where id = :s and sign_in_file_id = :f)
                """).param("s", sessionId).param("f", fileId).query(Boolean.class).single();
    }

    static String leaders(Set<Leader> leaders) {
        return leaders.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Leader> leaders(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Leader.class);
        }
        return EnumSet.copyOf(Arrays.stream(stored.split(",")).map(Leader::valueOf).toList());
    }
}
