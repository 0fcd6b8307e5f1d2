package org.luoshi.publicity.briefing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A tree of its own for briefing tests: 甲省 with a county that submits, 乙省 beside it; editors at 甲省, 乙省 and the
 * county, a leader at the root. Submissions and decisions are written straight into the V104 tables, as the review
 * workflow would leave them.
 */
class BriefingWorld {

    final Fixtures.Tree tree;
    final String editorA;
    final String editorB;
    final String countyEditor;
    final String memberA;
    final String tag = "B" + System.nanoTime() % 1_000_000L;

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    BriefingWorld(Fixtures fixtures, JdbcClient jdbc, MockMvc mvc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        tree = fixtures.tree();
        editorA = fixtures.account("bea", tree.provinceA(), Role.EDITOR);
        editorB = fixtures.account("beb", tree.provinceB(), Role.EDITOR);
        countyEditor = fixtures.account("bec", tree.countyA(), Role.EDITOR);
        memberA = fixtures.account("bem", tree.provinceA(), Role.MEMBER);
    }

    static LocalDate today() {
        return LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
    }

    /** A closed submission of {@code unitId} (version 1) with a decision by {@code decidingUnit}. */
    long submission(long unitId, String kind, String title, String decision, long decidingUnit, boolean withdrawn) {
        Instant now = TestClock.INSTANCE.instant();
        long id = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html, submitted_version,
                                                  first_submitted_at, last_submitted_at, created_at, updated_at)
                select id, path, ?, 'CLOSED', ?, ?, 1, ?, ?, ?, ? from unit where id = ? returning id
                """).param(kind).param(title).param("<p>现在的正文" + tag + "</p>").param(Timestamp.from(now))
                .param(Timestamp.from(now)).param(Timestamp.from(now)).param(Timestamp.from(now)).param(unitId)
                .query(Long.class).single();
        jdbc.sql("""
                insert into publicity_submission_version (submission_id, number, kind, title, body_html, submitted_at)
                values (?, 1, ?, ?, ?, ?)
                """).param(id).param(kind).param(title)
                .param("<p>第一段" + tag + "</p><p>第二段<script>alert(1)</script></p>").param(Timestamp.from(now))
                .update();
        jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                    unit_path, level, version_number, decision, decided_at, withdrawn_at)
                select ?, s.id, s.path, d.id, d.path, d.type, 1, ?, ?, ?::timestamptz from unit s, unit d where s.id = ? and d.id = ?
                """).param(id).param(decision).param(Timestamp.from(now))
                .param(withdrawn ? Timestamp.from(now) : null).param(unitId).param(decidingUnit).update();
        return id;
    }

    /** Adopted by 甲省 from its county. */
    long adoptedByA(String title) {
        return submission(tree.countyA(), "CASE", title, "ADOPTED", tree.provinceA(), false);
    }

    String compile(int year, Integer number, String extra) {
        return """
                {"year":%d,"number":%s,"title":"工作简报","issuerName":"甲省老科协办公室%s","issueDate":"%s",
                 "editorNote":"编者按第一行%s\\n第二行","reportTo":"中国老科协","sendTo":"","issueTo":"各市老科协"%s}
                """.formatted(year, number, tag, today(), tag, extra);
    }

    MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(fixtures.as(user)).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletResponse postJson(String user, String url, String json) throws Exception {
        return send(user, post(url).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    MockHttpServletResponse putJson(String user, String url, String json) throws Exception {
        return send(user, put(url).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long create(String user, int year, Integer number) throws Exception {
        MockHttpServletResponse response = postJson(user, "/api/v1/publicity/briefings", compile(year, number, ""));
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return id(response, "$.id");
    }

    void pick(String user, long briefing, List<Long> submissions) throws Exception {
        MockHttpServletResponse response = postJson(user, "/api/v1/publicity/briefings/" + briefing + "/picks",
                "{\"submissionIds\":" + submissions + "}");
        if (response.getStatus() != 200) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
    }

    static long id(MockHttpServletResponse response, String path) throws Exception {
        return ((Number) JsonPath.read(response.getContentAsString(), path)).longValue();
    }
}
