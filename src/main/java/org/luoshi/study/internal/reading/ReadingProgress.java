package org.luoshi.study.internal.reading;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.study.ReadingEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 阅读进度: the server judges each report of the reader page. It adds the visible time reported, capped by the real
 * time since the member's previous report on the section ({@link DwellRule}), and marks the section read once that
 * time reaches what its length requires and its end has been seen. The member's reading of the whole material
 * (material_reader) moves in the same short transaction: when a section is first opened and when one is first read.
 * <p>
 * One statement per report finds the section (published to the reader?) and upserts the reading: the row lock it
 * takes on (member, section) orders two reports of the same reading, the arithmetic is done on the locked row, so
 * none is lost. Only the report that finishes a section (once) and the
 * opening one touch material_reader, always after reading_progress: one lock order, no deadlock.
 */
@Service
public class ReadingProgress {

    /** How a report left the section. */
    public record Outcome(long sectionId, long dwellMs, long requiredMs, boolean read, boolean newlyRead) {
    }

    /** A section with what the judge needs of its material. */
    record Target(long sectionId, long materialId, int ordinal, int charCount, int sectionCount) {
    }

    private final JdbcClient jdbc;
    private final ReadingProperties properties;
    private final DwellRule rule;
    private final Clock clock;

    /** Public for bench/ReadingBench.java, which drives this very write path at national scale. */
    public ReadingProgress(JdbcClient jdbc, ReadingProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.rule = properties.rule();
        this.clock = clock;
    }

    public DwellRule rule() {
        return rule;
    }

    /** Refuses, naming the field, a report that no honest reader page sends. */
    public void check(ReadingEvent event) {
        if (event.dwellMs() != null && event.dwellMs() < 0) {
            throw BusinessException.invalid("dwellMs", "study.reading.event.dwellNegative");
        }
        long max = properties.maxEventDwell().toMillis();
        if (event.dwellMs() != null && event.dwellMs() > max) {
            throw BusinessException.invalid("dwellMs", "study.reading.event.dwellTooLarge", max / 60_000);
        }
        if (event.at() == null) {
            throw BusinessException.invalid("at", "study.reading.event.atRequired");
        }
        if (event.at().isAfter(clock.instant().plus(properties.clockSkew()))) {
            throw BusinessException.invalid("at", "study.reading.event.future");
        }
    }

    /**
     * Judges a report of the reader page on a section; a section not published to the reader is "not found",
     * as a sibling unit's would be.
     */
    @Transactional
    public Outcome report(Reader reader, long sectionId, ReadingEvent event) {
        check(event);
        Instant now = clock.instant();
        long reported = event.dwellMs() == null ? 0 : event.dwellMs();
        boolean end = Boolean.TRUE.equals(event.endReached());
        Written written = upsert(reader, sectionId, reported, now)
                .orElseThrow(() -> BusinessException.notFound("study.reading.section.notFound"));
        Target target = written.target();
        long required = rule.requiredMillis(target.charCount());
        boolean newlyRead = written.finishedAt() == null && rule.isRead(written.dwellMs(), end, target.charCount())
                && markRead(reader, target, now);
        if (written.inserted() || newlyRead || reported == 0) {
            follow(reader, target, newlyRead ? 1 : 0, LocalDate.ofInstant(now, clock.getZone()));
        }
        return new Outcome(target.sectionId(), written.dwellMs(), required, written.finishedAt() != null || newlyRead,
                newlyRead);
    }

    private record Written(Target target, boolean inserted, long dwellMs, Instant finishedAt) {
    }

    /**
     * In one statement: the section, if published to the reader's unit or one above it, and the reading's upsert.
     * The first report opens the reading and brings only the slack (there is no earlier report to measure the time
     * against); each later one brings up to the real time since the previous report, plus the slack.
     */
    private Optional<Written> upsert(Reader reader, long sectionId, long reported, Instant now) {
        return jdbc.sql("""
                with target as (
                    select s.id, s.material_id, s.ordinal, s.char_count, m.section_count
                      from study_section s join study_material m on m.id = s.material_id
                     where s.id = :section and m.status = 'PUBLISHED'
                       and left(cast(:path as varchar), length(m.unit_path)) = m.unit_path),
                written as (
                    insert into reading_progress as rp (member_id, section_id, material_id, dwell_ms, first_at, last_at)
                    select :member, t.id, t.material_id, :opening, :now, :now from target t
                    on conflict (member_id, section_id) do update set
                        dwell_ms = least(2147483647, rp.dwell_ms + least(:reported,
                            greatest(0, floor(extract(epoch from (cast(:now as timestamptz) - rp.last_at)) * 1000))
                            + :slack)),
                        last_at = greatest(rp.last_at, :now)
                    returning (xmax = 0) as inserted, dwell_ms, finished_at)
                select t.id, t.material_id, t.ordinal, t.char_count, t.section_count, w.inserted, w.dwell_ms,
                       w.finished_at
                  from target t cross join written w
                """).param("section", sectionId).param("path", reader.unitPath())
                .param("member", reader.memberId()).param("opening", rule.countedMillis(reported, null))
                .param("now", Timestamp.from(now)).param("reported", reported).param("slack", rule.slackMillis())
                .query((rs, i) -> new Written(new Target(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)), rs.getBoolean(6), rs.getLong(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .optional();
    }

    /** Under the row lock the upsert holds: only one report ever turns finished_at from null. */
    private boolean markRead(Reader reader, Target target, Instant now) {
        return jdbc.sql("""
                update reading_progress set finished_at = ?
                 where member_id = ? and section_id = ? and finished_at is null
                """).params(Timestamp.from(now), reader.memberId(), target.sectionId()).update() == 1;
    }

    private void follow(Reader reader, Target target, int read, LocalDate today) {
        jdbc.sql("""
                insert into material_reader as mr (material_id, member_id, unit_id, unit_path, sections_read,
                                                   last_section, started_on, finished_on)
                values (:material, :member, :unit, :path, :read, :ordinal, :today,
                        case when :read >= :count then cast(:today as date) end)
                on conflict (material_id, member_id) do update set
                    unit_id = excluded.unit_id,
                    unit_path = excluded.unit_path,
                    sections_read = least(mr.sections_read + :read, :count),
                    last_section = excluded.last_section,
                    finished_on = coalesce(mr.finished_on,
                        case when mr.sections_read + :read >= :count then cast(:today as date) end)
                """).param("material", target.materialId()).param("member", reader.memberId())
                .param("unit", reader.unitId()).param("path", reader.unitPath()).param("read", read)
                .param("ordinal", target.ordinal()).param("today", today).param("count", target.sectionCount())
                .update();
    }

}
