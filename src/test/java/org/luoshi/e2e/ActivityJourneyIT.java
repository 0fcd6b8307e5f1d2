package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 浙江's administrator, on a 360 px phone, creates an activity in the demo series 党的二十大代表进协会 with a 二十大代表
 * as speaker and 三（三） as its plan item, then finds it in the month calendar (a list of days on a phone), also in
 * 长辈模式; every page passes axe and fits the phone. On a desktop the month is a grid of whole weeks.
 */
class ActivityJourneyIT extends BrowserTest {

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProvinceCreatesAnActivityOnAPhoneAndSeesItInTheMonthCalendar() {
        Page phone = openPhone();
        logInToWorkBench(phone, "prov-admin", ADMIN_PASSWORD);
        switchElderMode(phone, false);
        openMenuItem(phone, "活动");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("活动日历");
        checked(phone, "activity-calendar");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建活动")).click();
        checked(phone, "activity-form");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate day = today.plusDays(2);
        String title = "手机上新建的代表宣讲" + System.nanoTime() % 100_000;
        phone.getByLabel("活动名称", EXACT).fill(title);
        phone.getByLabel("活动形式", EXACT).selectOption("TALK");
        Locator series = phone.getByLabel("所属系列", EXACT);
        series.selectOption(series.locator("option", new Locator.LocatorOptions().setHasText("党的二十大代表进协会"))
                .first().getAttribute("value"));
        phone.getByLabel("开始时间", EXACT).fill(day + "T14:00");
        phone.getByLabel("结束时间", EXACT).fill(day + "T16:00");
        phone.getByLabel("活动地点", EXACT).fill("浙江省老科协报告厅");
        phone.getByLabel("人数上限", EXACT).fill("120");
        phone.locator("fieldset:has(legend:text('主讲人')) input[type=checkbox]").first().check();
        Locator item = phone.getByLabel("计入事项", EXACT);
        String activityItem = item.locator("option", new Locator.LocatorOptions().setHasText("三（三）")).first()
                .getAttribute("value");
        item.selectOption(activityItem);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();

        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(phone.getByText("活动已保存")).isVisible();
        assertThat(phone.locator(".badge", new Page.LocatorOptions().setHasText("二十大代表")).first()).isVisible();
        checked(phone, "activity-detail");
        long id = Long.parseLong(phone.url().replaceAll(".*/activities/(\\d+).*", "$1"));
        assertThat(jdbc.sql("select item_id from activity where id = ?").param(id).query(Long.class).single())
                .isEqualTo(Long.parseLong(activityItem));

        openMenuItem(phone, "活动");
        if (!YearMonth.from(day).equals(YearMonth.from(today))) {
            phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下一月")).click();
        }
        Locator entry = phone.locator(".cal-day .cal-entry", new Page.LocatorOptions().setHasText(title));
        assertThat(entry).isVisible();
        assertThat(phone.locator(".cal-day.busy", new Page.LocatorOptions().setHas(
                phone.locator(".cal-entry", new Page.LocatorOptions().setHasText(title)))))
                .containsText(day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
        assertThat(phone.locator(".cal-weekdays")).isHidden();
        checked(phone, "activity-month-phone");

        switchElderMode(phone, true);
        assertThat(entry).isVisible();
        checked(phone, "activity-month-phone-elder");
        entry.click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        switchElderMode(phone, false);

        Page desktop = open(1280, 900, false);
        logInToWorkBench(desktop, "prov-admin", ADMIN_PASSWORD);
        desktop.navigate("/activities?date=" + day);
        assertThat(desktop.locator(".cal-weekdays")).isVisible();
        assertThat(desktop.locator(".cal-day").count() % 7).isZero();
        assertThat(desktop.locator(".cal-entry", new Page.LocatorOptions().setHasText(title))).isVisible();
        assertAccessible(desktop);
    }

    /** On a phone the menu starts folded: open it, as a user does, and follow the item. */
    private static void openMenuItem(Page page, String name) {
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"));
        Locator item = menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true));
        assertThat(item).isHidden();
        menu.getByText("菜单", new Locator.GetByTextOptions().setExact(true)).click();
        item.click();
    }

    private static void checked(Page page, String name) {
        assertAccessible(page);
        assertThat(Ergonomics.scrollWidth(page)).as("%s sticking out: %s", name,
                Ergonomics.stickingOut(page, Screenshots.MOBILE)).isLessThanOrEqualTo(
                        Math.max(Screenshots.MOBILE, page.viewportSize().width));
        screenshots(page, name);
    }
}
