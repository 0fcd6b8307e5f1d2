package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.internal.counting.WorkKinds;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 计入落实 in the browser: a county whose four collective study sessions count toward an item of "at least 4" sees,
 * on a 360 px phone in 长辈模式, the counted figure beside its progress, 已达标, and the sessions as evidence it can
 * open; its province sees on its roll-up, and on the item's, that one of its units reached the target by counted work.
 */
class CountedWorkJourneyIT extends BrowserTest {

    private static final AtomicLong RECORDS = new AtomicLong(3_000_000_000L + System.nanoTime() % 1_000_000_000L);
    private static final String KIND = "study.session";

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

    @Test
    void aCountySeesItsCountedSessionsOnAPhoneAndItsProvinceSeesTheTargetReached() {
        long province = fixtures.unit(fixtures.root(), "计入浏览省", "PROVINCIAL");
        long county = fixtures.unit(province, "计入浏览县", "COUNTY");
        String provinceAdmin = fixtures.account("cbp", province, Role.UNIT_ADMIN);
        String countyAdmin = fixtures.account("cbc", county, Role.UNIT_ADMIN);
        LocalDate today = LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA));
        PlanFixtures.Plan plan = plans.plan(province, "计入浏览方案", today.plusDays(30));
        long itemId = plan.itemIds().get(0);
        String unit = kinds.unit(KIND); // as the study module's bundle names it (次), and so the target's unit
        jdbc.sql("update plan_item set target_quantity = 4, target_unit = ? where id = ?").param(unit)
                .param(itemId).update();
        long task = plans.assign(plan, county, province, null);
        plans.acknowledge(task);
        for (int n = 1; n <= 4; n++) {
            count(county, new ItemRef(plan.id(), itemId), "第" + n + "次中心组学习", "/plans/" + plan.id());
        }

        Page phone = openPhone();
        logInToWorkBench(phone, countyAdmin, Fixtures.PASSWORD);
        switchElderMode(phone, true);
        phone.navigate("/plans/assignments/" + task);
        Locator item = phone.locator("#item-" + itemId);
        assertThat(item.getByText(Pattern.compile("^计入 4 .*/ 目标 4 ?" + unit + "$"))).isVisible();
        assertThat(item.getByText("已达标", new Locator.GetByTextOptions().setExact(true))).isVisible();
        item.getByText("计入记录（4 条）").click();
        Locator evidence = item.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("第1次中心组学习"));
        assertThat(evidence).isVisible();
        assertThat(Ergonomics.scrollWidth(phone)).as(String.join("; ", Ergonomics.stickingOut(phone, 360)))
                .isLessThanOrEqualTo(360);
        assertAccessible(phone);
        screenshots(phone, "counted-task");
        evidence.click();
        assertThat(phone).hasURL(Pattern.compile("/plans/" + plan.id() + "$"));

        logInToWorkBench(page, provinceAdmin, Fixtures.PASSWORD);
        page.navigate("/plans/" + plan.id() + "/rollup/items/" + itemId);
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("计入浏览县"));
        assertThat(row.getByText(Pattern.compile("^计入 4 "))).isVisible();
        assertThat(page.locator(".rollup-figures")).containsText("1 / 1");
        assertAccessible(page);
        screenshots(page, "counted-rollup-item");

        page.navigate("/plans/" + plan.id() + "/rollup");
        Locator itemRow = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("计入浏览方案 item 1"));
        assertThat(itemRow.getByText(Pattern.compile("^计入 4 "))).isVisible();
        assertThat(itemRow.getByText("1 / 1", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertAccessible(page);
        screenshots(page, "counted-rollup");
    }

    private void count(long unitId, ItemRef item, String title, String link) {
        long record = RECORDS.incrementAndGet();
        tx.executeWithoutResult(status -> publisher.publishEvent(new WorkCounted(unitId, item, KIND, record, 1, title,
                link, Instant.now(TestClock.INSTANCE))));
    }
}
