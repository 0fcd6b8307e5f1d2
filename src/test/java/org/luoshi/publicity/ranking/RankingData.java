package org.luoshi.publicity.ranking;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Submissions and decisions written straight into the V104 tables, as the review workflow leaves them: the ranking
 * reads nothing else. Times are given as wall-clock times in China, where the period's days begin.
 */
public final class RankingData {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final JdbcClient jdbc;

    public RankingData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String path(long unitId) {
        return jdbc.sql("select path from unit where id = ?").param(unitId).query(String.class).single();
    }

    /** A submission of the unit first submitted at {@code at} (China time); null: a draft never submitted. */
    public long submission(long unitId, LocalDateTime at) {
        OffsetDateTime when = at == null ? null : at.atZone(CHINA).toOffsetDateTime();
        return jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, submitted_version,
                        first_submitted_at, last_submitted_at, created_at, updated_at)
                values (:unit, :path, 'NEWS', :status, :title, :version, :at, :at, now(), now())
                returning id
                """)
                .param("unit", unitId).param("path", path(unitId))
                .param("status", at == null ? "DRAFT" : "IN_REVIEW")
                .param("title", "排名测试报送" + System.nanoTime())
                .param("version", at == null ? 0 : 1)
                .param("at", when)
                .query(Long.class).single();
    }

    /** A decision on the submission by {@code deciderId} at its level, live unless {@code withdrawn}. */
    public long decide(long submissionId, long deciderId, String level, String decision, LocalDateTime at,
            boolean withdrawn) {
        OffsetDateTime when = at.atZone(CHINA).toOffsetDateTime();
        return jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                        unit_path, level, version_number, decision, comment, decided_at, withdrawn_at)
                select s.id, s.unit_id, s.unit_path, u.id, u.path, :level, 1, :decision, :comment, :at, :withdrawn
                  from publicity_submission s, unit u
                 where s.id = :submission and u.id = :decider
                returning id
                """)
                .param("submission", submissionId).param("decider", deciderId).param("level", level)
                .param("decision", decision)
                .param("comment", decision.equals("RETURNED") || decision.equals("NOT_ADOPTED") ? "理由" : null)
                .param("at", when).param("withdrawn", withdrawn ? when.plusHours(1) : null)
                .query(Long.class).single();
    }

    public long decide(long submissionId, long deciderId, String level, String decision, LocalDateTime at) {
        return decide(submissionId, deciderId, level, decision, at, false);
    }
}
