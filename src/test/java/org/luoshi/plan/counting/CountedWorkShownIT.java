package org.luoshi.plan.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.plan.internal.counting.WorkKinds;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where counted work shows (计入落实): the unit's task page and its API, beside the reported progress, with 已达标 once
 * the target is reached and every entry linking to its record; the roll-up of the item per child unit; the Word
 * report and the exports. A sibling province sees none of it.
 * <p>
 * The kind's label and unit belong to the study module's bundle, so the figures are asserted on the quantity and
 * the target, and the item's target is set in whatever unit that bundle counts sessions in.
 */
@IntegrationTest
class CountedWorkShownIT {

    private static final AtomicLong RECORDS = new AtomicLong(2_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String KIND = "study.session";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    WorkKinds kinds;

    long nation;
    long provinceA;
    long countyA1;
    long countyA2;
    long provinceB;
    String nationAdmin;
    String provinceAdminA;
    String countyAdminA1;
    String provinceAdminB;
    PlanFixtures.Plan plan;
    long itemId;
    long taskA1;
    long taskA2;
    String unit;
    /** The target as the pages print it: 目标 4 次 (the unit as the study module's bundle names it). */
    String target;
    LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));

    @BeforeEach
    void twoCountiesOfAProvinceHaveAcknowledgedAnItemOfFourSessions() {
        nation = fixtures.unit(fixtures.root(), "计入测试全国", "NATIONAL");
        provinceA = fixtures.unit(nation, "计入甲省", "PROVINCIAL");
        countyA1 = fixtures.unit(provinceA, "计入甲省一县", "COUNTY");
        countyA2 = fixtures.unit(provinceA, "计入甲省二县", "COUNTY");
        provinceB = fixtures.unit(nation, "计入乙省", "PROVINCIAL");
        nationAdmin = fixtures.account("cn", nation, Role.UNIT_ADMIN);
        provinceAdminA = fixtures.account("cpa", provinceA, Role.UNIT_ADMIN);
        countyAdminA1 = fixtures.account("cca", countyA1, Role.UNIT_ADMIN);
        provinceAdminB = fixtures.account("cpb", provinceB, Role.UNIT_ADMIN);
        plan = plans.plan(nation, "计入展示方案", today.plusDays(30));
        itemId = plan.itemIds().get(0);
        unit = kinds.unit(KIND);
        target = ("目标 4 " + unit).strip();
        jdbc.sql("update plan_item set target_quantity = 4, target_unit = ? where id = ?").param(unit).param(itemId)
                .update();
        long taskA = plans.assign(plan, provinceA, nation, null);
        plans.acknowledge(taskA);
        taskA1 = plans.assign(plan, countyA1, provinceA, taskA);
        taskA2 = plans.assign(plan, countyA2, provinceA, taskA);
        plans.acknowledge(taskA1);
        plans.acknowledge(taskA2);
        plans.assign(plan, provinceB, nation, null);
    }

    @Test
    void theTaskPageAndApiShowTheCountedSessionsBesideTheTargetWithTheirRecords() throws Exception {
        long first = count(countyA1, "中心组学习（一）", "/study/sessions/101");
        count(countyA1, "中心组学习（二）", "/study/sessions/102");
        count(countyA1, "专题学习", null);

        as(countyAdminA1, "/api/v1/plans/assignments/" + taskA1).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].counted.kinds[0].kind").value(KIND))
                .andExpect(jsonPath("$.items[0].counted.kinds[0].quantity").value(3))
                .andExpect(jsonPath("$.items[0].counted.targetQuantity").value(4))
                .andExpect(jsonPath("$.items[0].counted.towardTarget").value(3))
                .andExpect(jsonPath("$.items[0].counted.reached").value(false))
                .andExpect(jsonPath("$.items[0].counted.text").value(containsString("计入 3 ")))
                .andExpect(jsonPath("$.items[0].counted.text").value(containsString("/ " + target)))
                .andExpect(jsonPath("$.items[0].counted.entries.length()").value(3))
                .andExpect(jsonPath("$.items[0].counted.entries[2].title").value("中心组学习（一）"))
                .andExpect(jsonPath("$.items[0].counted.entries[2].recordId").value(first))
                .andExpect(jsonPath("$.items[0].counted.entries[2].link").value("/study/sessions/101"));

        as(countyAdminA1, "/plans/assignments/" + taskA1).andExpect(status().isOk())
                .andExpect(content().string(containsString("计入 3 ")))
                .andExpect(content().string(containsString("/ " + target)))
                .andExpect(content().string(containsString("计入记录（3 条）")))
                .andExpect(content().string(containsString("href=\"/study/sessions/101\"")))
                .andExpect(content().string(containsString(">专题学习</span>")))
                .andExpect(content().string(not(containsString(">已达标<"))));
    }

    @Test
    void reachingTheTargetMarksTheItemAndUncountingTakesTheMarkAway() throws Exception {
        long[] sessions = {count(countyA1, "一", null), count(countyA1, "二", null), count(countyA1, "三", null),
            count(countyA1, "四", null)};

        as(countyAdminA1, "/api/v1/plans/assignments/" + taskA1)
                .andExpect(jsonPath("$.items[0].counted.reached").value(true))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"));
        as(countyAdminA1, "/plans/assignments/" + taskA1).andExpect(content().string(containsString(">已达标<")));

        uncount(countyA1, sessions[3]);

        as(countyAdminA1, "/api/v1/plans/assignments/" + taskA1)
                .andExpect(jsonPath("$.items[0].counted.reached").value(false))
                .andExpect(jsonPath("$.items[0].counted.kinds[0].quantity").value(3));
        as(countyAdminA1, "/plans/assignments/" + taskA1)
                .andExpect(content().string(not(containsString(">已达标<"))));
    }

    @Test
    void theRollupShowsTheCountedWorkPerChildUnitAndHowManyReachedTheTarget() throws Exception {
        for (int i = 0; i < 4; i++) {
            count(countyA1, "一县学习" + i, null);
        }
        count(countyA2, "二县学习", null);

        as(provinceAdminA, "/api/v1/plans/" + plan.id() + "/rollup/items/" + itemId).andExpect(status().isOk())
                .andExpect(jsonPath("$.item.counted.work.kinds[0].quantity").value(5))
                .andExpect(jsonPath("$.item.counted.work.targetQuantity").value(4))
                .andExpect(jsonPath("$.item.counted.unitsReached").value(1))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.work.kinds[0].quantity", countyA1)
                        .value(4))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.unitsReached", countyA1).value(1))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.work.kinds[0].quantity", countyA2)
                        .value(1))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.unitsReached", countyA2).value(0));
        as(nationAdmin, "/api/v1/plans/" + plan.id() + "/rollup/items/" + itemId + "?unitId=" + nation)
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.work.kinds[0].quantity", provinceA)
                        .value(5))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.unitsReached", provinceA).value(1))
                .andExpect(jsonPath("$.children[?(@.unitId == %d)].counted.unitsReached", provinceB).value(0));
        as(nationAdmin, "/api/v1/plans/" + plan.id() + "/rollup?unitId=" + nation)
                .andExpect(jsonPath("$.items[0].counted.work.kinds[0].quantity").value(5))
                .andExpect(jsonPath("$.items[0].counted.unitsReached").value(1));

        as(provinceAdminA, "/plans/" + plan.id() + "/rollup/items/" + itemId).andExpect(status().isOk())
                .andExpect(content().string(containsString("计入 4 ")))
                .andExpect(content().string(containsString("计入 1 ")))
                .andExpect(content().string(containsString("1 / 3")));
        as(nationAdmin, "/plans/" + plan.id() + "/rollup?unitId=" + nation).andExpect(status().isOk())
                .andExpect(content().string(containsString("计入 5 ")));
    }

    @Test
    void workCountedInAnotherUnitThanTheTargetsDoesNotReachIt() throws Exception {
        jdbc.sql("update plan_item set target_unit = '场' where id = ?").param(itemId).update();
        for (int i = 0; i < 4; i++) {
            count(countyA1, "一县学习" + i, null);
        }

        as(countyAdminA1, "/api/v1/plans/assignments/" + taskA1)
                .andExpect(jsonPath("$.items[0].counted.kinds[0].quantity").value(4))
                .andExpect(jsonPath("$.items[0].counted.towardTarget").value(0))
                .andExpect(jsonPath("$.items[0].counted.reached").value(false));
        as(provinceAdminA, "/api/v1/plans/" + plan.id() + "/rollup/items/" + itemId)
                .andExpect(jsonPath("$.item.counted.work.kinds[0].quantity").value(4))
                .andExpect(jsonPath("$.item.counted.unitsReached").value(0));
    }

    @Test
    void theWordReportAndTheExportsCarryTheCountedWork() throws Exception {
        for (int i = 0; i < 4; i++) {
            count(countyA1, "一县学习" + i, null);
        }

        byte[] docx = as(provinceAdminA, "/plans/" + plan.id() + "/report.docx").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = new XWPFWordExtractor(document).getText();
            assertThat(text).contains("计入落实：计入 4 ").contains(target)
                    .contains("已有 1 个单位（共 3 个）按计入达标").contains("按计入达标单位");
        }

        assertThat(sheet(as(provinceAdminA, "/plans/" + plan.id() + "/rollup/export.xlsx?view=item&itemId="
                + itemId))).anySatisfy(row -> assertThat(row).startsWith("计入甲省一县")
                        .anySatisfy(cell -> assertThat(cell).startsWith("计入 4 ")));
        assertThat(sheet(as(provinceAdminA, "/plans/" + plan.id() + "/rollup/export.xlsx?view=items")))
                .anySatisfy(row -> assertThat(row).anySatisfy(cell -> assertThat(cell).startsWith("计入 4 "))
                        .contains(target));
    }

    @Test
    void aSiblingProvinceSeesNoneOfIt() throws Exception {
        count(countyA1, "一县学习", "/study/sessions/7");

        as(provinceAdminB, "/api/v1/plans/assignments/" + taskA1).andExpect(status().isNotFound());
        as(provinceAdminB, "/plans/assignments/" + taskA1).andExpect(status().isNotFound());
        as(provinceAdminB, "/api/v1/plans/" + plan.id() + "/rollup/items/" + itemId + "?unitId=" + provinceA)
                .andExpect(status().isNotFound());
        as(provinceAdminB, "/api/v1/plans/" + plan.id() + "/rollup/items/" + itemId)
                .andExpect(jsonPath("$.item.counted.work.kinds").isEmpty())
                .andExpect(jsonPath("$.item.counted.unitsReached").value(0));
    }

    private long count(long unitId, String title, String link) {
        long record = RECORDS.incrementAndGet();
        tx.executeWithoutResult(status -> publisher.publishEvent(new WorkCounted(unitId,
                new ItemRef(plan.id(), itemId), KIND, record, 1, title, link, Instant.now(TestClock.INSTANCE))));
        return record;
    }

    private void uncount(long unitId, long record) {
        tx.executeWithoutResult(status -> publisher.publishEvent(new WorkUncounted(unitId,
                new ItemRef(plan.id(), itemId), KIND, record, 1, "", null, Instant.now(TestClock.INSTANCE))));
    }

    private ResultActions as(String user, String url) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(user)));
    }

    private static List<List<String>> sheet(ResultActions download) throws Exception {
        byte[] xlsx = download.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                var rows = workbook.getFirstSheet().openStream()) {
            return rows.map(row -> java.util.stream.IntStream.range(0, row.getCellCount())
                    .mapToObj(i -> row.getCellText(i)).toList()).toList();
        }
    }
}
