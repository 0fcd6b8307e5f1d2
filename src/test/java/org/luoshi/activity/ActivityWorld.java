package org.luoshi.activity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A tree of its own for activity tests: two provinces with a county each, administrators, leaders and members, and
 * a plan item ("至少 4 次") that province A has acknowledged, so its activities may count toward it.
 */
public class ActivityWorld {

    public final Fixtures.Tree tree;
    public final PlanFixtures.Plan plan;
    public final long provinceTask;
    public final String provinceAdminA;
    public final String countyAdminA;
    public final String countyMemberA;
    public final String countyEditorA;
    public final String provinceAdminB;
    public final String countyAdminB;
    public final String tag = "A" + System.nanoTime() % 1_000_000L;

    private final MockMvc mvc;
    private final Fixtures fixtures;

    public ActivityWorld(Fixtures fixtures, PlanFixtures plans, MockMvc mvc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        tree = fixtures.tree();
        plan = plans.plan(tree.root(), "活动测试方案" + tag, today().plusDays(60));
        provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(provinceTask);
        provinceAdminA = fixtures.account("apa", tree.provinceA(), Role.UNIT_ADMIN);
        countyAdminA = fixtures.account("aca", tree.countyA(), Role.UNIT_ADMIN);
        countyMemberA = fixtures.account("acm", tree.countyA(), Role.MEMBER);
        countyEditorA = fixtures.account("ace", tree.countyA(), Role.EDITOR);
        provinceAdminB = fixtures.account("apb", tree.provinceB(), Role.UNIT_ADMIN);
        countyAdminB = fixtures.account("acb", tree.countyB(), Role.UNIT_ADMIN);
    }

    public static LocalDate today() {
        return LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
    }

    /** A time as the API takes it: with China's offset (2026-12-10T14:00:00+08:00). */
    public static String at(LocalDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.atZone(TestClock.CHINA));
    }

    public long item() {
        return plan.itemIds().get(0);
    }

    /** An activity's JSON body; {@code extra} adds or overrides fields (a JSON fragment starting with a comma). */
    public String body(String title, LocalDateTime starts, LocalDateTime ends, String extra) {
        return """
                {"kind":"LECTURE_HALL","title":"%s","description":"讲解党的二十大精神; 分组讨论, 交流体会",
                 "address":"省科技馆报告厅, 3楼","startsAt":"%s","endsAt":"%s","capacity":100%s}
                """.formatted(title, at(starts), at(ends), extra);
    }

    public MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        return mvc.perform(request.with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    public MockHttpServletResponse postJson(String user, String url, String json) throws Exception {
        return send(user, post(url), json);
    }

    public MockHttpServletResponse putJson(String user, String url, String json) throws Exception {
        return send(user, put(url), json);
    }

    public MockHttpServletResponse get(String user, String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url)
                .with(fixtures.as(user))).andReturn().getResponse();
    }

    /** Creates an activity as {@code user} and answers its id. */
    public long create(String user, String json) throws Exception {
        MockHttpServletResponse response = postJson(user, "/api/v1/activities", json);
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }
}
