package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Nobody sees a sibling's data", for every operation of the API as /v3/api-docs describes it, today's and those
 * added later. 北京's administrators (a unit administrator, and a system administrator placed at 北京) call each
 * operation with every path variable, and every parameter or body
 * field that names a unit, plan, item or measure, pointing at 浙江's objects (a member, units, a contact, an
 * account, a plan issued to 浙江 with its assignments, item, measure, report, files, a notification, a token, a
 * member import, audit rows). An answer fails the test when it is a 2xx that
 * <ul>
 * <li>shows any of 浙江's data: every 浙江 fixture carries one marker, searched in the body (and inside xlsx/docx);
 * <li>reads one of 浙江's objects by its id (a path variable), whatever the body;
 * <li>changes anything while naming one of 浙江's objects.
 * </ul>
 * The caller's own operations (/api/v1/me, its own notifications, drafting its own plan) are 2xx and pass because
 * they show nothing of 浙江's: no list of exceptions. A path variable with no 浙江 fixture fails the test, so a
 * new kind of object gets its fixture the day its endpoint is added. As a control, 浙江's own administrator reads
 * the same objects by id (2xx), so the ids are known to be right.
 */
@IntegrationTest
class SiblingScopeSpecIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String PROBE_TEXT = "北京探针";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    private final String marker = "zjleak" + System.nanoTime() % 1_000_000_000L;
    /** 浙江's objects by the path segment that names their kind (members/{id}, items/{itemId} …). */
    private final Map<String, Long> zhejiang = new HashMap<>();
    private String zhejiangCode;
    private String zhejiangAdmin;
    private String zhejiangIdNumber;
    private int idSequence;

    @Test
    void aSiblingUnitsAdministratorNeitherReadsNorChangesAnotherSubtreeThroughAnyOperation() throws Exception {
        long root = fixtures.root();
        long beijing = fixtures.unit(root, "北京市老科协" + System.nanoTime(), "PROVINCIAL");
        fixtures.unit(beijing, "东城区老科协", "COUNTY");
        // 北京's unit administrator, and a system administrator placed at 北京: every role stops at its unit's subtree
        List<String> beijingAdmins = List.of(fixtures.account("bjadm", beijing, Role.UNIT_ADMIN),
                fixtures.account("bjsys", beijing, Role.SYSTEM_ADMIN));
        createZhejiang(root);

        List<Operation> operations = operations(spec(beijingAdmins.get(0)));
        assertThat(operations).hasSizeGreaterThan(60);

        List<String> controlMisses = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.method() == HttpMethod.GET && operation.path().contains("{")) {
                Call call = call(operation);
                if (!call.unfilled().isEmpty()) {
                    continue;
                }
                int status = mvc.perform(call.request().with(fixtures.as(zhejiangAdmin))).andReturn().getResponse()
                        .getStatus();
                if (status / 100 != 2) {
                    controlMisses.add(operation + " → " + status);
                }
            }
        }
        assertThat(controlMisses).as("浙江's administrator reads its own objects by these ids").isEmpty();

        List<String> leaks = new ArrayList<>();
        for (String beijingAdmin : beijingAdmins) {
            walk(operations, beijingAdmin, leaks);
        }
        assertThat(leaks).as("operations that let 北京 read or change 浙江's data").isEmpty();
    }

    private void walk(List<Operation> operations, String beijingAdmin, List<String> leaks) throws Exception {
        for (Operation operation : operations) {
            Call call = call(operation);
            if (!call.unfilled().isEmpty()) {
                leaks.add(operation + ": no 浙江 fixture for " + call.unfilled() + ", add one to this test");
                continue;
            }
            MockHttpServletResponse response = mvc.perform(call.request().with(fixtures.as(beijingAdmin))
                    .with(csrf())).andReturn().getResponse();
            String leak = judge(operation, call, response);
            if (leak != null) {
                leaks.add(beijingAdmin + ": " + operation + " → " + response.getStatus() + ": " + leak);
            }
        }
    }

    /** Why the answer is a leak, or null. */
    private String judge(Operation operation, Call call, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() / 100 != 2) {
            return null;
        }
        if (text(response).contains(marker)) {
            return "shows 浙江's data";
        }
        if (call.pathNamesZhejiang() && operation.method() == HttpMethod.GET) {
            return "reads a 浙江 object by its id";
        }
        if (call.namesZhejiang() && operation.method() != HttpMethod.GET) {
            return "changes data while naming a 浙江 object";
        }
        return null;
    }

    // ---- 浙江's objects

    private void createZhejiang(long root) throws Exception {
        long province = fixtures.unit(root, "浙江省老科协" + marker, "PROVINCIAL");
        long county = fixtures.unit(province, "西湖区老科协" + marker, "COUNTY");
        zhejiangCode = fixtures.code(county);
        zhejiangAdmin = fixtures.account(marker, province, Role.UNIT_ADMIN);
        String countyAdmin = fixtures.account(marker, county, Role.UNIT_ADMIN);
        zhejiang.put("units", county);
        zhejiang.put("merge-into", province);
        zhejiang.put("accounts", accountId(countyAdmin));

        zhejiangIdNumber = idNumber(1950);
        zhejiang.put("members", idOf(asZhejiang(post("/api/v1/members").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("unitId", county, "name", "浙江会员" + marker,
                        "gender", "M", "birthYear", 1950, "idNumber", zhejiangIdNumber, "phone", "13905710000")))),
                "$.id"));
        zhejiang.put("persons", idOf(asZhejiang(post("/api/v1/units/" + county + "/persons")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("kind", "CONTACT",
                        "name", "联络员" + marker, "phone", "0571-88880000")))), "$.id"));

        PlanFixtures.Plan plan = plans.plan(root, "中央方案" + marker, LocalDate.now(TestClock.INSTANCE).plusDays(30));
        long assignment = plans.assign(plan, province, root, null);
        plans.acknowledge(assignment);
        plans.assign(plan, county, province, assignment);
        long item = plan.itemIds().get(0);
        zhejiang.put("plans", plan.id());
        zhejiang.put("items", item);
        zhejiang.put("assignments", assignment);
        zhejiang.put("measures", idOf(asZhejiang(post("/api/v1/plans/assignments/" + assignment + "/measures")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("itemId", item,
                        "content", "举措" + marker, "responsible", "负责人" + marker)))), "$.id"));
        zhejiang.put("reports", idOf(asZhejiang(multipart("/api/v1/plans/assignments/" + assignment + "/items/"
                + item + "/reports").param("text", "进展" + marker).param("percent", "40")
                .param("measureId", String.valueOf(zhejiang.get("measures")))), "$.id"));
        long group = idOf(asZhejiang(post("/api/v1/study/groups").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("planId", plan.id(),
                        "setUpOn", LocalDate.now(TestClock.INSTANCE).minusDays(1).toString())))), "$.id");
        zhejiang.put("groups", group);
        zhejiang.put("seats", idOf(asZhejiang(post("/api/v1/study/groups/" + group + "/seats")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("role", "HEAD",
                        "name", "组长" + marker, "phone", "13905710001")))), "$.id"));
        asZhejiang(multipart("/api/v1/study/groups/" + group + "/document").file(new MockMultipartFile("document",
                marker + ".pdf", "application/pdf", ("%PDF-1.4 " + marker).getBytes(StandardCharsets.UTF_8))));
        zhejiang.put("evidence", storedFile());
        jdbc.sql("insert into progress_evidence (report_id, file_id) values (?, ?)").param(zhejiang.get("reports"))
                .param(zhejiang.get("evidence")).update();
        zhejiang.put("attachments", storedFile());
        jdbc.sql("insert into plan_attachment (plan_id, file_id) values (?, ?)").param(plan.id())
                .param(zhejiang.get("attachments")).update();
        zhejiang.put("notifications", jdbc.sql("""
                insert into notification (unit_id, unit_path, kind, title, plan_id, assignment_id)
                select id, path, 'MANUAL', ?, ?, ? from unit where id = ? returning id
                """).param("催办" + marker).param(plan.id()).param(assignment).param(province).query(Long.class)
                .single());
        zhejiang.put("tokens", jdbc.sql("""
                insert into api_token (account_id, name, token_hash, prefix) values (?, ?, ?, 'ls_zjzjzjzj')
                returning id
                """).param(accountId(zhejiangAdmin)).param("令牌" + marker)
                .param(marker.getBytes(StandardCharsets.UTF_8)).query(Long.class).single());
        zhejiang.put("import", jdbc.sql("""
                insert into member_import (account_id, scope_path, file_name, row_count, imported_count,
                                           rejected_count, report)
                select ?, path, ?, 1, 0, 1, ? from unit where id = ? returning id
                """).param(accountId(zhejiangAdmin)).param(marker + ".xlsx").param(new byte[] {1}).param(province)
                .query(Long.class).single());
        // a study material of 浙江's own, published to its subtree only, and its first section
        MockHttpServletResponse material = asZhejiang(post("/api/v1/study/materials")
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("title",
                        "浙江材料" + marker, "text", "一、第一节" + marker + "\n正文" + marker))));
        zhejiang.put("materials", idOf(material, "$.material.id"));
        zhejiang.put("sections", idOf(material, "$.sections[0].id"));
        zhejiang.put("reading", zhejiang.get("sections"));
        asZhejiang(post("/api/v1/study/materials/" + zhejiang.get("materials") + "/publish"));
        studySessionAndPlan(province, county, plan.id());
        coverage(province, county, plan.id(), item);
        publicitySubmissions(province, county);
        publicityArticles(province, county);
        publicityRanking(province, county);
        publicityBriefings(province);
        publicitySearchAndPeople(province, county);
        activities(item);
        activityCheckins();
        activityRegistrations(county);
    }

    /**
     * 活动: 浙江's series, a speaker with a photo, an activity of the province linked to the plan item, with a summary
     * and a photo (活动总结; 活动统计 takes the province's units as its {@code unitId}).
     */
    private void activities(long item) throws Exception {
        zhejiang.put("series", idOf(asZhejiang(post("/api/v1/activities/series").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("title", "代表进协会" + marker, "startsOn", "2026-01-01",
                        "endsOn", "2026-12-31")))), "$.series.id"));
        long speaker = idOf(asZhejiang(post("/api/v1/activities/speakers").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", "代表" + marker, "post", "职务" + marker,
                        "congressDelegate", true)))), "$.speaker.id");
        zhejiang.put("speakers", speaker);
        asZhejiang(multipart("/api/v1/activities/speakers/" + speaker + "/photo").file(new MockMultipartFile("file",
                marker + ".png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0,
                        0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4,
                        (byte) 0x89})));
        LocalDate day = LocalDate.now(TestClock.INSTANCE).plusDays(3);
        zhejiang.put("activities", idOf(asZhejiang(post("/api/v1/activities").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("kind", "TALK", "title", "宣讲" + marker,
                        "address", "杭州" + marker, "startsAt", day + "T09:00:00+08:00",
                        "endsAt", day + "T11:00:00+08:00",
                        "seriesId", zhejiang.get("series"), "speakerIds", List.of(speaker), "itemId", item)))),
                "$.id"));
        // 活动总结: its summary and a photo (the /photos/{fileId} paths name 浙江's stored file)
        jdbc.sql("insert into activity_summary (activity_id, summary_html, updated_at) values (?, ?, now())")
                .param(zhejiang.get("activities")).param("<p>总结" + marker + "</p>").update();
        jdbc.sql("insert into activity_photo (activity_id, file_id, caption) values (?, ?, ?)")
                .param(zhejiang.get("activities")).param(zhejiang.get("photos")).param("照片" + marker).update();
    }

    /** 浙江's member checked in to its activity (签到: /checkins/{checkinId}). */
    private void activityCheckins() {
        zhejiang.put("checkins", jdbc.sql("""
                insert into activity_checkin (activity_id, member_id, name, unit_id, method, checked_in_at)
                select ?, id, name, unit_id, 'ROLL_CALL', now() from member where id = ? returning id
                """).param(zhejiang.get("activities")).param(zhejiang.get("members")).query(Long.class).single());
    }

    /** 活动报名: the 浙江 member's registration for 浙江's activity and the county's share of its places. */
    private void activityRegistrations(long county) {
        long activity = zhejiang.get("activities");
        zhejiang.put("registrations", jdbc.sql("""
                insert into activity_registration (activity_id, member_id, status, queued_at, created_at, updated_at)
                values (?, ?, 'REGISTERED', now(), now(), now()) returning id
                """).param(activity).param(zhejiang.get("members")).query(Long.class).single());
        jdbc.sql("""
                insert into activity_place_allocation (activity_id, unit_id, unit_path, places, created_at)
                select ?, id, path, 10, now() from unit where id = ?
                """).param(activity).param(county).update();
    }

    /** 报送稿件: the county's case, submitted to 浙江 province with a photo, as its first version keeps it. */
    private void publicitySubmissions(long province, long county) {
        long submission = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html,
                    reviewer_unit_id, reviewer_unit_path, submitted_version, first_submitted_at, last_submitted_at,
                    created_at, updated_at)
                select c.id, c.path, 'CASE', 'IN_REVIEW', ?, ?, p.id, p.path, 1, now(), now(), now(), now()
                  from unit c, unit p where c.id = ? and p.id = ? returning id
                """).param("典型案例" + marker).param("<p>正文" + marker + "</p>").param(county).param(province)
                .query(Long.class).single();
        // the photo is the file the /files/{fileId} paths name for every module
        long photo = zhejiang.get("files");
        jdbc.sql("""
                insert into publicity_submission_file (submission_id, file_id, role, caption) values (?, ?, 'PHOTO', ?)
                """).param(submission).param(photo).param("照片" + marker).update();
        jdbc.sql("""
                insert into publicity_submission_version (submission_id, number, kind, title, body_html, files,
                                                          submitted_at)
                values (?, 1, 'CASE', ?, ?, ?::jsonb, now())
                """).param(submission).param("典型案例" + marker).param("<p>正文" + marker + "</p>")
                .param("[{\"fileId\":" + photo + ",\"role\":\"PHOTO\",\"caption\":\"照片" + marker + "\"}]")
                .update();
        zhejiang.put("submissions", submission);
        zhejiang.put("versions", 1L);
    }

    /** 浙江's submitted case (found by its search words) and its province's exemplary person (典型人物库). */
    private void publicitySearchAndPeople(long province, long county) throws Exception {
        String title = "典型案例" + marker;
        long submission = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, body_html,
                                                  submitted_version, first_submitted_at, last_submitted_at,
                                                  reviewer_unit_id, reviewer_unit_path, search, created_at,
                                                  updated_at)
                select u.id, u.path, 'CASE', 'IN_REVIEW', ?, '<p>案例</p>', 1, now(), now(), p.id, p.path,
                       cast(? as tsvector), now(), now()
                  from unit u join unit p on p.id = u.parent_id where u.id = ? returning id
                """).param(title).param(org.luoshi.shared.search.ChineseText.tsvector(title, "案例")).param(county)
                .query(Long.class).single();
        zhejiang.putIfAbsent("submissions", submission);
        zhejiang.put("people", idOf(asZhejiang(post("/api/v1/publicity/people").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", "典型" + marker, "post", "工程师",
                        "storyHtml", "<p>事迹" + marker + "</p>")))), "$.person.id"));
    }

    /** 工作简报: a draft briefing of 浙江 with one item. */
    private void publicityBriefings(long province) {
        long briefing = jdbc.sql("""
                insert into publicity_briefing (unit_id, unit_path, year, number, issuer_name, issue_date, status,
                                                created_at, updated_at)
                select id, path, 2026, 1, ?, current_date, 'DRAFT', now(), now() from unit where id = ? returning id
                """).param("浙江简报" + marker).param(province).query(Long.class).single();
        zhejiang.put("briefings", briefing);
        zhejiang.put("briefing-items", jdbc.sql("""
                insert into publicity_briefing_item (briefing_id, ordinal, title, body_html, source_unit)
                values (?, 1, ?, ?, ?) returning id
                """).param(briefing).param("简报稿件" + marker).param("<p>" + marker + "</p>").param("西湖区" + marker)
                .query(Long.class).single());
    }

    /** 浙江's portal article (宣传门户), published by the province; editors' endpoints name it articles/{id}. */
    private void publicityArticles(long province, long county) {
        zhejiang.put("articles", jdbc.sql("""
                insert into publicity_article (unit_id, unit_path, column_code, title, summary, body_html,
                                               publish_at, created_at, updated_at)
                select id, path, 'NEWS', ?, ?, ?, now() + interval '1 day', now(), now() from unit where id = ?
                returning id
                """).param("门户文章" + marker).param("摘要" + marker).param("<p>正文" + marker + "</p>")
                .param(province).query(Long.class).single());
    }

    /** 信息报送排名: the county's submission of this year, adopted and recommended by 浙江 (its name in every ranking). */
    private void publicityRanking(long province, long county) {
        long submission = jdbc.sql("""
                insert into publicity_submission (unit_id, unit_path, kind, status, title, submitted_version,
                        first_submitted_at, last_submitted_at, created_at, updated_at)
                select id, path, 'NEWS', 'CLOSED', ?, 1, now(), now(), now(), now() from unit where id = ? returning id
                """).param("报送" + marker).param(county).query(Long.class).single();
        jdbc.sql("""
                insert into publicity_decision (submission_id, submitter_unit_id, submitter_unit_path, unit_id,
                        unit_path, level, version_number, decision, decided_at)
                select s.id, s.unit_id, s.unit_path, u.id, u.path, 'PROVINCIAL', 1, 'ADOPTED_RECOMMENDED', now()
                  from publicity_submission s, unit u where s.id = ? and u.id = ?
                """).param(submission).param(province).update();
    }

    /** 学习覆盖: 浙江's own material, read by a 浙江 member, and the county's count of it toward the plan item. */
    private void coverage(long province, long county, long planId, long item) {
        long material = jdbc.sql("""
                insert into study_material (unit_id, unit_path, title, status, section_count, char_count,
                                            published_at, created_at, updated_at)
                select id, path, ?, 'PUBLISHED', 1, 10, now(), now(), now() from unit where id = ? returning id
                """).param("浙江材料" + marker).param(province).query(Long.class).single();
        zhejiang.put("coverage", material);
        jdbc.sql("""
                insert into material_reader (material_id, member_id, unit_id, unit_path, sections_read, started_on)
                select ?, id, unit_id, unit_path, 0, current_date from member where id = ?
                """).param(material).param(zhejiang.get("members")).update();
        zhejiang.put("links", jdbc.sql("""
                insert into reading_coverage_link (unit_id, unit_path, material_id, plan_id, item_id, created_at)
                select id, path, ?, ?, ?, now() from unit where id = ? returning id
                """).param(material).param(planId).param(item).param(county).query(Long.class).single());
    }

    /** 浙江's collective study session (with a photo) and its county's study plan with a planned session. */
    private void studySessionAndPlan(long province, long county, long planId) {
        zhejiang.put("sessions", jdbc.sql("""
                insert into study_session (unit_id, unit_path, form, held_on, duration_minutes, topic, created_at,
                                           updated_at)
                select id, path, 'THEMATIC', current_date, 60, ?, now(), now() from unit where id = ? returning id
                """).param("集体学习" + marker).param(province).query(Long.class).single());
        zhejiang.put("photos", storedFile());
        zhejiang.put("files", zhejiang.get("photos"));
        jdbc.sql("insert into study_session_photo (session_id, file_id) values (?, ?)")
                .param(zhejiang.get("sessions")).param(zhejiang.get("photos")).update();
        long studyPlan = jdbc.sql("""
                insert into study_plan (unit_id, unit_path, plan_id, plan_title, topics, created_at, updated_at)
                select id, path, ?, ?, ?, now(), now() from unit where id = ? returning id
                """).param(planId).param("中央方案" + marker).param("专题" + marker).param(county)
                .query(Long.class).single();
        zhejiang.put("planned", jdbc.sql("""
                insert into study_planned_session (study_plan_id, planned_on, form, topic)
                values (?, current_date, 'THEMATIC', ?) returning id
                """).param(studyPlan).param("计划学习" + marker).query(Long.class).single());
    }

    private long storedFile() {
        byte[] content = ("%PDF-1.4 " + marker).getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                insert into stored_file (filename, content_type, size_bytes, sha256, content)
                values (?, 'application/pdf', ?, ?, ?) returning id
                """).param(marker + ".pdf").param(content.length).param(new byte[32]).param(content)
                .query(Long.class).single();
    }

    private MockHttpServletResponse asZhejiang(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(fixtures.as(zhejiangAdmin)).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
        return response;
    }

    private long idOf(MockHttpServletResponse response, String path) throws Exception {
        return ((Number) com.jayway.jsonpath.JsonPath.read(response.getContentAsString(), path)).longValue();
    }

    private long accountId(String username) {
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    /** A valid (made-up) resident ID number of a man of Hangzhou born in {@code year}, unique in this run. */
    private String idNumber(int year) {
        String body = "330106" + year + String.format("%02d%02d", 1 + idSequence / 28 % 12, 1 + idSequence % 28)
                + String.format("%02d", (int) (System.nanoTime() / 1000 % 100)) + "1"; // odd: a man
        idSequence++;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    // ---- the operations of the spec, and a call of each naming 浙江's objects

    record Operation(HttpMethod method, String path, JsonNode definition) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Call(AbstractMockHttpServletRequestBuilder<?> request, List<String> unfilled, boolean pathNamesZhejiang,
            boolean namesZhejiang) {
    }

    private JsonNode spec(String username) throws Exception {
        return json.readTree(mvc.perform(get("/v3/api-docs").with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString());
    }

    /** Reads first, then writes, deletions and the irreversible (dissolve, merge) last: a leak found early does
     * not hide the others by destroying the fixtures. */
    private List<Operation> operations(JsonNode spec) {
        this.spec = spec;
        List<Operation> operations = new ArrayList<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> operations
                .add(new Operation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
                        method.getValue()))));
        operations.sort(Comparator.comparingInt(SiblingScopeSpecIT::order).thenComparing(Operation::path));
        return operations;
    }

    private JsonNode spec;

    private static int order(Operation operation) {
        if (operation.method() == HttpMethod.GET) {
            return 0;
        }
        if (operation.path().matches(".*/(dissolve|merge-into/.*|disable)$")) {
            return 3;
        }
        return operation.method() == HttpMethod.DELETE ? 2 : 1;
    }

    private Call call(Operation operation) throws Exception {
        List<String> unfilled = new ArrayList<>();
        boolean[] names = {false};
        Matcher variables = VARIABLE.matcher(operation.path());
        StringBuilder uri = new StringBuilder();
        boolean pathNames = false;
        while (variables.find()) {
            String before = operation.path().substring(0, variables.start());
            String[] segments = before.split("/");
            String kind = segments[segments.length - 1];
            Long id = zhejiang.get(kind);
            if (id == null) {
                unfilled.add(variables.group(1) + " (after /" + kind + "/)");
                id = 0L;
            }
            pathNames = true;
            variables.appendReplacement(uri, String.valueOf(id));
        }
        variables.appendTail(uri);

        JsonNode body = operation.definition().path("requestBody").path("content");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (body.has("multipart/form-data")) {
            MockMultipartHttpServletRequestBuilder form = multipart(operation.method(), uri.toString());
            JsonNode schema = resolve(body.get("multipart/form-data").get("schema"));
            schema.path("properties").properties().forEach(property -> {
                JsonNode type = resolve(property.getValue());
                if ("binary".equals(type.path("format").asString(""))) {
                    form.file(new MockMultipartFile(property.getKey(), "probe.txt", "text/plain",
                            PROBE_TEXT.getBytes(StandardCharsets.UTF_8)));
                } else {
                    JsonNode value = value(property.getKey(), type, names);
                    if (value != null) {
                        form.param(property.getKey(), value.isString() ? value.asString() : value.toString());
                    }
                }
            });
            request = form;
        } else {
            request = request(operation.method(), uri.toString());
            if (body.has("application/json")) {
                JsonNode value = value("", resolve(body.get("application/json").get("schema")), names);
                request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(value));
            }
        }
        for (JsonNode parameter : operation.definition().path("parameters")) {
            if (!"query".equals(parameter.path("in").asString(""))) {
                continue;
            }
            String value = queryValue(parameter.get("name").asString(), names);
            if (value == null && parameter.path("required").asBoolean(false)) {
                JsonNode filled = value(parameter.get("name").asString(), resolve(parameter.path("schema")), names);
                value = filled == null ? null : filled.isString() ? filled.asString() : filled.toString();
            }
            if (value != null) {
                request.param(parameter.get("name").asString(), value);
            }
        }
        return new Call(request, unfilled, pathNames, pathNames || names[0]);
    }

    /** Query parameters that can point at 浙江 do; the rest keep their defaults. */
    private String queryValue(String name, boolean[] names) {
        String value = switch (name) {
            case "unit" -> zhejiangCode;
            case "unitId" -> String.valueOf(zhejiang.get("units"));
            case "planId" -> String.valueOf(zhejiang.get("plans"));
            case "itemId" -> String.valueOf(zhejiang.get("items"));
            case "idNumber" -> zhejiangIdNumber;
            case "actor" -> zhejiangAdmin;
            case "q" -> marker;
            default -> null;
        };
        names[0] |= value != null && !"q".equals(name);
        return name.equals("up") ? "true" : value;
    }

    /** A value for a body field: 浙江's where the field names a unit, plan item or measure; plausible otherwise. */
    private JsonNode value(String name, JsonNode schema, boolean[] names) {
        JsonNode zhejiangValue = switch (name) {
            case "parentId", "unitId" -> json.valueToTree(zhejiang.get("units"));
            case "unitIds" -> json.createArrayNode().add(zhejiang.get("units"));
            case "unitCode", "unitCodes" -> json.valueToTree(zhejiangCode);
            case "itemId" -> json.valueToTree(zhejiang.get("items"));
            case "measureId" -> json.valueToTree(zhejiang.get("measures"));
            default -> null;
        };
        if (zhejiangValue != null) {
            names[0] = true;
            return zhejiangValue;
        }
        return plausible(name, schema, names);
    }

    private JsonNode plausible(String name, JsonNode schema, boolean[] names) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("object");
        return switch (name) {
            case "version" -> null;
            case "code" -> json.valueToTree("BJ" + System.nanoTime() % 100_000_000L);
            case "roles" -> json.createArrayNode().add(Role.MEMBER.name());
            case "types" -> json.createArrayNode().add("COUNTY");
            case "evidenceKinds" -> json.createArrayNode().add("TEXT_REPORT");
            case "idNumber" -> json.valueToTree(idNumber(1955));
            case "phone" -> json.valueToTree("13800010001");
            case "email", "to", "from" -> json.valueToTree("probe@example.cn");
            case "gender" -> json.valueToTree("M");
            case "birthYear" -> json.valueToTree(1955);
            case "percent" -> json.valueToTree(50);
            case "password" -> json.valueToTree(Fixtures.PASSWORD);
            case "username" -> json.valueToTree("bjprobe" + System.nanoTime() % 100_000L);
            default -> switch (type) {
                case "string" -> json.valueToTree(schema.path("format").asString("").startsWith("date")
                        ? LocalDate.now(TestClock.INSTANCE).plusDays(7).toString() : PROBE_TEXT);
                case "integer", "number" -> json.valueToTree(1);
                case "boolean" -> json.valueToTree(false);
                case "array" -> json.createArrayNode();
                default -> object(schema, names);
            };
        };
    }

    private ObjectNode object(JsonNode schema, boolean[] names) {
        ObjectNode object = json.createObjectNode();
        schema.path("properties").properties().forEach(property -> {
            JsonNode value = value(property.getKey(), resolve(property.getValue()), names);
            if (value != null) {
                object.set(property.getKey(), value);
            }
        });
        return object;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
            return spec.get("components").get("schemas").get(name);
        }
        return schema;
    }

    /** The body as text; for xlsx and docx, the text of every part of the zip. */
    private static String text(MockHttpServletResponse response) throws Exception {
        byte[] body = response.getContentAsByteArray();
        if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
            // a zip file, read by its central directory (FastExcel streams entries ZipInputStream cannot read)
            java.nio.file.Path file = java.nio.file.Files.createTempFile("scope", ".zip");
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
                    java.nio.file.Files.write(file, body).toFile())) {
                StringBuilder text = new StringBuilder();
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
                return text.toString();
            } finally {
                java.nio.file.Files.delete(file);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }
}
