package org.luoshi.activity.afterwards;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.ActivityWorld;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 活动统计: the figures per child unit, kind and month equal a count made row by row; the sheet says the same. */
@IntegrationTest
class RollupIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    ActivityWorld world;
    LocalDate today;
    LocalDate from;

    @BeforeEach
    void world() throws Exception {
        world = new ActivityWorld(fixtures, plans, mvc);
        today = ActivityWorld.today();
        from = today.minusMonths(3);
        long delegate = ((Number) JsonPath.read(world.postJson(world.provinceAdminA, "/api/v1/activities/speakers",
                "{\"name\":\"统计代表" + world.tag + "\",\"congressDelegate\":true}").getContentAsString(),
                "$.speaker.id")).longValue();
        checkIn(held(world.provinceAdminA, "TALK", today.minusDays(1), ",\"speakerIds\":[" + delegate + "]"), 3);
        held(world.provinceAdminA, "SYMPOSIUM", today.minusMonths(1), "");
        checkIn(held(world.countyAdminA, "TALK", today.minusMonths(2), ",\"speakerIds\":[" + delegate + "]"), 2);
        held(world.countyAdminA, "LECTURE_HALL", today.minusDays(2), "");
        held(world.countyAdminA, "LECTURE_HALL", today.minusMonths(6), "");
        world.create(world.countyAdminA, body("TALK", today.minusDays(1), ""));
        checkIn(held(world.provinceAdminB, "TALK", today.minusDays(1), ""), 4);
    }

    @Test
    void theFiguresPerChildUnitKindAndMonthEqualARowByRowCount() throws Exception {
        String json = rollup(world.provinceAdminA, "").getContentAsString();
        Map<String, long[]> brute = bruteForce();

        assertThat(figures(json, "$.total")).containsExactly(4, 2, 5);
        assertThat(figures(json, "$.perUnit.items[0]")).containsExactly(2, 1, 3);
        assertThat((String) JsonPath.read(json, "$.perUnit.items[0].key"))
                .isEqualTo(String.valueOf(world.tree.provinceA()));
        List<Map<String, Object>> units = JsonPath.read(json, "$.perUnit.items[1:]");
        Map<String, Object> county = units.stream()
                .filter(u -> u.get("key").equals(String.valueOf(world.tree.countyA()))).findFirst().orElseThrow();
        assertThat(List.of(county.get("held"), county.get("withDelegates"), county.get("participants")))
                .containsExactly(2, 1, 2);
        long childSum = units.stream().mapToLong(u -> ((Number) u.get("held")).longValue()).sum();
        assertThat(childSum + 2).isEqualTo(brute.get("total")[0]);

        List<Map<String, Object>> kinds = JsonPath.read(json, "$.perKind");
        for (Map<String, Object> kind : kinds) {
            long[] expected = brute.getOrDefault("kind:" + kind.get("key"), new long[3]);
            assertThat(List.of(((Number) kind.get("held")).longValue(),
                    ((Number) kind.get("withDelegates")).longValue(), ((Number) kind.get("participants")).longValue()))
                    .as("kind %s", kind.get("key")).containsExactly(expected[0], expected[1], expected[2]);
        }
        List<Map<String, Object>> months = JsonPath.read(json, "$.perMonth");
        assertThat(months).hasSize(4);
        for (Map<String, Object> month : months) {
            long[] expected = brute.getOrDefault("month:" + month.get("key"), new long[3]);
            assertThat(List.of(((Number) month.get("held")).longValue(),
                    ((Number) month.get("withDelegates")).longValue(), ((Number) month.get("participants")).longValue()))
                    .as("month %s", month.get("key")).containsExactly(expected[0], expected[1], expected[2]);
        }
    }

    @Test
    void theSheetReadsBackWithTheSameFigures() throws Exception {
        byte[] xlsx = world.get(world.provinceAdminA, "/activities/rollup/export?unitId=" + world.tree.provinceA()
                + "&from=" + from + "&to=" + today).getContentAsByteArray();
        String countyName = jdbc.sql("select name from unit where id = ?").param(world.tree.countyA())
                .query(String.class).single();
        Map<String, List<String>> rows = new HashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var stream = workbook.getFirstSheet().openStream()) {
            stream.forEach(row -> rows.put(row.getCellText(0) + "/" + row.getCellText(1),
                    List.of(row.getCellText(2), row.getCellText(3), row.getCellText(4))));
        }
        assertThat(rows.get("下级单位/" + countyName)).containsExactly("2", "1", "2");
        assertThat(rows.get("活动形式/大讲堂")).containsExactly("1", "0", "0");
        assertThat(rows.values().stream().filter(r -> r.equals(List.of("举办活动（场）", "其中二十大代表参加（场）",
                "签到参加（人次）")))).hasSize(1);
        assertThat(rows.keySet()).anyMatch(k -> k.startsWith("合计/"));
        assertThat(rows.get("合计/" + jdbc.sql("select name from unit where id = ?").param(world.tree.provinceA())
                .query(String.class).single())).containsExactly("4", "2", "5");
    }

    @Test
    void aSiblingUnitIsNotFoundAMemberIsRefusedAndABackwardPeriodNamesTheField() throws Exception {
        assertThat(rollup(world.provinceAdminB, "").getStatus()).isEqualTo(404);
        assertThat(world.get(world.provinceAdminB, "/activities/rollup?unitId=" + world.tree.provinceA())
                .getStatus()).isEqualTo(404);
        assertThat(world.get(world.countyMemberA, "/api/v1/activities/rollup").getStatus()).isEqualTo(403);
        MockHttpServletResponse backwards = world.get(world.provinceAdminA, "/api/v1/activities/rollup?from="
                + today + "&to=" + from);
        assertThat(backwards.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(backwards.getContentAsString(), "$.field")).isEqualTo("to");
        String page = world.get(world.provinceAdminA, "/activities/rollup?unitId=" + world.tree.provinceA()
                + "&from=" + from + "&to=" + today).getContentAsString();
        assertThat(page).contains("活动统计", "按下级单位", "按活动形式", "按月份", "导出 Excel");
    }

    private MockHttpServletResponse rollup(String user, String extra) throws Exception {
        return world.get(user, "/api/v1/activities/rollup?unitId=" + world.tree.provinceA() + "&from=" + from
                + "&to=" + today + "&size=200" + extra);
    }

    /** Every held activity of the province's subtree in the period, counted one by one in Java. */
    private Map<String, long[]> bruteForce() {
        String path = jdbc.sql("select path from unit where id = ?").param(world.tree.provinceA())
                .query(String.class).single();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Map<String, long[]> counts = new TreeMap<>();
        jdbc.sql("""
                select a.kind, a.starts_at, a.status, a.unit_path,
                       exists (select 1 from activity_speaker_link l join activity_speaker s on s.id = l.speaker_id
                                where l.activity_id = a.id and s.congress_delegate) as delegate,
                       (select count(*) from activity_checkin c where c.activity_id = a.id) as people
                  from activity a
                """).query(rs -> {
                    LocalDate day = rs.getTimestamp("starts_at").toInstant().atZone(zone).toLocalDate();
                    if (!rs.getString("unit_path").startsWith(path) || !"HELD".equals(rs.getString("status"))
                            || day.isBefore(from) || day.isAfter(today)) {
                        return;
                    }
                    int delegate = rs.getBoolean("delegate") ? 1 : 0;
                    for (String key : List.of("total", "kind:" + rs.getString("kind"),
                            "month:" + day.toString().substring(0, 7))) {
                        long[] c = counts.computeIfAbsent(key, k -> new long[3]);
                        c[0]++;
                        c[1] += delegate;
                        c[2] += rs.getLong("people");
                    }
                });
        return counts;
    }

    private static List<Integer> figures(String json, String at) {
        return List.of(JsonPath.read(json, at + ".held"), JsonPath.read(json, at + ".withDelegates"),
                JsonPath.read(json, at + ".participants"));
    }

    /** {@code people} walk-ins (guests by name) checked in to the activity. */
    private void checkIn(long activity, int people) {
        for (int i = 0; i < people; i++) {
            jdbc.sql("""
                    insert into activity_checkin (activity_id, name, guest_unit, method, checked_in_at)
                    values (?, ?, '来宾', 'WALK_IN', now())""").param(activity).param("来宾" + i).update();
        }
    }

    private long held(String user, String kind, LocalDate day, String extra) throws Exception {
        long id = world.create(user, body(kind, day, extra));
        assertThat(world.postJson(user, "/api/v1/activities/" + id + "/held", "").getStatus()).isEqualTo(200);
        return id;
    }

    private String body(String kind, LocalDate day, String extra) {
        LocalDateTime starts = day.atTime(9, 0);
        return world.body("统计" + kind + world.tag, starts, starts.plusHours(2), ",\"kind\":\"" + kind + "\"" + extra);
    }
}
