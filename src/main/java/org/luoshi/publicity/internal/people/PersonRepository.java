package org.luoshi.publicity.internal.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.text.RichText;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 典型人物库 in SQL: people, their search words (written with the row), and the submissions they appear in. */
@Repository
public class PersonRepository {

    private static final String COLUMNS = """
            p.id, p.unit_id, p.unit_path, p.member_id, p.name, p.post, p.story_html, p.photo_file_id,
            p.consent_method, p.consent_note, p.consent_at, p.consent_by, p.published_at, p.version""";

    /** A line of the list. */
    public record Row(long id, String name, String post, long unitId, String unitName, Long memberId,
            boolean consented, Instant publishedAt, String snippetSource) {
    }

    /** A submission the person appears in. */
    public record Linked(long submissionId, String title, String kind, String status, String unitName,
            Instant linkedAt) {
    }

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExemplaryPerson> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from publicity_person p where p.id = ?").param(id)
                .query(PersonRepository::person).optional();
    }

    long insert(long unitId, String unitPath, SavePerson p, long by, Instant at) {
        return jdbc.sql("""
                insert into publicity_person (unit_id, unit_path, member_id, name, post, story_html, search,
                                              created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, cast(? as tsvector), ?, ?, ?) returning id
                """).param(unitId).param(unitPath).param(p.memberId()).param(p.name()).param(p.post())
                .param(p.storyHtml()).param(words(p.name(), p.post(), p.storyHtml())).param(by)
                .param(Timestamp.from(at)).param(Timestamp.from(at)).query(Long.class).single();
    }

    void revise(ExemplaryPerson person, SavePerson p, int expectedVersion, Instant at) {
        int changed = jdbc.sql("""
                update publicity_person set member_id = ?, name = ?, post = ?, story_html = ?,
                       search = cast(? as tsvector), updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(p.memberId()).param(p.name()).param(p.post()).param(p.storyHtml())
                .param(words(p.name(), p.post(), p.storyHtml())).param(Timestamp.from(at)).param(person.id())
                .param(expectedVersion).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("publicity_person " + person.id());
        }
    }

    /** Writes consent and publication as the aggregate now has them. */
    void saveState(ExemplaryPerson p, int expectedVersion, Instant at) {
        Consent c = p.consent();
        int changed = jdbc.sql("""
                update publicity_person set consent_method = ?, consent_note = ?, consent_at = ?, consent_by = ?,
                       published_at = ?, updated_at = ?, version = version + 1
                 where id = ? and version = ?
                """).param(c == null ? null : c.method().name()).param(c == null ? null : c.note())
                .param(c == null ? null : Timestamp.from(c.recordedAt())).param(c == null ? null : c.recordedBy())
                .param(p.publishedAt() == null ? null : Timestamp.from(p.publishedAt())).param(Timestamp.from(at))
                .param(p.id()).param(expectedVersion).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("publicity_person " + p.id());
        }
    }

    void photo(long id, long fileId, Instant at) {
        jdbc.sql("update publicity_person set photo_file_id = ?, updated_at = ?, version = version + 1 where id = ?")
                .param(fileId).param(Timestamp.from(at)).param(id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from publicity_person where id = ?").param(id).update();
    }

    /**
     * The people of a subtree (optionally one unit's subtree), by name; with {@code tsquery} only those whose name or
     * story hold the words, best matches first.
     */
    public Page<Row> list(String scope, String tsquery, PageQuery paging) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, tsquery, params);
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        params.put("size", paging.size());
        params.put("offset", paging.offset());
        return Page.of(rows(where, tsquery, " limit :size offset :offset", params), total, paging);
    }

    /** Every person the list shows for this scope and search, in its order: what 导出 Excel writes. */
    public List<Row> all(String scope, String tsquery) {
        Map<String, Object> params = new HashMap<>();
        return rows(where(scope, tsquery, params), tsquery, "", params);
    }

    private static String where(String scope, String tsquery, Map<String, Object> params) {
        params.put("scope", scope);
        String match = "";
        if (tsquery != null && !tsquery.isEmpty()) {
            params.put("q", tsquery);
            match = " and p.search @@ cast(:q as tsquery)";
        }
        return " from publicity_person p join unit u on u.id = p.unit_id where p.unit_path like :scope || '%'"
                + match;
    }

    private List<Row> rows(String where, String tsquery, String limit, Map<String, Object> params) {
        String order = tsquery != null && !tsquery.isEmpty()
                ? "ts_rank_cd(p.search, cast(:q as tsquery)) desc, p.name, p.id" : "p.name, p.id";
        return jdbc.sql("select p.id, p.name, p.post, p.unit_id, u.name as unit_name, p.member_id,"
                + " p.consent_method is not null as consented, p.published_at, p.story_html" + where
                + " order by " + order + limit).params(params)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getString("post"),
                        rs.getLong("unit_id"), rs.getString("unit_name"), (Long) rs.getObject("member_id"),
                        rs.getBoolean("consented"), instant(rs, "published_at"),
                        RichText.plain(rs.getString("story_html"))))
                .list();
    }

    /** The submissions linked to a person that {@code scope} may see (a draft only by its own unit). */
    public List<Linked> linked(long personId, String scope, long ownUnit) {
        return jdbc.sql("""
                select s.id, s.title, s.kind, s.status, u.name as unit_name, l.linked_at
                  from publicity_person_submission l
                  join publicity_submission s on s.id = l.submission_id
                  join unit u on u.id = s.unit_id
                 where l.person_id = ? and s.unit_path like ? || '%' and (s.unit_id = ? or s.submitted_version > 0)
                 order by l.linked_at desc, s.id desc
                """).param(personId).param(scope).param(ownUnit)
                .query((rs, n) -> new Linked(rs.getLong("id"), rs.getString("title"), rs.getString("kind"),
                        rs.getString("status"), rs.getString("unit_name"), instant(rs, "linked_at")))
                .list();
    }

    /** The title of a submission the actor may see, if it exists and they may. */
    Optional<String> visibleSubmission(long submissionId, String scope, long ownUnit) {
        return jdbc.sql("""
                select title from publicity_submission
                 where id = ? and unit_path like ? || '%' and (unit_id = ? or submitted_version > 0)
                """).param(submissionId).param(scope).param(ownUnit).query(String.class).optional();
    }

    boolean link(long personId, long submissionId, long by, Instant at) {
        return jdbc.sql("""
                insert into publicity_person_submission (person_id, submission_id, linked_by, linked_at)
                values (?, ?, ?, ?) on conflict do nothing
                """).param(personId).param(submissionId).param(by).param(Timestamp.from(at)).update() > 0;
    }

    boolean unlink(long personId, long submissionId) {
        return jdbc.sql("delete from publicity_person_submission where person_id = ? and submission_id = ?")
                .param(personId).param(submissionId).update() > 0;
    }

    /** The people linked to a submission (for its page), within {@code scope}. */
    public List<ExemplaryPerson> ofSubmission(long submissionId, String scope) {
        return jdbc.sql("select " + COLUMNS + """
                 from publicity_person p join publicity_person_submission l on l.person_id = p.id
                 where l.submission_id = ? and p.unit_path like ? || '%' order by p.name, p.id
                """).param(submissionId).param(scope).query(PersonRepository::person).list();
    }

    static String words(String name, String post, String storyHtml) {
        return ChineseText.tsvector(name + " " + (post == null ? "" : post), RichText.plain(storyHtml));
    }

    private static ExemplaryPerson person(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("consent_method");
        Consent consent = method == null ? null : new Consent(ConsentMethod.valueOf(method),
                rs.getString("consent_note"), rs.getLong("consent_by"), instant(rs, "consent_at"));
        return new ExemplaryPerson(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                (Long) rs.getObject("member_id"), rs.getString("name"), rs.getString("post"),
                rs.getString("story_html"), (Long) rs.getObject("photo_file_id"), consent,
                instant(rs, "published_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
