package org.luoshi.study.session;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A tree of its own for study tests: two provinces with a county each, a unit administrator everywhere, members in
 * county A and in county B, and a plan of two items ("至少 4 次" on the first) that county A has acknowledged.
 */
class SessionWorld {

    final Fixtures.Tree tree;
    final PlanFixtures.Plan plan;
    final long countyTask;
    final String provinceAdminA;
    final String countyAdminA;
    final String countyAdminB;
    final List<Long> membersA;
    final long memberB;
    final String tag = "S" + System.nanoTime() % 1_000_000L;

    private final MockMvc mvc;
    private final Fixtures fixtures;

    SessionWorld(Fixtures fixtures, PlanFixtures plans, JdbcClient jdbc, MockMvc mvc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        tree = fixtures.tree();
        LocalDate today = today();
        plan = plans.plan(tree.root(), "学习测试方案" + tag, today.plusDays(30), today.plusDays(60));
        jdbc.sql("update plan_item set target_quantity = 4, target_unit = '次' where id = ?")
                .param(plan.itemIds().get(0)).update();
        long provinceTask = plans.assign(plan, tree.provinceA(), tree.root(), null);
        plans.acknowledge(provinceTask);
        countyTask = plans.assign(plan, tree.countyA(), tree.provinceA(), provinceTask);
        plans.acknowledge(countyTask);
        provinceAdminA = fixtures.account("spa", tree.provinceA(), Role.UNIT_ADMIN);
        countyAdminA = fixtures.account("sca", tree.countyA(), Role.UNIT_ADMIN);
        countyAdminB = fixtures.account("scb", tree.countyB(), Role.UNIT_ADMIN);
        membersA = List.of(member(jdbc, tree.countyA(), "张学" + tag), member(jdbc, tree.countyA(), "李习" + tag),
                member(jdbc, tree.countyA(), "王读" + tag));
        memberB = member(jdbc, tree.countyB(), "赵外" + tag);
    }

    static LocalDate today() {
        return LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
    }

    private static long member(JdbcClient jdbc, long unitId, String name) {
        return jdbc.sql("""
                insert into member (unit_id, unit_path, name) select id, path, ? from unit where id = ? returning id
                """).param(name).param(unitId).query(Long.class).single();
    }

    long item() {
        return plan.itemIds().get(0);
    }

    String body(LocalDate heldOn, Long itemId, List<Long> attendees) {
        return """
                {"form":"THEMATIC","heldOn":"%s","durationMinutes":90,"topic":"学习党的二十大报告%s","leadName":"王会长",
                 "materialTitles":["党的二十大报告"],"attendeeIds":%s,"otherCount":3,"leaders":["PRESIDENT"],
                 "minutesHtml":"<p style='font-size:20px'>纪要<script>alert(1)</script></p>","itemId":%s}
                """.formatted(heldOn, tag, attendees, itemId);
    }

    MockHttpServletResponse postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(fixtures.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    long record(LocalDate heldOn, Long itemId) throws Exception {
        MockHttpServletResponse response = postJson(countyAdminA, "/api/v1/study/sessions",
                body(heldOn, itemId, membersA));
        if (response.getStatus() != 201) {
            throw new AssertionError(response.getStatus() + " " + response.getContentAsString());
        }
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }
}
