package org.luoshi.publicity.internal.people;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.luoshi.shared.error.BusinessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 典型人物 on the public portal: a person's page exists only while it is published with consent; otherwise it is
 * not found (404), the same as a person who never existed. What they appear in is shown only as published articles.
 */
@Service
@Transactional(readOnly = true)
public class PortalPeople {

    /** A published article made from a submission the person is linked to. */
    public record Appearance(long articleId, String title, String column, Instant publishAt) {
    }

    private final PersonRepository people;
    private final JdbcClient jdbc;
    private final Clock clock;

    PortalPeople(PersonRepository people, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ExemplaryPerson published(long id) {
        return people.find(id).filter(ExemplaryPerson::isPublic)
                .orElseThrow(() -> BusinessException.notFound("publicity.person.notFound"));
    }

    public List<Appearance> appearances(long id) {
        return jdbc.sql("""
                select a.id, a.title, a.column_code, a.publish_at
                  from publicity_person_submission l join publicity_article a on a.submission_id = l.submission_id
                 where l.person_id = ? and a.withdrawn_at is null and a.publish_at <= ?
                 order by a.publish_at desc, a.id desc limit 50
                """).param(id).param(Timestamp.from(clock.instant()))
                .query((rs, n) -> new Appearance(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}
