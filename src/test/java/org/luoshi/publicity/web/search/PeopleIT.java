package org.luoshi.publicity.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.publicity.internal.search.PublicityRows;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** 典型人物库: consent gates the public page; scope; search by story; linked submissions; every write audited. */
@IntegrationTest
class PeopleIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private Fixtures.Tree tree;
    private String editor;
    private String marker;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        editor = fixtures.account("pped", tree.countyA(), Role.EDITOR);
        marker = "zr" + Long.toString(System.nanoTime()).chars().map(c -> 'a' + c - '0')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
    }

    @Test
    void thePortalPageExistsOnlyWhilePublishedWithConsent() throws Exception {
        long id = create("王建国", "<p>扎根乡村四十年 " + marker + "</p><script>alert(1)</script>");
        assertThat(status(get("/portal/people/" + id))).isEqualTo(404);
        assertThat(status(post("/api/v1/publicity/people/" + id + "/publish").with(fixtures.as(editor)).with(csrf())))
                .isEqualTo(409);

        MockHttpServletResponse consent = mvc.perform(post("/api/v1/publicity/people/" + id + "/consent")
                .with(fixtures.as(editor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"method\":\"WRITTEN\",\"note\":\"同意书存档于办公室\"}")).andReturn().getResponse();
        assertThat(consent.getStatus()).isEqualTo(200);
        assertThat(consent.getContentAsString()).contains("\"publish\":true");
        assertThat(status(get("/portal/people/" + id))).isEqualTo(404);

        assertThat(status(post("/api/v1/publicity/people/" + id + "/publish").with(fixtures.as(editor)).with(csrf())))
                .isEqualTo(200);
        MockHttpServletResponse page = mvc.perform(get("/portal/people/" + id)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("王建国", "扎根乡村四十年").doesNotContain("<script>alert");

        assertThat(status(post("/api/v1/publicity/people/" + id + "/consent/withdraw").with(fixtures.as(editor))
                .with(csrf()))).isEqualTo(200);
        assertThat(status(get("/portal/people/" + id))).isEqualTo(404);
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'publicity_person' and entity_id = ?"
                + " order by id").param(String.valueOf(id)).query(String.class).list()).containsExactly(
                        "publicity.person.create", "publicity.person.consent", "publicity.person.publish",
                        "publicity.person.consent.withdraw");
    }

    @Test
    void peopleAreFoundByTheirStoryWithinTheSubtreeOnly() throws Exception {
        long id = create("李秀英", "<p>带领农民种植果树，助力乡村振兴 " + marker + "</p>");
        String province = fixtures.account("pppr", tree.provinceA(), Role.LEADER);
        String sibling = fixtures.account("ppsb", tree.provinceB(), Role.UNIT_ADMIN);
        String found = mvc.perform(get("/api/v1/publicity/people").param("q", marker + " 乡村振兴")
                .with(fixtures.as(province))).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(found, "$.total")).isEqualTo(1);
        assertThat(found).contains("<mark>乡村振兴</mark>");
        String siblings = mvc.perform(get("/api/v1/publicity/people").param("q", marker)
                .with(fixtures.as(sibling))).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(siblings, "$.total")).isZero();
        assertThat(status(get("/api/v1/publicity/people/" + id).with(fixtures.as(sibling)))).isEqualTo(404);
        assertThat(status(post("/api/v1/publicity/people/" + id + "/consent").with(fixtures.as(province))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"method\":\"ORAL\"}")))
                .isEqualTo(403);
    }

    @Test
    void aPersonIsLinkedToTheUnitsOwnCasesNotToASiblingsAndThePageListsThem() throws Exception {
        long id = create("张志强", "<p>事迹</p>");
        PublicityRows rows = new PublicityRows(jdbc);
        long own = rows.submission(tree.countyA(), "EXEMPLAR", "张志强的先进事迹 " + marker, "事迹", true,
                TestClock.INSTANCE.instant());
        long siblings = rows.submission(tree.countyB(), "CASE", "乙县的案例 " + marker, "案例", true,
                TestClock.INSTANCE.instant());
        assertThat(status(post("/api/v1/publicity/people/" + id + "/submissions").with(fixtures.as(editor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"submissionId\":" + siblings + "}")))
                .isEqualTo(400);
        assertThat(status(post("/api/v1/publicity/people/" + id + "/submissions").with(fixtures.as(editor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"submissionId\":" + own + "}")))
                .isEqualTo(200);
        String page = mvc.perform(get("/publicity/people/" + id).with(fixtures.as(editor))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("关联稿件", "张志强的先进事迹", "/publicity/submissions/" + own)
                .doesNotContain("乙县的案例");
    }

    @Test
    void whenTheCountyMovesItsPeopleMoveToTheNewProvince() throws Exception {
        long id = create("赵明", "<p>事迹 " + marker + "</p>");
        String national = fixtures.account("ppnat", fixtures.root(), Role.SYSTEM_ADMIN);
        assertThat(status(post("/api/v1/units/{id}/move", tree.countyA()).with(fixtures.as(national)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + tree.provinceB() + "}")))
                .isEqualTo(200);
        String newProvince = fixtures.account("ppnb", tree.provinceB(), Role.LEADER);
        String oldProvince = fixtures.account("ppoa", tree.provinceA(), Role.LEADER);
        assertThat(status(get("/api/v1/publicity/people/" + id).with(fixtures.as(newProvince)))).isEqualTo(200);
        assertThat(status(get("/api/v1/publicity/people/" + id).with(fixtures.as(oldProvince)))).isEqualTo(404);
    }

    @Test
    void aNamelessPersonIsRefusedWithTheFieldNamed() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/publicity/people").with(fixtures.as(editor))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"  \"}")).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("请填写姓名");
    }

    private long create(String name, String story) throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/publicity/people").with(fixtures.as(editor))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name
                        + "\",\"post\":\"高级农艺师\",\"storyHtml\":\"" + story.replace("\"", "\\\"") + "\"}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return ((Number) JsonPath.read(response.getContentAsString(), "$.person.id")).longValue();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
