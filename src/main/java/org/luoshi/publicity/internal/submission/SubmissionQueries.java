package org.luoshi.publicity.internal.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.publicity.Decision;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit's list of submissions (its own, and its subtree's once submitted), the reviewing queue (待我审核), a
 * submission's versions and each level's decisions: filtered and paged in SQL, scoped to the actor.
 */
@Component
@Transactional(readOnly = true)
public class SubmissionQueries {

    /** A submission as the lists show it; {@code at} is when it was last submitted (a draft: last saved). */
    public record Row(long id, long unitId, String unitName, SubmissionKind kind, SubmissionStatus status,
            String title, Long reviewerUnitId, String reviewerName, int submittedVersion, Instant at,
            String adoptedLevel) {
    }

    /** A submission awaiting the actor's unit, with the due date its linked plan item sets the submitting unit. */
    public record QueueRow(long id, long unitId, String unitName, SubmissionKind kind, String title,
            int submittedVersion, Instant arrivedAt, LocalDate dueOn, String itemLabel) {
    }

    /** A level's decision as the submitter and the chain read it. */
    public record DecisionRow(long id, long unitId, String unitName, String level, int versionNumber,
            Decision decision, String comment, Instant decidedAt, Instant withdrawnAt) {

        public boolean live() {
            return withdrawnAt == null;
        }
    }

    /** One version as it was submitted. */
    public record VersionRow(int number, SubmissionKind kind, String title, String bodyHtml, String author,
            String contact, String note, List<VersionFile> files, Instant submittedAt) {
    }

    /** A file of a version, as it was then. */
    public record VersionFile(long fileId, String role, String caption, Long thumbnailId, String filename) {
    }

    static final int EXPORT_LIMIT = 100_000;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final LinkableItems linkable;
    private final JsonMapper json;
    private final Clock clock;

    SubmissionQueries(JdbcClient jdbc, UnitDirectory units, LinkableItems linkable, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.linkable = linkable;
        this.json = json;
        this.clock = clock;
    }

    public Page<Row> list(Actor actor, SubmissionFilter filter, PageQuery page) {
        Conditions c = conditions(actor, filter);
        long total = c.bind(jdbc.sql("select count(*) from publicity_submission s where " + c.sql()))
                .query(Long.class).single();
        List<Row> rows = c.bind(jdbc.sql(select() + " where " + c.sql()
                + " order by coalesce(s.last_submitted_at, s.updated_at) desc, s.id desc limit :limit offset :offset"))
                .param("limit", page.size()).param("offset", page.offset()).query((rs, i) -> row(rs)).list();
        return Page.of(named(rows), total, page);
    }

    public void export(Actor actor, SubmissionFilter filter, Consumer<Row> sink) {
        Conditions c = conditions(actor, filter);
        named(c.bind(jdbc.sql(select() + " where " + c.sql()
                + " order by coalesce(s.last_submitted_at, s.updated_at) desc, s.id desc limit " + EXPORT_LIMIT))
                .query((rs, i) -> row(rs)).list()).forEach(sink);
    }

