package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 领导小组, the way the demo's 西湖区 records it: its administrator, on a 360 px phone in 长辈模式, sets up the group
 * for the demo plan and seats its 组长; 浙江's administrator then finds 西湖区 among the units with one in the
 * roll-up, where the demo's other groups already count.
 */
class LeadingGroupJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UnitDirectory units;
    @Autowired
    LinkableItems linkable;

    @Test
    void aCountyRecordsItsGroupOnAPhoneInElderModeAndTheProvincesRollupShowsIt() {
        UnitRef xihu = units.findByCode("330106").orElseThrow();
        String countyAdmin = fixtures.account("grpxihu", xihu.id(), Role.UNIT_ADMIN);
        Page phone = openPhone();
        logInToWorkBench(phone, countyAdmin, Fixtures.PASSWORD);
        switchElderMode(phone, true);

        phone.navigate("/study");
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("领导小组").setExact(true)).click();
        assertAccessible(phone);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("登记本单位领导小组")).click();
        assertThat(phone.getByLabel("工作方案及计入事项")).containsText("三");
        // other tests issue plans to 西湖区 too: record the group for the demo plan, whichever is offered first
        String demoItem = phone.locator("#itemId optgroup[label*='二十大精神工作方案'] option").first()
                .getAttribute("value");
        phone.getByLabel("工作方案及计入事项").selectOption(demoItem);
        long demoPlan = linkable.find(xihu.id(), Long.parseLong(demoItem)).orElseThrow().item().planId();
        phone.getByLabel("成立日期").fill(LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA)).plusDays(3)
                .toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.locator("#setUpOn-error")).containsText("晚于今天");
        assertAccessible(phone);
        phone.getByLabel("成立日期").fill(LocalDate.now(TestClock.INSTANCE.withZone(TestClock.CHINA)).minusDays(2)
                .toString());
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(xihu.name() + "领导小组")))
                .isVisible();

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("增加成员")).click();
        phone.getByLabel("职责").selectOption("HEAD");
        phone.getByLabel("姓名", new Page.GetByLabelOptions().setExact(true)).fill("王建国");
        phone.getByLabel("职务").fill("会长");
        phone.getByLabel("电话").fill("13912345678");
        assertAccessible(phone);
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存")).click();
        assertThat(phone.locator("main")).containsText("139****5678");
        assertThat(phone.locator("main")).not().containsText("13912345678");
        assertThat(phone.locator("main")).containsText("增加组长：王建国");
        assertThat(Ergonomics.elder(phone)).isTrue();
        assertThat(Ergonomics.stickingOut(phone, Screenshots.MOBILE)).isEmpty();
        assertAccessible(phone);
        screenshots(phone, "study-group");

        String provinceAdmin = fixtures.account("grpzj", units.findByCode("330000").orElseThrow().id(),
                Role.UNIT_ADMIN);
        logInToWorkBench(page, provinceAdmin, Fixtures.PASSWORD);
        page.navigate("/study/groups/rollup?planId=" + demoPlan);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("领导小组成立情况")))
                .isVisible();
        assertThat(page.locator("p.lead")).containsText(Pattern.compile("已成立领导小组 [1-9]\\d* 个"));
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(units.findByCode("330100").orElseThrow().name())).click();
        Locator xihuRow = page.locator("tr", new Page.LocatorOptions().setHasText(xihu.name()));
        assertThat(xihuRow.locator("td").nth(2)).hasText("1");
        assertAccessible(page);
        screenshots(page, "study-group-rollup");
    }
}
