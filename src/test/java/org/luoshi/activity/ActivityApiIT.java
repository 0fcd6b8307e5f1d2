package org.luoshi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** 活动 through the API: commands, counting toward the plan, bad input, visibility, calendars and .ics files. */
@IntegrationTest
@RecordApplicationEvents
class ActivityApiIT {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    ActivityWorld world;
    LocalDateTime yesterday;
    LocalDateTime nextWeek;

    @BeforeEach
    void world() {
        world = new ActivityWorld(fixtures, plans, mvc);
        yesterday = ActivityWorld.today().minusDays(1).atTime(9, 30);
        nextWeek = ActivityWorld.today().plusDays(7).atTime(14, 0);
    }

    @Test
    void aHeldActivityLinkedToAnItemCountsOnceAndUnlinkingItWithdrawsTheCount() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("宣讲" + world.tag, yesterday, yesterday.plusHours(2),
                ",\"itemId\":" + world.item()));
        assertThat(counted(id)).isEmpty();

        MockHttpServletResponse held = world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/held", "");
        assertThat(held.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(held.getContentAsString(), "$.status")).isEqualTo("HELD");
        assertThat(counted(id)).containsExactly(Map.of("item_id", world.item(), "quantity", 1,
                "assignment_id", world.provinceTask));
        assertThat(events.stream(WorkCounted.class).filter(w -> w.recordId() == id)).singleElement()
                .satisfies(w -> {
                    assertThat(w.kind()).isEqualTo("activity.held");
                    assertThat(w.link()).isEqualTo("/activities/" + id);
                });
        assertThat(world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/held", "").getStatus())
                .isEqualTo(409);
        assertThat(world.send(world.provinceAdminA, delete("/api/v1/activities/" + id), "").getStatus())
                .isEqualTo(409);

        assertThat(world.putJson(world.provinceAdminA, "/api/v1/activities/" + id,
                world.body("宣讲" + world.tag, yesterday, yesterday.plusHours(2), "")).getStatus()).isEqualTo(200);
        assertThat(counted(id)).isEmpty();
        assertThat(events.stream(WorkUncounted.class).filter(w -> w.recordId() == id)).hasSize(1);
        assertThat(audit(id)).contains("activity.create", "activity.held", "activity.revise");
    }

    @Test
    void anActivityIsMarkedHeldOnlyOnceItHasStarted() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("大讲堂" + world.tag, nextWeek, nextWeek.plusHours(2),
                ""));
        MockHttpServletResponse refused = world.postJson(world.provinceAdminA,
                "/api/v1/activities/" + id + "/held", "");
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("尚未开始");
        assertThat((Boolean) JsonPath.read(world.get(world.provinceAdminA, "/api/v1/activities/" + id)
                .getContentAsString(), "$.actions.markHeld")).isFalse();
    }

    @Test
    void anEndBeforeTheStartOrACapacityOfZeroIsRefusedInChineseNamingTheFieldAndNothingIsSaved() throws Exception {
        long before = count();
        MockHttpServletResponse end = world.postJson(world.provinceAdminA, "/api/v1/activities",
                world.body("错" + world.tag, nextWeek, nextWeek.minusHours(1), ""));
        assertThat(end.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(end.getContentAsString(), "$.field")).isEqualTo("endsAt");
        assertThat((String) JsonPath.read(end.getContentAsString(), "$.detail")).contains("结束时间");

        MockHttpServletResponse capacity = world.postJson(world.provinceAdminA, "/api/v1/activities",
                world.body("错" + world.tag, nextWeek, nextWeek.plusHours(1), ",\"capacity\":0"));
        assertThat(capacity.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(capacity.getContentAsString(), "$.field")).isEqualTo("capacity");
        assertThat((String) JsonPath.read(capacity.getContentAsString(), "$.detail")).contains("人数上限");

        MockHttpServletResponse badTime = world.postJson(world.provinceAdminA, "/api/v1/activities",
                "{\"kind\":\"TALK\",\"title\":\"x\",\"address\":\"y\",\"startsAt\":\"明天\"}");
        assertThat(badTime.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(badTime.getContentAsString(), "$.field")).isEqualTo("startsAt");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theSubtreeAndTheAudienceSeeAnActivitySiblingsDoNotAndOnlyTheOrganiserAndAboveEdit() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("座谈会" + world.tag, nextWeek, nextWeek.plusHours(2),
                ""));
        String url = "/api/v1/activities/" + id;
        assertThat(world.get(world.countyAdminA, url).getStatus()).isEqualTo(200);
        assertThat(world.get(world.countyMemberA, url).getStatus()).isEqualTo(200);
        assertThat(world.get(world.countyAdminB, url).getStatus()).isEqualTo(404);
        assertThat(world.get(world.provinceAdminB, url).getStatus()).isEqualTo(404);
        assertThat((Boolean) JsonPath.read(world.get(world.countyAdminA, url).getContentAsString(), "$.actions.edit"))
                .isFalse();
        assertThat(world.putJson(world.countyAdminA, url, world.body("改" + world.tag, nextWeek,
                nextWeek.plusHours(1), "")).getStatus()).isEqualTo(403);

        long countyOwn = world.create(world.countyAdminA, world.body("县内" + world.tag, nextWeek,
                nextWeek.plusHours(1), ""));
        assertThat(world.get(world.provinceAdminA, "/api/v1/activities/" + countyOwn).getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(world.get(world.provinceAdminA, "/api/v1/activities/" + countyOwn)
                .getContentAsString(), "$.actions.edit")).isTrue();
        assertThat(world.postJson(world.countyEditorA, "/api/v1/activities", world.body("编辑" + world.tag,
                nextWeek, nextWeek.plusHours(1), "")).getStatus()).isEqualTo(403);
    }

    @Test
    void theCalendarOfAUnitShowsItsSubtreeAndWhatIsOpenToItAndRefusesAnotherSubtree() throws Exception {
        long provincial = world.create(world.provinceAdminA, world.body("省级" + world.tag, nextWeek,
                nextWeek.plusHours(2), ""));
        long county = world.create(world.countyAdminA, world.body("县级" + world.tag, nextWeek,
                nextWeek.plusHours(2), ""));
        String month = "/api/v1/activities/calendar?view=month&date=" + nextWeek.toLocalDate();
        String provinceCalendar = world.get(world.provinceAdminA, month).getContentAsString();
        assertThat(ids(provinceCalendar)).contains(provincial, county);
        String countyCalendar = world.get(world.countyAdminA, month).getContentAsString();
        assertThat(ids(countyCalendar)).contains(provincial, county);
        assertThat(ids(world.get(world.countyAdminB, month).getContentAsString())).doesNotContain(provincial, county);
        assertThat(world.get(world.provinceAdminB, month + "&unitId=" + world.tree.countyA()).getStatus())
                .isEqualTo(404);
        String week = world.get(world.provinceAdminA, "/api/v1/activities/calendar?view=week&date="
                + nextWeek.toLocalDate() + "&unitId=" + world.tree.countyA()).getContentAsString();
        assertThat((List<?>) JsonPath.read(week, "$.days")).hasSize(7);
        assertThat(ids(week)).contains(provincial, county);

        String list = world.get(world.provinceAdminA, "/api/v1/activities?q=" + world.tag + "&size=1")
                .getContentAsString();
        assertThat((Integer) JsonPath.read(list, "$.total")).isEqualTo(2);
        assertThat((List<?>) JsonPath.read(list, "$.items")).hasSize(1);
    }

    @Test
    void anActivitysIcsIsEscapedAndFoldedAndAUnitsFeedOpensWithItsTokenWithoutLoggingIn() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("党的二十大精神宣讲报告会，暨学习贯彻交流座谈；第一场" + world.tag,
                nextWeek, nextWeek.plusHours(2), ""));
        String ics = world.get(world.countyMemberA, "/api/v1/activities/" + id + "/ics").getContentAsString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("UID:activity-" + id + "@luoshi")
                .contains("LOCATION:省科技馆报告厅\\, 3楼").contains("DTSTART:");
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .hasSizeLessThanOrEqualTo(75));
        assertThat(world.get(world.countyAdminB, "/api/v1/activities/" + id + "/ics").getStatus()).isEqualTo(404);

        assertThat(world.get(world.countyMemberA, "/api/v1/activities/feed").getContentAsString())
                .doesNotContain("\"token\"");
        String token = JsonPath.read(world.postJson(world.provinceAdminA, "/api/v1/activities/feed", "")
                .getContentAsString(), "$.token");
        MockHttpServletResponse feed = mvc.perform(get("/activities/feed/" + token + ".ics")).andReturn()
                .getResponse();
        assertThat(feed.getStatus()).isEqualTo(200);
        assertThat(feed.getContentType()).startsWith("text/calendar");
        assertThat(feed.getContentAsString()).contains("UID:activity-" + id + "@luoshi");

        world.postJson(world.provinceAdminA, "/api/v1/activities/feed", "");
        assertThat(mvc.perform(get("/activities/feed/" + token + ".ics")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(post("/activities/feed").with(csrf())).andReturn().getResponse().getStatus())
                .isNotEqualTo(200);
    }

    @Test
    void seriesAndSpeakersAreUsedDownTheTreeAndStayWhileInUse() throws Exception {
        long series = idOf(world.postJson(world.provinceAdminA, "/api/v1/activities/series", """
                {"title":"党的二十大代表进协会%s","description":"邀请代表宣讲","startsOn":"%s","endsOn":"%s"}
                """.formatted(world.tag, ActivityWorld.today().minusMonths(1), ActivityWorld.today().plusMonths(6))),
                "$.series.id");
        MockHttpServletResponse badSeries = world.postJson(world.provinceAdminA, "/api/v1/activities/series",
                "{\"title\":\"x\",\"startsOn\":\"2026-05-01\",\"endsOn\":\"2026-04-01\"}");
        assertThat(badSeries.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(badSeries.getContentAsString(), "$.field")).isEqualTo("endsOn");
        long speaker = idOf(world.postJson(world.provinceAdminA, "/api/v1/activities/speakers",
                "{\"name\":\"张代表" + world.tag + "\",\"post\":\"党的二十大代表\",\"bio\":\"简介\",\"congressDelegate\":true}"),
                "$.speaker.id");
        assertThat(mvc.perform(multipart("/api/v1/activities/speakers/" + speaker + "/photo")
                .file(new MockMultipartFile("file", "photo.png", "image/png", PNG)).with(csrf())
                .with(fixtures.as(world.provinceAdminA))).andReturn().getResponse().getStatus()).isEqualTo(200);

        long id = world.create(world.countyAdminA, world.body("代表进县" + world.tag, nextWeek, nextWeek.plusHours(2),
                ",\"seriesId\":" + series + ",\"speakerIds\":[" + speaker + "]"));
        String view = world.get(world.countyAdminA, "/api/v1/activities/" + id).getContentAsString();
        assertThat((String) JsonPath.read(view, "$.series.name")).startsWith("党的二十大代表进协会");
        assertThat((Boolean) JsonPath.read(view, "$.speakers[0].congressDelegate")).isTrue();
        assertThat((Boolean) JsonPath.read(view, "$.speakers[0].hasPhoto")).isTrue();

        assertThat(world.postJson(world.countyAdminB, "/api/v1/activities", world.body("外省" + world.tag, nextWeek,
                nextWeek.plusHours(1), ",\"speakerIds\":[" + speaker + "]")).getStatus()).isEqualTo(400);
        assertThat(world.postJson(world.countyAdminB, "/api/v1/activities", world.body("外省" + world.tag, nextWeek,
                nextWeek.plusHours(1), ",\"seriesId\":" + series)).getStatus()).isEqualTo(400);
        assertThat(world.send(world.provinceAdminA, delete("/api/v1/activities/series/" + series), "").getStatus())
                .isEqualTo(409);
        assertThat(world.send(world.provinceAdminA, delete("/api/v1/activities/speakers/" + speaker), "")
                .getStatus()).isEqualTo(409);
        assertThat(world.get(world.countyAdminB, "/api/v1/activities/speakers/" + speaker).getStatus())
                .isEqualTo(404);
    }

    @Test
    void aCancelledActivityNeedsAReasonAndShowsCancelledInTheFeed() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("取消" + world.tag, nextWeek, nextWeek.plusHours(2),
                ""));
        MockHttpServletResponse noReason = world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/cancel",
                "{\"reason\":\" \"}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat((String) JsonPath.read(noReason.getContentAsString(), "$.field")).isEqualTo("reason");
        assertThat(world.postJson(world.provinceAdminA, "/api/v1/activities/" + id + "/cancel",
                "{\"reason\":\"场地调整\"}").getStatus()).isEqualTo(200);
        assertThat(world.get(world.provinceAdminA, "/api/v1/activities/" + id + "/ics").getContentAsString())
                .contains("STATUS:CANCELLED");
        assertThat(world.send(world.provinceAdminA, delete("/api/v1/activities/" + id), "").getStatus())
                .isEqualTo(204);
        assertThat(world.get(world.provinceAdminA, "/api/v1/activities/" + id).getStatus()).isEqualTo(404);
    }

    @Test
    void coOrganisersSeeItOverTheirSubtreeAndAnActivityFollowsItsCountyMovedToAnotherProvince() throws Exception {
        long id = world.create(world.countyAdminA, world.body("协办" + world.tag, nextWeek, nextWeek.plusHours(2),
                ",\"coOrganiserIds\":[" + world.tree.provinceB() + "]"));
        assertThat(world.get(world.provinceAdminB, "/api/v1/activities/" + id).getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(world.get(world.provinceAdminB, "/api/v1/activities/" + id)
                .getContentAsString(), "$.actions.edit")).isFalse();
        assertThat(world.get(world.countyAdminB, "/api/v1/activities/" + id).getStatus()).isEqualTo(404);

        long own = world.create(world.countyAdminA, world.body("迁移" + world.tag, nextWeek, nextWeek.plusHours(2),
                ""));
        String nationAdmin = fixtures.account("anation", world.tree.root(), Role.UNIT_ADMIN);
        assertThat(world.postJson(nationAdmin, "/api/v1/units/" + world.tree.countyA() + "/move",
                "{\"parentId\":" + world.tree.provinceB() + "}").getStatus()).isEqualTo(200);
        assertThat(world.get(world.provinceAdminB, "/api/v1/activities/" + own).getStatus()).isEqualTo(200);
        assertThat(world.get(world.provinceAdminA, "/api/v1/activities/" + own).getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select audience_unit_path from activity where id = ?").param(own).query(String.class)
                .single()).startsWith(jdbc.sql("select path from unit where id = ?").param(world.tree.provinceB())
                        .query(String.class).single());
    }

    private List<Map<String, Object>> counted(long id) {
        return jdbc.sql("select item_id, quantity, assignment_id from counted_work where kind = 'activity.held'"
                + " and record_id = ?").param(id).query().listOfRows();
    }

    private List<String> audit(long id) {
        return jdbc.sql("select action from audit_event where entity_type = 'activity' and entity_id = ?")
                .param(String.valueOf(id)).query(String.class).list();
    }

    private long count() {
        return jdbc.sql("select count(*) from activity").query(Long.class).single();
    }

    private static List<Long> ids(String calendarJson) {
        List<Number> ids = JsonPath.read(calendarJson, "$.days[*].entries[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static long idOf(MockHttpServletResponse response, String path) throws Exception {
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), path)).longValue();
    }
}
