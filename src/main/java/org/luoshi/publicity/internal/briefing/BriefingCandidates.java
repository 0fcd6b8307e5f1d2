package org.luoshi.publicity.internal.briefing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 可选稿件: the submissions a unit adopted (本级采用 or 采用并推荐, not withdrawn), as the adopted version has them:
 * what a briefing of that unit may print. Read from the decisions, so another level's adoption never shows here.
 */
@Component
public class BriefingCandidates {

    /** An adopted submission; {@code briefed}: already in another briefing of the unit. */
    public record Adopted(long submissionId, SubmissionKind kind, String title, String bodyHtml, long unitId,
            String unitName, Instant adoptedAt, boolean briefed) {
    }

    private static final String FROM = """
              from publicity_decision d
              join publicity_submission s on s.id = d.submission_id
              join publicity_submission_version v on v.submission_id = d.submission_id and v.number = d.version_number
             where d.unit_id = :unit and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED') and d.withdrawn_at is null
            """;

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Clock clock;

    BriefingCandidates(JdbcClient jdbc, UnitDirectory units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** The unit's adoptions matching the filter, newest first, leaving out those already in {@code briefingId}. */
    public Page<Adopted> list(long unitId, long briefingId, AdoptedFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder("""
                   and not exists (select 1 from publicity_briefing_item i where i.briefing_id = :briefing
                                                                           and i.submission_id = s.id)
                """);
        Map<String, Object> params = new java.util.HashMap<>(Map.of("unit", unitId, "briefing", briefingId));
        if (filter.kind() != null) {
            where.append(" and s.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.from() != null) {
            where.append(" and d.decided_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and d.decided_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and v.title ilike :q escape '\\'");
            params.put("q", "%" + filter.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%");
        }
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        List<Adopted> rows = jdbc.sql("""
                select s.id, s.kind, v.title, v.body_html, s.unit_id, d.decided_at,
                       exists (select 1 from publicity_briefing_item i join publicity_briefing b on b.id = i.briefing_id
                                where i.submission_id = s.id and b.unit_id = :unit) as briefed
                """ + FROM + where + " order by d.decided_at desc, d.id desc limit :limit offset :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Adopted(rs.getLong(1), SubmissionKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), null, rs.getTimestamp(6).toInstant(), rs.getBoolean(7)))
                .list();
        return Page.of(named(rows), total, page);
    }

    /** These submissions, where the unit adopted them; those it did not are missing. */
    public List<Adopted> find(long unitId, List<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        List<Adopted> rows = jdbc.sql("""
                select distinct on (s.id) s.id, s.kind, v.title, v.body_html, s.unit_id, d.decided_at
                """ + FROM + " and s.id = any(:ids) order by s.id, d.decided_at desc")
                .param("unit", unitId).param("ids", submissionIds.toArray(Long[]::new))
                .query((rs, i) -> new Adopted(rs.getLong(1), SubmissionKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), null, rs.getTimestamp(6).toInstant(), false))
                .list();
        List<Adopted> named = named(rows);
        // in the order the editors picked them
        List<Adopted> ordered = new ArrayList<>();
        for (Long id : submissionIds) {
            named.stream().filter(a -> a.submissionId() == id).findFirst().filter(a -> !ordered.contains(a))
                    .ifPresent(ordered::add);
        }
        return ordered;
    }

    /** Whether the unit's adoption of the submission stands (it was not withdrawn since). */
    public boolean stillAdopted(long unitId, long submissionId) {
        return !find(unitId, List.of(submissionId)).isEmpty();
    }

    private List<Adopted> named(List<Adopted> rows) {
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(Adopted::unitId).distinct().toList());
        return rows.stream().map(a -> new Adopted(a.submissionId(), a.kind(), a.title(), a.bodyHtml(), a.unitId(),
                Optional.ofNullable(names.get(a.unitId())).map(UnitRef::name).orElse(""), a.adoptedAt(), a.briefed()))
                .toList();
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
