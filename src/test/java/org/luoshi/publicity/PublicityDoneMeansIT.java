package org.luoshi.publicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 12's "done means", through the API: a county submits a case linked to a plan item, 杭州 returns it, the
 * county revises, 杭州 adopts and recommends, 浙江 adopts and recommends, the nation adopts, publishes it to 典型案例 and
 * puts it in 工作简报 第3期; the public portal, its feed and search show it; the ranking and the plan's roll-up count it.
 * The nation here is a national unit of this test's own, so 第3期 is its to take in a database other tests share.
 */
@IntegrationTest
class PublicityDoneMeansIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;

    private final String tag = "dm" + System.nanoTime() % 1_000_000L;

    @Test
    void aCountysCaseGoesUpTheTreeToThePortalTheBriefingTheRankingAndThePlan() throws Exception {
        long nation = fixtures.unit(fixtures.root(), "全国老科协" + tag, "NATIONAL");
        long province = fixtures.unit(nation, "浙江省老科协" + tag, "PROVINCIAL");
        long city = fixtures.unit(province, "杭州市老科协" + tag, "PREFECTURE");
        long county = fixtures.unit(city, "西湖区老科协" + tag, "COUNTY");
        String nationEditor = fixtures.account("dmn", nation, Role.EDITOR);
        String nationAdmin = fixtures.account("dma", nation, Role.UNIT_ADMIN);
        String provinceEditor = fixtures.account("dmp", province, Role.EDITOR);
        String cityEditor = fixtures.account("dmc", city, Role.EDITOR);
        String countyEditor = fixtures.account("dmk", county, Role.EDITOR);
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
        PlanFixtures.Plan plan = plans.plan(nation, "宣传工作方案" + tag, today.plusDays(20));
        long item = plan.itemIds().get(0);
        long provinceTask = plans.assign(plan, province, nation, null);
        plans.acknowledge(provinceTask);
        long cityTask = plans.assign(plan, city, province, provinceTask);
        plans.acknowledge(cityTask);
        plans.acknowledge(plans.assign(plan, county, city, cityTask));

        // the county's case, linked to the plan item
        String title = "乡村振兴科技服务站典型案例" + tag;
        long id = idOf(send(countyEditor, post("/api/v1/publicity/submissions"), """
                {"kind":"CASE","title":"%s","bodyHtml":"<p>老科协专家团扎根乡村。</p>","author":"王工",
                 "itemId":%d}""".formatted(title, item)), 201);
        String submission = "/api/v1/publicity/submissions/" + id;
        ok(send(countyEditor, post(submission + "/submit"), "{}"));

        // 杭州 returns it, the county revises and resubmits
        ok(send(cityEditor, post(submission + "/decisions"), "{\"decision\":\"RETURNED\",\"comment\":\"请补充成效数据\"}"));
        ok(send(countyEditor, org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(submission),
                """
                {"kind":"CASE","title":"%s","bodyHtml":"<p>老科协专家团扎根乡村，服务农户 1200 户。</p>","author":"王工",
                 "itemId":%d}""".formatted(title, item)));
        ok(send(countyEditor, post(submission + "/submit"), "{\"note\":\"补充了服务农户数\"}"));

        // 杭州 adopts and recommends, 浙江 adopts and recommends, the nation adopts
        ok(send(cityEditor, post(submission + "/decisions"), "{\"decision\":\"ADOPTED_RECOMMENDED\"}"));
        ok(send(provinceEditor, post(submission + "/decisions"), "{\"decision\":\"ADOPTED_RECOMMENDED\"}"));
        ok(send(nationEditor, post(submission + "/decisions"), "{\"decision\":\"ADOPTED\"}"));
        MockHttpServletResponse closed = read(countyEditor, submission);
        assertThat((String) JsonPath.read(closed.getContentAsString(), "$.status")).isEqualTo("CLOSED");
        assertThat((List<String>) JsonPath.read(closed.getContentAsString(), "$.decisions[*].decision"))
                .containsExactly("RETURNED", "ADOPTED_RECOMMENDED", "ADOPTED_RECOMMENDED", "ADOPTED");

        // the nation publishes it to 典型案例
        long article = idOf(send(nationEditor, post("/api/v1/publicity/articles/from-submission"),
                "{\"submissionId\":%d,\"column\":\"CASES\"}".formatted(id)), 201);

        // and puts it in 工作简报 第3期, issued and published to the 工作简报 column
        long briefing = idOf(send(nationEditor, post("/api/v1/publicity/briefings"), """
                {"year":%d,"number":3,"title":"工作简报","issuerName":"全国老科协办公室","issueDate":"%s",
                 "editorNote":"基层经验值得推广。","reportTo":"中国科协","sendTo":"各省级老科协","issueTo":"本会各部门"}
                """.formatted(today.getYear(), today)), 201);
        String briefingUrl = "/api/v1/publicity/briefings/" + briefing;
        ok(send(nationEditor, post(briefingUrl + "/picks"), "{\"submissionIds\":[%d]}".formatted(id)));
        ok(send(nationEditor, post(briefingUrl + "/issue"), null));
        MockHttpServletResponse published = send(nationEditor, post(briefingUrl + "/publish"), null);
        ok(published);
        long briefingArticle = ((Number) JsonPath.read(published.getContentAsString(), "$.articleId")).longValue();
        MockHttpServletResponse issued = read(nationEditor, briefingUrl);
        assertThat((Integer) JsonPath.read(issued.getContentAsString(), "$.number")).isEqualTo(3);
        assertThat((String) JsonPath.read(issued.getContentAsString(), "$.status")).isEqualTo("ISSUED");
        assertThat((List<String>) JsonPath.read(issued.getContentAsString(), "$.items[*].title"))
                .containsExactly(title);

        // the public portal, its feeds and its search show it, to a visitor without an account
        assertThat(visit("/portal/articles/" + article)).contains(title, "服务农户 1200 户");
        assertThat(visit("/portal/columns/cases")).contains(title);
        assertThat(visit("/portal/columns/cases/rss.xml")).contains(title);
        assertThat(visit("/portal/atom.xml")).contains(title);
        assertThat(visit("/portal/feed.json?column=cases")).contains(title);
        assertThat(visit("/portal/articles/" + briefingArticle)).contains("第3期", title);
        MockHttpServletResponse found = mvc.perform(get("/portal/search").param("q", "乡村振兴 " + tag)).andReturn()
                .getResponse();
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentAsString()).contains("/portal/articles/" + article);

        // the ranking credits the county: 杭州 2 + 1, 浙江 5 + 1, the nation 10
        MockHttpServletResponse ranking = read(nationEditor, "/api/v1/publicity/ranking?unitId=" + nation
                + "&from=" + today.withDayOfYear(1) + "&to=" + today + "&size=100");
        String row = "$.rows.items[?(@.unitId == %d)].figures".formatted(county);
        assertThat((List<Integer>) JsonPath.read(ranking.getContentAsString(), row + ".points")).containsExactly(19);
        assertThat((List<Integer>) JsonPath.read(ranking.getContentAsString(), row + ".adoptedNational"))
                .containsExactly(1);

        // and the plan's roll-up counts the submission and its adoption for 浙江's subtree
        MockHttpServletResponse rollup = read(nationAdmin, "/api/v1/plans/" + plan.id() + "/rollup/items/" + item);
        assertThat((List<String>) JsonPath.read(rollup.getContentAsString(),
                "$.children[?(@.unitId == %d)].counted.work.kinds[*].kind".formatted(province)))
                .containsExactlyInAnyOrder("publicity.submitted", "publicity.adopted");
    }

    private MockHttpServletResponse send(String user, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(fixtures.as(user)).with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletResponse read(String user, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse();
        ok(response);
        return response;
    }

    private String visit(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private static void ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
    }

    private static long idOf(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
    }
}
