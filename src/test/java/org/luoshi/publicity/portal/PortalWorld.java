package org.luoshi.publicity.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.TestClock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tree of its own for portal tests: two provinces with a county each, an editor in each province and in county A,
 * and helpers that write submissions and decisions straight into the tables, as the review would have left them.
 */
class PortalWorld {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89, 0, 0, 0, 0x0A, 'I', 'D',
            'A', 'T', 0x78, (byte) 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, (byte) 0xB4, 0, 0, 0, 0, 'I',
            'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    final Fixtures.Tree tree;
    final String tag = "P" + System.nanoTime() % 1_000_000_000L;
    final String editorA;
    final String editorB;
    final String countyEditorA;
    final String memberA;

    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    PortalWorld(Fixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        tree = fixtures.tree();
        editorA = fixtures.account("pea", tree.provinceA(), Role.EDITOR);
        editorB = fixtures.account("peb", tree.provinceB(), Role.EDITOR);
        countyEditorA = fixtures.account("pca", tree.countyA(), Role.EDITOR);
        memberA = fixtures.account("pma", tree.provinceA(), Role.MEMBER);
    }

    Actor actor(String username) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.unit_id, a.unit_path,
                       (select string_agg(role, ',') from account_role r where r.account_id = a.id) as roles
                  from account a where a.username = ?
                """).param(username).query((rs, row) -> new Actor(rs.getLong("id"), rs.getString("username"),
                rs.getString("display_name"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getString("roles") == null ? Set.of() : Set.of(rs.getString("roles").split(",")).stream()
                        .map(Role::valueOf).collect(java.util.stream.Collectors.toSet())))
                .single();
    }

    /** A submission of {@code unitId}, submitted to its parent, with one photo (captioned) in it. */
    long submission(long unitId, String title) {
        Instant now = TestClock.INSTANCE.instant();
        long id = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html, author,
                    submitted_version, first_submitted_at, last_submitted_at, created_at, updated_at)
                select id, path, 'CASE', 'CLOSED', ?, ?, '张三', 1, ?, ?, ?, ? from unit where id = ?
                returning id
                """).param(title).param("<p>" + title + "的正文：老科协助力乡村振兴。</p>")
                .param(Timestamp.from(now)).param(Timestamp.from(now)).param(Timestamp.from(now))
                .param(Timestamp.from(now)).param(unitId).query(Long.class).single();
        long file = jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content)
                values ('photo.png', 'image/png', ?, '\\x00', ?) returning id
                """).param(PNG.length).param(PNG).query(Long.class).single();
        jdbc.sql("""
                insert into publicity_submission_file (submission_id, file_id, role, caption, ordinal)
                values (?, ?, 'PHOTO', '现场照片' || ?, 0)
                """).param(id).param(file).param(tag).update();
        return id;
    }

    long photo(long submissionId) {
        return jdbc.sql("select file_id from publicity_submission_file where submission_id = ?").param(submissionId)
                .query(Long.class).single();
    }

    /** {@code unitId} decided on the submission (ADOPTED, RECOMMENDED …). */
    long decide(long submissionId, long unitId, String decision) {
        return jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                    unit_path, level, version_number, decision, decided_at)
                select s.id, s.unit_id, s.unit_path, u.id, u.path, u.type, 1, ?, ? from publicity_submission s,
                       unit u where s.id = ? and u.id = ?
                returning id
                """).param(decision).param(Timestamp.from(TestClock.INSTANCE.instant())).param(submissionId)
                .param(unitId).query(Long.class).single();
    }

    void withdrawDecision(long decisionId) {
        jdbc.sql("update publicity_decision set withdrawn_at = ? where id = ?")
                .param(Timestamp.from(TestClock.INSTANCE.instant())).param(decisionId).update();
    }
}
