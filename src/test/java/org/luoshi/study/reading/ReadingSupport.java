package org.luoshi.study.reading;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.TestClock;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Members with accounts linked to them, published materials and reading reports, for the reading tests. */
final class ReadingSupport {

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcClient jdbc;

    ReadingSupport(MockMvc mvc, Fixtures fixtures, JdbcClient jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    record Reader(String username, long memberId) {
    }

    record Published(long materialId, List<Long> sectionIds) {
    }

    /** A member of {@code unitId} and a 会员 account linked to them. */
    Reader reader(long unitId, String name) {
        long member = jdbc.sql("insert into member (unit_id, unit_path, name) select id, path, ? from unit where id = ? "
                + "returning id").param(name).param(unitId).query(Long.class).single();
        String username = fixtures.account("reader", unitId, Role.MEMBER);
        jdbc.sql("update account set member_id = ? where username = ?").param(member).param(username).update();
        return new Reader(username, member);
    }

    /** A material of three short sections, pasted and published by an administrator of {@code unitId}. */
    Published publish(long unitId, String title) throws Exception {
        String admin = fixtures.account("readadm", unitId, Role.UNIT_ADMIN);
        String created = mvc.perform(post("/api/v1/study/materials").with(fixtures.as(admin)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title":"%s","source":"测试","text":"第一章 总则\\n一、第一节\\n第一节的正文。\\n二、第二节\\n第二节的正文。\\n三、第三节\\n第三节的正文。"}
                        """.formatted(title))).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.material.id")).longValue();
        List<Number> sections = JsonPath.read(created, "$.sections[*].id");
        mvc.perform(post("/api/v1/study/materials/" + id + "/publish").with(fixtures.as(admin)).with(csrf()));
        return new Published(id, sections.stream().map(Number::longValue).toList());
    }

    MockHttpServletResponse report(String username, long sectionId, long dwellMs, boolean end) throws Exception {
        return report(username, sectionId, dwellMs, end, TestClock.INSTANCE.instant());
    }

    MockHttpServletResponse report(String username, long sectionId, long dwellMs, boolean end, Instant at)
            throws Exception {
        return mvc.perform(post("/api/v1/study/reading/" + sectionId + "/progress").with(fixtures.as(username))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
                        {"dwellMs":%d,"endReached":%b,"at":"%s"}
                        """.formatted(dwellMs, end, at))).andReturn().getResponse();
    }

    boolean isRead(long memberId, long sectionId) {
        return jdbc.sql("select finished_at is not null from reading_progress where member_id = ? and section_id = ?")
                .param(memberId).param(sectionId).query(Boolean.class).optional().orElse(false);
    }
}
