package org.luoshi.publicity.internal.briefing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores {@link Briefing}s with their items in order. */
@Repository
public class BriefingRepository {

    private final JdbcClient jdbc;

    BriefingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Briefing> find(long id) {
        return jdbc.sql("""
                select id, unit_id, unit_path, year, number, title, issuer_name, issue_date, editor_note, report_to,
                       send_to, issue_to, status, document_file_id, article_id, issued_at, version
                  from publicity_briefing where id = ?
                """).param(id).query((rs, i) -> {
                    Briefing b = new Briefing(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                            rs.getInt("version"));
                    Timestamp issuedAt = rs.getTimestamp("issued_at");
                    b.restore(rs.getInt("year"), rs.getInt("number"), rs.getString("title"),
                            rs.getString("issuer_name"), rs.getObject("issue_date", java.time.LocalDate.class),
                            rs.getString("editor_note"), rs.getString("report_to"), rs.getString("send_to"),
                            rs.getString("issue_to"), BriefingStatus.valueOf(rs.getString("status")),
                            rs.getObject("document_file_id", Long.class), rs.getObject("article_id", Long.class),
                            issuedAt == null ? null : issuedAt.toInstant(), List.of());
                    return b;
                }).optional().map(this::withItems);
    }

    private Briefing withItems(Briefing b) {
        List<Briefing.Item> items = jdbc.sql("""
                select id, submission_id, title, body_html, source_unit from publicity_briefing_item
                 where briefing_id = ? order by ordinal, id
                """).param(b.id()).query((rs, i) -> new Briefing.Item(rs.getLong(1), rs.getObject(2, Long.class),
                        rs.getString(3), rs.getString(4), rs.getString(5))).list();
        b.restore(b.year(), b.number(), b.title(), b.issuerName(), b.issueDate(), b.editorNote(), b.reportTo(),
                b.sendTo(), b.issueTo(), b.status(), b.documentFileId(), b.articleId(), b.issuedAt(), items);
        return b;
    }

    /** The number after the highest one the unit used in the year (1 for its first). */
    public int nextNumber(long unitId, int year) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from publicity_briefing where unit_id = ? and year = ?")
                .param(unitId).param(year).query(Integer.class).single();
    }

    /** Whether another briefing of the unit has the number in that year. */
    boolean taken(long unitId, int year, int number, long exceptId) {
        return jdbc.sql("""
                select exists (select 1 from publicity_briefing where unit_id = ? and year = ? and number = ?
                                                                  and id <> ?)
                """).param(unitId).param(year).param(number).param(exceptId).query(Boolean.class).single();
    }

    long insert(Briefing b, Long accountId, Instant at) {
        long id = jdbc.sql("""
                insert into publicity_briefing (unit_id, unit_path, year, number, title, issuer_name, issue_date,
                    editor_note, report_to, send_to, issue_to, status, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?) returning id
                """).param(b.unitId()).param(b.unitPath()).param(b.year()).param(b.number()).param(b.title())
                .param(b.issuerName()).param(b.issueDate()).param(b.editorNote()).param(b.reportTo())
                .param(b.sendTo()).param(b.issueTo()).param(account(accountId)).param(Timestamp.from(at))
                .param(Timestamp.from(at)).query(Long.class).single();
        saveItems(id, b.items());
        return id;
    }

    /** Saves the briefing and its items if nobody saved it since it was read at {@code expectedVersion}. */
    void update(Briefing b, Integer expectedVersion, Long accountId, Instant at) {
        int version = expectedVersion == null ? b.version() : expectedVersion;
        int updated = jdbc.sql("""
                update publicity_briefing set year = ?, number = ?, title = ?, issuer_name = ?, issue_date = ?,
                    editor_note = ?, report_to = ?, send_to = ?, issue_to = ?, status = ?, document_file_id = ?,
                    issued_at = ?, issued_by = case when ? = 'ISSUED' and issued_by is null then ? else issued_by end,
                    article_id = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(b.year()).param(b.number()).param(b.title()).param(b.issuerName()).param(b.issueDate())
                .param(b.editorNote()).param(b.reportTo()).param(b.sendTo()).param(b.issueTo())
                .param(b.status().name()).param(b.documentFileId())
                .param(b.issuedAt() == null ? null : Timestamp.from(b.issuedAt())).param(b.status().name())
                .param(account(accountId)).param(b.articleId()).param(Timestamp.from(at)).param(b.id())
                .param(version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("publicity_briefing " + b.id());
        }
        saveItems(b.id(), b.items());
    }

    void delete(long id, int expectedVersion) {
        if (jdbc.sql("delete from publicity_briefing where id = ? and version = ? and status = 'DRAFT'").param(id)
                .param(expectedVersion).update() == 0) {
            throw new OptimisticLockingFailureException("publicity_briefing " + id);
        }
    }

    /** Items kept are updated in place (their ids stay, so links to them do), new ones added, the rest removed. */
    private void saveItems(long briefingId, List<Briefing.Item> items) {
        Long[] kept = items.stream().filter(i -> i.id() > 0).map(Briefing.Item::id).toArray(Long[]::new);
        jdbc.sql("delete from publicity_briefing_item where briefing_id = ? and not (id = any(?))")
                .param(briefingId).param(kept).update();
        int ordinal = 0;
        for (Briefing.Item item : items) {
            ordinal++;
            if (item.id() > 0) {
                jdbc.sql("""
                        update publicity_briefing_item set ordinal = ?, title = ?, body_html = ?, source_unit = ?
                         where id = ? and briefing_id = ?
                        """).param(ordinal).param(item.title()).param(item.bodyHtml()).param(item.sourceUnit())
                        .param(item.id()).param(briefingId).update();
            } else {
                jdbc.sql("""
                        insert into publicity_briefing_item (briefing_id, ordinal, submission_id, title, body_html,
                                                             source_unit)
                        values (?, ?, ?, ?, ?, ?)
                        """).param(briefingId).param(ordinal).param(item.submissionId()).param(item.title())
                        .param(item.bodyHtml()).param(item.sourceUnit()).update();
            }
        }
    }

    /** The briefing an item belongs to. */
    public Optional<Long> briefingOf(long itemId) {
        return jdbc.sql("select briefing_id from publicity_briefing_item where id = ?").param(itemId)
                .query(Long.class).optional();
    }

    private static Long account(Long accountId) {
        return accountId == null || accountId <= 0 ? null : accountId;
    }
}