    /** 待我审核: what awaits the actor's unit, oldest first, optionally of one kind or from one unit (of its subtree). */
    public Page<QueueRow> queue(Actor actor, SubmissionKind kind, Long unitId, PageQuery page) {
        if (!Submission.isStaff(actor)) {
            return Page.of(List.of(), 0, page);
        }
        StringBuilder sql = new StringBuilder("s.status = 'IN_REVIEW' and s.reviewer_unit_id = :reviewer");
        Map<String, Object> params = new HashMap<>();
        params.put("reviewer", actor.unitId());
        if (kind != null) {
            sql.append(" and s.kind = :kind");
            params.put("kind", kind.name());
        }
        if (unitId != null) {
            sql.append(" and s.unit_id = :unit");
            params.put("unit", unitId);
        }
        Conditions c = new Conditions(sql.toString(), params);
        long total = c.bind(jdbc.sql("select count(*) from publicity_submission s where " + c.sql()))
                .query(Long.class).single();
        List<Waiting> rows = c.bind(jdbc.sql("""
                select s.id, s.unit_id, s.kind, s.title, s.submitted_version, s.last_submitted_at, s.item_id
                  from publicity_submission s where """ + " " + c.sql()
                + " order by s.last_submitted_at, s.id limit :limit offset :offset"))
                .param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Waiting(rs.getLong(1), rs.getLong(2), SubmissionKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), SubmissionRepository.instant(rs, "last_submitted_at"),
                        rs.getObject(7, Long.class))).list();
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(Waiting::unitId).toList());
        return Page.of(rows.stream().map(r -> {
            Optional<LinkableItem> item = r.itemId() == null ? Optional.empty()
                    : linkable.find(r.unitId(), r.itemId());
            return new QueueRow(r.id(), r.unitId(), name(names, r.unitId()), r.kind(), r.title(),
                    r.submittedVersion(), r.arrivedAt(), item.map(LinkableItem::dueOn).orElse(null),
                    item.map(LinkableItem::label).orElse(null));
        }).toList(), total, page);
    }

    private record Waiting(long id, long unitId, SubmissionKind kind, String title, int submittedVersion,
            Instant arrivedAt, Long itemId) {
    }

    /** How many submissions await the actor's unit. */
    public long awaiting(Actor actor) {
        if (!Submission.isStaff(actor)) {
            return 0;
        }
        return jdbc.sql("""
                select count(*) from publicity_submission where status = 'IN_REVIEW' and reviewer_unit_id = ?
                """).param(actor.unitId()).query(Long.class).single();
    }

    /** Every level's decision on the submission (already checked as visible), oldest first, withdrawn ones marked. */
    public List<DecisionRow> decisions(long submissionId) {
        List<DecisionRow> rows = jdbc.sql("""
                select id, unit_id, level, version_number, decision, comment, decided_at, withdrawn_at
                  from publicity_decision where submission_id = ? order by decided_at, id
                """).param(submissionId).query((rs, i) -> new DecisionRow(rs.getLong(1), rs.getLong(2), null,
                        rs.getString(3), rs.getInt(4), Decision.valueOf(rs.getString(5)), rs.getString(6),
                        SubmissionRepository.instant(rs, "decided_at"),
                        SubmissionRepository.instant(rs, "withdrawn_at"))).list();
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(DecisionRow::unitId).toList());
        return rows.stream().map(r -> new DecisionRow(r.id(), r.unitId(), name(names, r.unitId()), r.level(),
                r.versionNumber(), r.decision(), r.comment(), r.decidedAt(), r.withdrawnAt())).toList();
    }

    /** The versions submitted (already checked as visible), newest first. */
    public List<VersionRow> versions(long submissionId) {
        return jdbc.sql(versionSelect() + " order by number desc").param("id", submissionId)
                .query((rs, i) -> version(rs)).list();
    }

    public Optional<VersionRow> version(long submissionId, int number) {
        return jdbc.sql(versionSelect() + " and number = :number").param("id", submissionId).param("number", number)
                .query((rs, i) -> version(rs)).optional();
    }

    private static String versionSelect() {
        return """
                select number, kind, title, body_html, author, contact, note, files::text as files, submitted_at
                  from publicity_submission_version where submission_id = :id""";
    }

    private VersionRow version(ResultSet rs) throws SQLException {
        List<VersionFile> files = new ArrayList<>();
        for (JsonNode f : json.readTree(rs.getString("files"))) {
            files.add(new VersionFile(f.path("fileId").asLong(), f.path("role").asString(""),
                    f.path("caption").isNull() ? null : f.path("caption").asString(null),
                    f.path("thumbnailId").isNull() || f.path("thumbnailId").isMissingNode() ? null
                            : f.path("thumbnailId").asLong(),
                    f.path("filename").asString("")));
        }
        return new VersionRow(rs.getInt("number"), SubmissionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body_html"), rs.getString("author"), rs.getString("contact"),
                rs.getString("note"), files, SubmissionRepository.instant(rs, "submitted_at"));
    }

    private static String select() {
        return """
                select s.id, s.unit_id, s.kind, s.status, s.title, s.reviewer_unit_id, s.submitted_version,
                       coalesce(s.last_submitted_at, s.updated_at) as at, s.adopted_level
                  from publicity_submission s""";
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("unit_id"), null, SubmissionKind.valueOf(rs.getString("kind")),
                SubmissionStatus.valueOf(rs.getString("status")), rs.getString("title"),
                rs.getObject("reviewer_unit_id", Long.class), null, rs.getInt("submitted_version"),
                SubmissionRepository.instant(rs, "at"), rs.getString("adopted_level"));
    }

    private List<Row> named(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.unitId());
            if (r.reviewerUnitId() != null) {
                ids.add(r.reviewerUnitId());
            }
        });
        Map<Long, UnitRef> names = units.findAll(ids);
        return rows.stream().map(r -> new Row(r.id(), r.unitId(), name(names, r.unitId()), r.kind(), r.status(),
                r.title(), r.reviewerUnitId(), r.reviewerUnitId() == null ? null : name(names, r.reviewerUnitId()),
                r.submittedVersion(), r.at(), r.adoptedLevel())).toList();
    }

    private static String name(Map<Long, UnitRef> names, long id) {
        UnitRef unit = names.get(id);
        return unit == null ? "" : unit.name();
    }

    /** The unit's own submissions, and its subtree's once submitted (drafts stay with their unit). */
    private Conditions conditions(Actor actor, SubmissionFilter filter) {
        Map<String, Object> params = new HashMap<>();
        if (!Submission.mayRead(actor)) {
            return new Conditions("false", params);
        }
        StringBuilder sql = new StringBuilder(
                "(s.unit_id = :own or (s.unit_path like :scope || '%' and s.submitted_version > 0))");
        params.put("own", actor.unitId());
        params.put("scope", actor.scopePath());
        if (filter.unitId() != null) {
            UnitRef unit = units.find(filter.unitId()).filter(u -> actor.covers(u.path()))
                    .orElseThrow(() -> BusinessException.notFound("publicity.submission.unitNotFound"));
            sql.append(" and s.unit_path like :unitPath || '%'");
            params.put("unitPath", unit.path());
        }
        if (filter.status() != null) {
            sql.append(" and s.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            sql.append(" and s.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            sql.append(" and coalesce(s.last_submitted_at, s.updated_at) >= :from");
            params.put("from", Timestamp.from(filter.from().atStartOfDay(clock.getZone()).toInstant()));
        }
        if (filter.to() != null) {
            sql.append(" and coalesce(s.last_submitted_at, s.updated_at) < :to");
            params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        return new Conditions(sql.toString(), params);
    }

    private record Conditions(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            params.forEach(spec::param);
            return spec;
        }
    }
}
