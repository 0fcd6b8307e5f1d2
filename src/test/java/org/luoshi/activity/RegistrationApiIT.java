package org.luoshi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.internal.registration.RegistrationReminders;
import org.luoshi.shared.excel.ExcelWriter;
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

/** 报名 through the API: self-registration, the waiting list and its promotion, approval, bulk, scope, reminders. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationApiIT {

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
    @Autowired
    RegistrationReminders reminders;

    ActivityWorld world;
    RegistrationWorld people;
    LocalDateTime nextWeek;

    @BeforeEach
    void world() {
        world = new ActivityWorld(fixtures, plans, mvc);
        people = new RegistrationWorld(world, fixtures, jdbc);
        nextWeek = ActivityWorld.today().plusDays(7).atTime(14, 0);
    }

    @Test
    void aMemberRegistersOnceTheNextWaitsAndMovesUpAtOnceWhenTheFirstCancels() throws Exception {
        long activity = activity(1, false, nextWeek);
        String first = people.memberLogin(world.tree.countyA(), "张报名" + world.tag);
        String second = people.memberLogin(world.tree.countyA(), "李候补" + world.tag);

        MockHttpServletResponse registered = register(first, activity);
        assertThat(registered.getStatus()).isEqualTo(201);
        assertThat(RegistrationWorld.status(registered)).isEqualTo("REGISTERED");
        MockHttpServletResponse twice = register(first, activity);
        assertThat(twice.getStatus()).isEqualTo(409);
        assertThat(twice.getContentAsString()).contains("不能重复报名");

        MockHttpServletResponse waiting = register(second, activity);
        assertThat(RegistrationWorld.status(waiting)).isEqualTo("WAITING");
        assertThat((Integer) JsonPath.read(waiting.getContentAsString(), "$.position")).isEqualTo(1);
        long secondId = RegistrationWorld.id(waiting);

        MockHttpServletResponse cancelled = world.postJson(first, "/api/v1/activities/registrations/"
                + RegistrationWorld.id(registered) + "/cancel", "");
        assertThat(RegistrationWorld.status(cancelled)).isEqualTo("CANCELLED");
        assertThat(RegistrationWorld.status(world.get(second, "/api/v1/activities/registrations/" + secondId)))
                .isEqualTo("REGISTERED");
        assertThat(events.stream(RegistrationPromoted.class).filter(e -> e.activityId() == activity))
                .singleElement().satisfies(e -> {
                    assertThat(e.registrant().memberId()).isEqualTo(people.memberOf(second));
                    assertThat(e.registrant().accountId()).isEqualTo(people.accountOf(second));
                    assertThat(e.pendingReview()).isFalse();
                });
        // the promoted member is told personally, in-app and by e-mail; the other member of the unit sees nothing
        String notifications = world.get(second, "/api/v1/notifications").getContentAsString();
        assertThat(notifications).contains("候补成功").contains("活动" + world.tag);
        assertThat(world.get(first, "/api/v1/notifications").getContentAsString()).doesNotContain("候补成功");
        assertThat(jdbc.sql("select kind from notification where account_id = ?").param(people.accountOf(second))
                .query(String.class).list()).containsExactly("REGISTRATION_PROMOTED");
    }

    @Test
    void aMemberSeesOnlyTheirOwnRegistrations() throws Exception {
        long activity = activity(10, false, nextWeek);
        String mine = people.memberLogin(world.tree.countyA(), "甲" + world.tag);
        String other = people.memberLogin(world.tree.countyA(), "乙" + world.tag);
        long otherRegistration = RegistrationWorld.id(register(other, activity));
        register(mine, activity);

        String list = world.get(mine, "/api/v1/activities/registrations/mine").getContentAsString();
        assertThat((Integer) JsonPath.read(list, "$.total")).isEqualTo(1);
        assertThat(world.get(mine, "/api/v1/activities/registrations/" + otherRegistration).getStatus())
                .isEqualTo(404);
        assertThat(world.postJson(mine, "/api/v1/activities/registrations/" + otherRegistration + "/cancel", "")
                .getStatus()).isEqualTo(404);
        assertThat(world.get(mine, "/api/v1/activities/" + activity + "/registrations").getStatus())
                .isEqualTo(403);
    }

    @Test
    void anotherProvinceNeitherReadsTheRosterNorRegistersItsMembers() throws Exception {
        long activity = activity(10, false, nextWeek);
        long memberB = people.member(world.tree.countyB(), "外省" + world.tag);
        assertThat(world.get(world.provinceAdminB, "/api/v1/activities/" + activity + "/registrations")
                .getStatus()).isEqualTo(404);
        assertThat(world.postJson(world.provinceAdminB, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + memberB + "]}").getStatus()).isEqualTo(404);
        // 浙江's staff cannot register another province's member either: reported, nothing written
        String result = world.postJson(world.provinceAdminA, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + memberB + "]}").getContentAsString();
        assertThat((String) JsonPath.read(result, "$.lines[0].problem")).contains("不属于本单位及下级单位");
        assertThat(count(activity)).isZero();
    }

    @Test
    void approvalHoldsThePlaceAndARefusalNeedsAReasonAndPassesThePlaceOn() throws Exception {
        long activity = activity(1, true, nextWeek);
        String first = people.memberLogin(world.tree.countyA(), "审一" + world.tag);
        String second = people.memberLogin(world.tree.countyA(), "审二" + world.tag);
        long pending = RegistrationWorld.id(register(first, activity));
        assertThat(RegistrationWorld.status(world.get(first, "/api/v1/activities/registrations/" + pending)))
                .isEqualTo("PENDING");
        long waiting = RegistrationWorld.id(register(second, activity));

        assertThat(world.postJson(world.countyAdminA, "/api/v1/activities/registrations/" + pending + "/decision",
                "{\"approve\":false,\"reason\":\"名额已满\"}").getStatus()).as("not the organiser").isEqualTo(403);
        MockHttpServletResponse noReason = world.postJson(world.provinceAdminA, "/api/v1/activities/registrations/"
                + pending + "/decision", "{\"approve\":false}");
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("请填写不通过的原因");
        assertThat(RegistrationWorld.status(world.postJson(world.provinceAdminA, "/api/v1/activities/registrations/"
                + pending + "/decision", "{\"approve\":false,\"reason\":\"非本专业\"}"))).isEqualTo("REJECTED");
        assertThat(events.stream(RegistrationDecided.class).filter(e -> e.activityId() == activity))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("非本专业"));
        assertThat(RegistrationWorld.status(world.get(second, "/api/v1/activities/registrations/" + waiting)))
                .as("moved up, to review").isEqualTo("PENDING");
        assertThat(RegistrationWorld.status(world.postJson(world.provinceAdminA, "/api/v1/activities/registrations/"
                + waiting + "/decision", "{\"approve\":true}"))).isEqualTo("REGISTERED");
    }

    @Test
    void theActivityRefusesACapacityBelowThePlacesTakenAndMorePlacesMoveTheWaitingUp() throws Exception {
        long activity = activity(2, false, nextWeek);
        for (int i = 0; i < 3; i++) {
            register(people.memberLogin(world.tree.countyA(), "容" + i + world.tag), activity);
        }
        MockHttpServletResponse fewer = world.putJson(world.provinceAdminA, "/api/v1/activities/" + activity,
                body(1, false, nextWeek));
        assertThat(fewer.getStatus()).isEqualTo(400);
        assertThat(fewer.getContentAsString()).contains("capacity").contains("人数上限不能少于已报名");
        assertThat(world.putJson(world.provinceAdminA, "/api/v1/activities/" + activity, body(3, false, nextWeek))
                .getStatus()).isEqualTo(200);
        assertThat(count(activity, "REGISTERED")).isEqualTo(3);
        assertThat(count(activity, "WAITING")).isZero();
    }

    @Test
    void staffImportAnExcelAndEveryBadRowIsReportedWhileTheGoodOnesAreKept() throws Exception {
        long activity = activity(3, false, nextWeek);
        String idA = RegistrationWorld.idNumber();
        String idB = RegistrationWorld.idNumber();
        String idTwice = RegistrationWorld.idNumber();
        people.memberWithIdNumber(world.provinceAdminA, world.tree.countyA(), "导入甲" + world.tag, idA);
        people.memberWithIdNumber(world.provinceAdminB, world.tree.countyB(), "外省乙" + world.tag, idB);
        long twice = people.memberWithIdNumber(world.provinceAdminA, world.tree.countyA(), "重复丙" + world.tag,
                idTwice);
        people.member(world.tree.countyA(), "无证丁" + world.tag);
        people.member(world.tree.countyA(), "候补戊" + world.tag);
        world.postJson(world.provinceAdminA, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + twice + "]}");

        byte[] sheet = sheet(List.of(List.of("导入甲" + world.tag, idA), List.of("外省乙" + world.tag, idB),
                List.of("无名" + world.tag, RegistrationWorld.idNumber()), List.of("重复丙" + world.tag, idTwice),
                List.of("无证丁" + world.tag, ""), List.of("候补戊" + world.tag, "")));
        MockHttpServletResponse response = mvc.perform(multipart("/api/v1/activities/" + activity
                + "/registrations/import").file(new MockMultipartFile("file", "报名.xlsx",
                "application/octet-stream", sheet)).with(fixtures.as(world.provinceAdminA))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        List<Map<String, Object>> lines = JsonPath.read(json, "$.lines");
        assertThat(lines).extracting(l -> l.get("row")).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(lines.get(0).get("status")).isEqualTo("REGISTERED");
        assertThat((String) lines.get(1).get("problem")).contains("属于其他单位");
        assertThat((String) lines.get(2).get("problem")).contains("没有该身份证号");
        assertThat((String) lines.get(3).get("problem")).contains("不能重复报名");
        assertThat(lines.get(4).get("status")).as("the last place").isEqualTo("REGISTERED");
        assertThat(lines.get(5).get("status")).as("full: the waiting list").isEqualTo("WAITING");
        assertThat(count(activity, "REGISTERED")).isEqualTo(3);
        assertThat(count(activity, "WAITING")).isEqualTo(1);
    }

    @Test
    void placesSharedDownTheTreeAreKeptForTheUnitAndNeverMoreThanTheCapacity() throws Exception {
        long activity = activity(3, false, nextWeek);
        MockHttpServletResponse tooMany = world.putJson(world.provinceAdminA, "/api/v1/activities/" + activity
                + "/places", "{\"unitId\":" + world.tree.countyA() + ",\"places\":4}");
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString()).contains("最多还能分配 3 个");
        assertThat(world.putJson(world.countyAdminA, "/api/v1/activities/" + activity + "/places",
                "{\"unitId\":" + world.tree.countyA() + ",\"places\":2}").getStatus()).as("not the organiser")
                .isEqualTo(403);
        assertThat(world.putJson(world.provinceAdminA, "/api/v1/activities/" + activity + "/places",
                "{\"unitId\":" + world.tree.countyA() + ",\"places\":2}").getStatus()).isEqualTo(200);
        // the province's own members share the one place left in the pool
        long provinceMember1 = people.member(world.tree.provinceA(), "省一" + world.tag);
        long provinceMember2 = people.member(world.tree.provinceA(), "省二" + world.tag);
        String result = world.postJson(world.provinceAdminA, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + provinceMember1 + "," + provinceMember2 + "]}").getContentAsString();
        assertThat((List<String>) JsonPath.read(result, "$.lines[*].status")).containsExactly("REGISTERED",
                "WAITING");
        long countyMember = people.member(world.tree.countyA(), "县一" + world.tag);
        result = world.postJson(world.countyAdminA, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + countyMember + "]}").getContentAsString();
        assertThat((List<String>) JsonPath.read(result, "$.lines[*].status")).containsExactly("REGISTERED");
    }

    @Test
    void theDayBeforeEveryoneRegisteredIsRemindedOnce() throws Exception {
        LocalDateTime tomorrow = ActivityWorld.today().plusDays(1).atTime(15, 0);
        long activity = activity(5, false, tomorrow);
        String member = people.memberLogin(world.tree.countyA(), "提醒" + world.tag);
        register(member, activity);
        long offline = people.member(world.tree.countyA(), "无账号" + world.tag);
        world.postJson(world.countyAdminA, "/api/v1/activities/" + activity + "/registrations",
                "{\"memberIds\":[" + offline + "]}");

        reminders.remindTomorrow();
        reminders.remindTomorrow();

        assertThat(events.stream(RegistrantsReminded.class).filter(e -> e.activityId() == activity))
                .singleElement().satisfies(e -> assertThat(e.registrants()).hasSize(2));
        assertThat(world.get(member, "/api/v1/notifications").getContentAsString()).contains("明天的活动");
        // the member without a login: their unit's staff are asked to tell them
        assertThat(world.get(world.countyAdminA, "/api/v1/notifications").getContentAsString())
                .contains("请转告会员 无账号" + world.tag);
        assertThat(jdbc.sql("select count(*) from activity_registration where activity_id = ? and reminded_at is "
                + "not null").param(activity).query(Integer.class).single()).isEqualTo(2);
    }

    private MockHttpServletResponse register(String user, long activity) throws Exception {
        return world.postJson(user, "/api/v1/activities/" + activity + "/registration", "");
    }

    private long activity(int capacity, boolean approval, LocalDateTime starts) throws Exception {
        return world.create(world.provinceAdminA, body(capacity, approval, starts));
    }

    private String body(int capacity, boolean approval, LocalDateTime starts) {
        return """
                {"kind":"LECTURE_HALL","title":"活动%s","address":"省科技馆报告厅","startsAt":"%s","endsAt":"%s",
                 "capacity":%d,"approvalRequired":%b}
                """.formatted(world.tag, starts, starts.plusHours(2), capacity, approval);
    }

    private int count(long activity) {
        return jdbc.sql("select count(*) from activity_registration where activity_id = ?").param(activity)
                .query(Integer.class).single();
    }

    private int count(long activity, String status) {
        return jdbc.sql("select count(*) from activity_registration where activity_id = ? and status = ?")
                .param(activity).param(status).query(Integer.class).single();
    }

    private static byte[] sheet(List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWriter.write(out, "报名", List.of("姓名", "身份证号"), rows.stream().map(r -> (List<?>) r));
        return out.toByteArray();
    }
}
