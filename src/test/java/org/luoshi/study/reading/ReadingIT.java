package org.luoshi.study.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 原原本本、逐字逐句 as a member reads: the server counts a section only after visible time in proportion to its length
 * (in the tests: 2 s at least, luoshi.study.reading.* in src/test/resources/config) with its end seen.
 */
@IntegrationTest
class ReadingIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountDirectory accounts;

    private ReadingSupport reading;
    private Fixtures.Tree tree;

    @BeforeEach
    void setUp() {
        reading = new ReadingSupport(mvc, fixtures, jdbc);
        tree = fixtures.tree();
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aSectionCountsAsReadOnlyOnceTheVisibleTimeIsEnoughAndItsEndWasSeen() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "读者甲");
        long first = material.sectionIds().get(0);

        assertThat(reading.report(member.username(), first, 0, false).getStatus()).isEqualTo(200);
        TestClock.INSTANCE.advance(Duration.ofSeconds(1));
        reading.report(member.username(), first, 1_000, true);
        assertThat(reading.isRead(member.memberId(), first)).as("1 s of the 2 s needed").isFalse();

        TestClock.INSTANCE.advance(Duration.ofSeconds(2));
        MockHttpServletResponse done = reading.report(member.username(), first, 2_000, true);

        assertThat(JsonPath.<Boolean>read(done.getContentAsString(), "$.read")).isTrue();
        assertThat(reading.isRead(member.memberId(), first)).isTrue();
        assertThat(jdbc.sql("select sections_read from material_reader where material_id = ? and member_id = ?")
                .param(material.materialId()).param(member.memberId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aForgedLargeDwellRightAfterOpeningDoesNotCount() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "读者乙");
        long first = material.sectionIds().get(0);

        reading.report(member.username(), first, 0, false);
        MockHttpServletResponse forged = reading.report(member.username(), first, 3_000_000, true);

        assertThat(forged.getStatus()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(forged.getContentAsString(), "$.read")).isFalse();
        assertThat(reading.isRead(member.memberId(), first)).isFalse();
    }

    @Test
    void scrollingPastOrATabLeftInTheBackgroundDoesNotCount() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "读者丙");
        long first = material.sectionIds().get(0);

        reading.report(member.username(), first, 0, false);
        reading.report(member.username(), first, 300, true); // scrolled straight to the end
        TestClock.INSTANCE.advance(Duration.ofMinutes(10)); // then the tab sat hidden: the page reports no time
        reading.report(member.username(), first, 0, true);

        assertThat(reading.isRead(member.memberId(), first)).isFalse();
        assertThat(jdbc.sql("select sections_read from material_reader where material_id = ? and member_id = ?")
                .param(material.materialId()).param(member.memberId()).query(Integer.class).single()).isZero();
    }

    @Test
    void aMemberOfAnotherProvinceCannotReadAUnitsOwnMaterial() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "甲省自己的材料");
        ReadingSupport.Reader outsider = reading.reader(tree.countyB(), "乙省读者");
        long first = material.sectionIds().get(0);

        assertThat(reading.report(outsider.username(), first, 0, false).getStatus()).isEqualTo(404);
        mvc.perform(get("/api/v1/study/reading/sections/" + first).with(fixtures.as(outsider.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/study/reading/sections/" + first).with(fixtures.as(outsider.username())))
                .andExpect(status().isNotFound());
        String mine = mvc.perform(get("/api/v1/study/reading/my").param("size", "200")
                .with(fixtures.as(outsider.username()))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(mine).doesNotContain("甲省自己的材料");
    }

    @Test
    void badReportsAreRefusedInChineseNamingTheField() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "读者丁");
        long first = material.sectionIds().get(0);

        MockHttpServletResponse future = reading.report(member.username(), first, 1_000, true,
                TestClock.INSTANCE.instant().plus(Duration.ofHours(1)));
        assertThat(future.getStatus()).isEqualTo(400);
        assertThat(future.getContentAsString(StandardCharsets.UTF_8)).contains("时间（at）").contains("晚于当前时间");

        MockHttpServletResponse negative = reading.report(member.username(), first, -5, true);
        assertThat(negative.getStatus()).isEqualTo(400);
        assertThat(negative.getContentAsString(StandardCharsets.UTF_8)).contains("阅读时长（dwellMs）");

        MockHttpServletResponse huge = reading.report(member.username(), first, 90_000_000, true);
        assertThat(huge.getStatus()).isEqualTo(400);
        assertThat(huge.getContentAsString(StandardCharsets.UTF_8)).contains("阅读时长（dwellMs）");
        assertThat(jdbc.sql("select count(*) from reading_progress where member_id = ?").param(member.memberId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void aMemberSeesOnlyTheirOwnProgress() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader reader = reading.reader(tree.countyA(), "读者戊");
        ReadingSupport.Reader neighbour = reading.reader(tree.countyA(), "读者己");
        long first = material.sectionIds().get(0);
        reading.report(reader.username(), first, 0, false);
        TestClock.INSTANCE.advance(Duration.ofSeconds(3));
        reading.report(reader.username(), first, 3_000, true);

        mvc.perform(get("/api/v1/study/reading/materials/" + material.materialId())
                .with(fixtures.as(reader.username())))
                .andExpect(jsonPath("$.sections[0].readAt").isNotEmpty());
        mvc.perform(get("/api/v1/study/reading/materials/" + material.materialId())
                .with(fixtures.as(neighbour.username())))
                .andExpect(jsonPath("$.sections[0].readAt").doesNotExist())
                .andExpect(jsonPath("$.sections[0].opened").value(false));
        mvc.perform(get("/api/v1/study/reading/my").with(fixtures.as(neighbour.username())))
                .andExpect(jsonPath("$.items[?(@.id == " + material.materialId() + ")].sectionsRead").value(
                        Matchers.contains(0)));
    }

    @Test
    void continueWhereILeftOffOpensTheSectionLastOpened() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        ReadingSupport.Reader member = reading.reader(tree.countyA(), "读者庚");
        reading.report(member.username(), material.sectionIds().get(0), 0, false);
        reading.report(member.username(), material.sectionIds().get(1), 0, false);

        mvc.perform(get("/study/reading/read/" + material.materialId() + "/continue")
                .with(fixtures.as(member.username())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .redirectedUrl("/study/reading/sections/" + material.sectionIds().get(1)));
        mvc.perform(get("/api/v1/study/reading/next").with(fixtures.as(member.username())))
                .andExpect(status().isOk());
        mvc.perform(get("/study/reading/sections/" + material.sectionIds().get(1))
                .with(fixtures.as(member.username())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("第二节的正文")))
                .andExpect(content().string(Matchers.containsString("data-reading=\"on\"")));
        mvc.perform(get("/study/reading").with(fixtures.as(member.username())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("已读 0 / 3 节")));
        // the member's home says what to read next: the material they started, at the section after the last opened
        mvc.perform(get("/").with(fixtures.as(member.username())))
                .andExpect(content().string(Matchers.containsString("id=\"next-reading-card\"")))
                .andExpect(content().string(Matchers.containsString("/study/reading/sections/"
                        + material.sectionIds().get(1) + "\"")));
        mvc.perform(get("/study/reading/read/" + material.materialId()).with(fixtures.as(member.username())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("上次读到这里")));
    }

    @Test
    void anAccountNotLinkedToAMemberIsToldWhyInsteadOfTheReader() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        String unlinked = fixtures.account("nolink", tree.countyA(), Role.MEMBER);

        mvc.perform(get("/study/reading").with(fixtures.as(unlinked)))
                .andExpect(content().string(Matchers.containsString("您的账号还没有关联会员")));
        mvc.perform(get("/study/reading/sections/" + material.sectionIds().get(0)).with(fixtures.as(unlinked)))
                .andExpect(content().string(Matchers.containsString("您的账号还没有关联会员")));
        assertThat(reading.report(unlinked, material.sectionIds().get(0), 0, false).getStatus()).isEqualTo(409);
    }

    @Test
    void manyReadersAtOnceLoseNoReading() throws Exception {
        ReadingSupport.Published material = reading.publish(tree.provinceA(), "省材料");
        List<ReadingSupport.Reader> readers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            readers.add(reading.reader(tree.countyA(), "并发读者" + i));
        }
        for (ReadingSupport.Reader reader : readers) {
            for (long section : material.sectionIds()) {
                reading.report(reader.username(), section, 0, false);
            }
        }
        TestClock.INSTANCE.advance(Duration.ofSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (ReadingSupport.Reader reader : readers) {
                for (long section : material.sectionIds()) {
                    for (int twice = 0; twice < 2; twice++) {
                        answers.add(pool.submit(() -> reading.report(reader.username(), section, 5_000, true)
                                .getStatus()));
                    }
                }
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        for (ReadingSupport.Reader reader : readers) {
            assertThat(jdbc.sql("""
                    select sections_read from material_reader where material_id = ? and member_id = ?
                    """).param(material.materialId()).param(reader.memberId()).query(Integer.class).single())
                    .isEqualTo(3);
            assertThat(jdbc.sql("select finished_on is not null from material_reader where material_id = ? "
                    + "and member_id = ?").param(material.materialId()).param(reader.memberId())
                    .query(Boolean.class).single()).isTrue();
        }
    }
}
