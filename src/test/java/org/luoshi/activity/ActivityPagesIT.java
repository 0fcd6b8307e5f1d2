package org.luoshi.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 活动 pages: the calendar in its three views, the form with its Chinese refusals, the activity, series, speakers. */
@IntegrationTest
class ActivityPagesIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;

    ActivityWorld world;
    LocalDateTime nextWeek;

    @BeforeEach
    void world() {
        world = new ActivityWorld(fixtures, plans, mvc);
        nextWeek = ActivityWorld.today().plusDays(7).atTime(14, 0);
    }

    @Test
    void theFormRefusesAnEndBeforeTheStartAndACapacityOfZeroInChineseKeepingWhatWasTyped() throws Exception {
        MockHttpServletResponse end = submit(nextWeek.toString(), nextWeek.minusHours(1).toString(), "50");
        assertThat(end.getStatus()).isEqualTo(400);
        assertThat(end.getContentAsString()).contains("“结束时间”须晚于“开始时间”").contains("新书记宣讲" + world.tag);
        MockHttpServletResponse capacity = submit(nextWeek.toString(), nextWeek.plusHours(2).toString(), "0");
        assertThat(capacity.getStatus()).isEqualTo(400);
        assertThat(capacity.getContentAsString()).contains("“人数上限”须是 1 至");
        MockHttpServletResponse letters = submit("明天下午", nextWeek.plusHours(2).toString(), "50");
        assertThat(letters.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from activity where title = ?").param("新书记宣讲" + world.tag)
                .query(Long.class).single()).isZero();

        MockHttpServletResponse saved = submit(nextWeek.toString(), nextWeek.plusHours(2).toString(), "50");
        assertThat(saved.getStatus()).isEqualTo(302);
        String detail = page(world.provinceAdminA, saved.getRedirectedUrl());
        assertThat(detail).contains("新书记宣讲" + world.tag).contains("50 人").doesNotContain("标记为已举办");
    }

    @Test
    void theCalendarShowsTheMonthTheWeekAndAPagedListAndTheActivityItsDetails() throws Exception {
        long id = world.create(world.provinceAdminA, world.body("月历大讲堂" + world.tag, nextWeek,
                nextWeek.plusHours(2), ""));
        String month = page(world.countyMemberA, "/activities?date=" + nextWeek.toLocalDate());
        assertThat(month).contains("月历大讲堂" + world.tag).contains("/activities/" + id).contains("cal-month")
                .doesNotContain("新建活动");
        String week = page(world.countyAdminA, "/activities?view=week&date=" + nextWeek.toLocalDate());
        assertThat(week).contains("月历大讲堂" + world.tag).contains("cal-week").contains("新建活动");
        String list = page(world.provinceAdminA, "/activities?view=list&q=" + world.tag);
        assertThat(list).contains("月历大讲堂" + world.tag).contains("共 1 条");
        assertThat(page(world.provinceAdminA, "/activities?view=list&unitId=" + world.tree.countyA()
                + "&q=" + world.tag)).contains("月历大讲堂" + world.tag);
        assertThat(status(world.provinceAdminB, "/activities?unitId=" + world.tree.countyA())).isEqualTo(404);

        String detail = page(world.countyMemberA, "/activities/" + id);
        assertThat(detail).contains("月历大讲堂" + world.tag).contains("省科技馆报告厅, 3楼").contains("大讲堂")
                .contains("加入我的日历").doesNotContain("修改活动").doesNotContain("取消活动");
        assertThat(page(world.provinceAdminA, "/activities/" + id)).contains("修改活动").contains("取消活动");
        assertThat(page(world.provinceAdminA, "/activities/" + id + "/edit")).contains("月历大讲堂" + world.tag);
        assertThat(status(world.countyAdminB, "/activities/" + id)).isEqualTo(404);
        assertThat(status(world.countyAdminA, "/activities/" + id + "/edit")).isEqualTo(403);
        assertThat(status(world.countyMemberA, "/activities/new")).isEqualTo(403);
    }

    @Test
    void seriesAndSpeakerPagesAndTheSubscriptionAddress() throws Exception {
        MockHttpServletResponse series = mvc.perform(post("/activities/series/new").with(fixtures.as(
                world.provinceAdminA)).with(csrf()).param("title", "进协会" + world.tag).param("startsOn", "2026-03-01")
                .param("endsOn", "2026-02-01")).andReturn().getResponse();
        assertThat(series.getStatus()).isEqualTo(400);
        assertThat(series.getContentAsString()).contains("“结束日期”不能早于“开始日期”");
        String seriesPage = mvc.perform(post("/activities/series/new").with(fixtures.as(world.provinceAdminA))
                .with(csrf()).param("title", "进协会" + world.tag).param("startsOn", "2026-03-01")
                .param("endsOn", "2027-02-01")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(world.countyAdminA, seriesPage)).contains("进协会" + world.tag).contains("在本系列中新建活动");
        assertThat(page(world.countyAdminA, "/activities/series")).contains("进协会" + world.tag);

        String speakerPage = mvc.perform(post("/activities/speakers/new").with(fixtures.as(world.provinceAdminA))
                .with(csrf()).param("name", "代表" + world.tag).param("post", "研究员")
                .param("congressDelegate", "true")).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(world.provinceAdminA, speakerPage)).contains("代表" + world.tag).contains("二十大代表")
                .contains("上传照片");
        assertThat(page(world.countyAdminA, "/activities/speakers?delegates=true&name=" + world.tag))
                .contains("代表" + world.tag);
        assertThat(page(world.provinceAdminA, "/activities/new")).contains("代表" + world.tag)
                .contains("进协会" + world.tag);

        assertThat(page(world.provinceAdminA, "/activities")).contains("生成订阅地址");
        mvc.perform(post("/activities/feed").with(fixtures.as(world.provinceAdminA)).with(csrf()));
        assertThat(page(world.provinceAdminA, "/activities")).contains("/activities/feed/").contains("重新生成订阅地址");
        assertThat(page(world.countyMemberA, "/activities")).doesNotContain("订阅日历");
    }

    @Test
    void theWorkBenchListsTheNextActivitiesOpenToTheUnit() throws Exception {
        world.create(world.provinceAdminA, world.body("近期大讲堂" + world.tag, nextWeek, nextWeek.plusHours(2), ""));
        assertThat(page(world.countyMemberA, "/")).contains("近期活动").contains("近期大讲堂" + world.tag);
        assertThat(page(world.countyAdminA, "/")).contains("近期大讲堂" + world.tag);
        assertThat(page(world.countyAdminB, "/")).doesNotContain("近期大讲堂" + world.tag);
    }

    private MockHttpServletResponse submit(String starts, String ends, String capacity) throws Exception {
        return mvc.perform(post("/activities/new").with(fixtures.as(world.provinceAdminA)).with(csrf())
                .param("kind", "TALK").param("title", "新书记宣讲" + world.tag).param("address", "会议室")
                .param("startsAt", starts).param("endsAt", ends).param("capacity", capacity)).andReturn()
                .getResponse();
    }

    private String page(String user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String user, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }
}
