package org.luoshi.study.internal.group;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Leading groups and their seats; phone numbers sealed on the way in, opened on the way out. */
@Repository
class LeadingGroupRepository {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    LeadingGroupRepository(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<LeadingGroup> find(long id) {
        return jdbc.sql("select * from study_group where id = ?").param(id).query((rs, i) -> new LeadingGroup(
                rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"), rs.getLong("plan_id"),
                rs.getString("plan_title"), (Long) rs.getObject("item_id"), rs.getObject("set_up_on",
                        LocalDate.class), (Long) rs.getObject("document_id"), rs.getInt("version"),
                seats(id))).optional();
    }

    Optional<Long> idOf(long unitId, long planId) {
        return jdbc.sql("select id from study_group where unit_id = ? and plan_id = ?").param(unitId).param(planId)
                .query(Long.class).optional();
    }

    /** Inserts a new group or updates one read at its version (else {@link OptimisticLockingFailureException}). */
    LeadingGroup save(LeadingGroup group, Instant now) {
        long id;
        if (group.id() == null) {
            id = jdbc.sql("""
                    insert into study_group (unit_id, unit_path, plan_id, plan_title, item_id, set_up_on,
                                             document_id, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """).param(group.unitId()).param(group.unitPath()).param(group.planId())
                    .param(group.planTitle()).param(group.itemId()).param(Date.valueOf(group.setUpOn()))
                    .param(group.documentId()).param(Timestamp.from(now)).param(Timestamp.from(now))
                    .query(Long.class).single();
        } else {
            id = group.id();
            int updated = jdbc.sql("""
                    update study_group set item_id = ?, set_up_on = ?, document_id = ?, updated_at = ?,
                           version = version + 1
                     where id = ? and version = ?
                    """).param(group.itemId()).param(Date.valueOf(group.setUpOn())).param(group.documentId())
                    .param(Timestamp.from(now)).param(id).param(group.version()).update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("study_group " + id + " changed");
            }
        }
        saveSeats(id, group.seats());
        return find(id).orElseThrow();
    }

    void delete(long id) {
        jdbc.sql("delete from study_group where id = ?").param(id).update();
    }

    void recordChange(long groupId, Instant at, long accountId, String actorName, String summary) {
        jdbc.sql("""
                insert into study_group_change (group_id, at, account_id, actor_name, summary)
                values (?, ?, ?, ?, ?)
                """).param(groupId).param(Timestamp.from(at)).param(accountId > 0 ? accountId : null).param(actorName)
                .param(summary.length() > 1000 ? summary.substring(0, 1000) : summary).update();
    }

    List<GroupChange> changes(long groupId, int limit) {
        return jdbc.sql("""
                select at, actor_name, summary from study_group_change where group_id = ?
                 order by at desc, id desc limit ?
                """).param(groupId).param(limit).query((rs, i) -> new GroupChange(
                rs.getTimestamp("at").toInstant(), rs.getString("actor_name"), rs.getString("summary"))).list();
    }

    private void saveSeats(long groupId, List<Seat> seats) {
        List<Long> kept = seats.stream().map(Seat::id).filter(Objects::nonNull).toList();
        for (Long stored : jdbc.sql("select id from study_group_seat where group_id = ?").param(groupId)
                .query(Long.class).list()) {
            if (!kept.contains(stored)) {
                jdbc.sql("delete from study_group_seat where id = ?").param(stored).update();
            }
        }
        for (Seat seat : seats) {
            if (seat.id() == null) {
                jdbc.sql("""
                        insert into study_group_seat (group_id, role, member_id, name, post, phone_enc, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """).param(groupId).param(seat.role().name()).param(seat.memberId()).param(seat.name())
                        .param(seat.post()).param(cipher.encrypt(seat.phone())).param(seat.sortOrder()).update();
            } else {
                jdbc.sql("""
                        update study_group_seat set role = ?, member_id = ?, name = ?, post = ?, phone_enc = ?,
                               sort_order = ?
                         where id = ? and group_id = ?
                        """).param(seat.role().name()).param(seat.memberId()).param(seat.name()).param(seat.post())
                        .param(cipher.encrypt(seat.phone())).param(seat.sortOrder()).param(seat.id()).param(groupId)
                        .update();
            }
        }
    }

    private List<Seat> seats(long groupId) {
        return jdbc.sql("select * from study_group_seat where group_id = ? order by sort_order, id").param(groupId)
                .query((rs, i) -> new Seat(rs.getLong("id"), SeatRole.valueOf(rs.getString("role")),
                        (Long) rs.getObject("member_id"), rs.getString("name"), rs.getString("post"),
                        cipher.decrypt(rs.getBytes("phone_enc")), rs.getInt("sort_order")))
                .list();
    }
}
