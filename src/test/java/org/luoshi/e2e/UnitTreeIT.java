package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 组织: browsing the tree level by level down to a county association, as a secretary looks for a unit.
 *
 * <p>Written against the expected behaviour of pages still being built on other branches: the unit tree at
 * /org/units (each node a link to the unit's page plus an expand button that loads the children with htmx and
 * says aria-expanded) and the demo data (浙江省老科协 330000 → 杭州市老科协 330100 → 西湖区老科协 330106).
 * The lead enables it after merging the units and demo branches.
 */
class UnitTreeIT extends BrowserTest {

    @Test
    void expandsProvinceAndCityLazilyAndOpensTheCountyPage() {
        logInToWorkBench(page, "admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("组织").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/org/units"));
        assertAccessible(page);
        screenshots(page, "units");

        // lazy: a city is not on the page until its province is opened
        assertThat(unitLink(page, "杭州市老科学技术工作者协会")).hasCount(0);
        expand(page, "浙江省老科学技术工作者协会");
        assertThat(unitLink(page, "杭州市老科学技术工作者协会")).isVisible();
        assertThat(unitLink(page, "杭州市西湖区老科学技术工作者协会")).hasCount(0);
        expand(page, "杭州市老科学技术工作者协会");
        assertThat(unitLink(page, "杭州市西湖区老科学技术工作者协会")).isVisible();
        assertAccessible(page);
        screenshots(page, "units-expanded");

        unitLink(page, "杭州市西湖区老科学技术工作者协会").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("杭州市西湖区老科学技术工作者协会"))).isVisible();
        assertThat(page.getByText("330106").first()).isVisible(); // both the code and the region code
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("当前位置")))
                .containsText("杭州市老科学技术工作者协会");
        assertAccessible(page);
        screenshots(page, "unit");

        // leaders' and contacts' phones are masked until one is revealed on purpose
        Locator people = page.locator("table").filter(new Locator.FilterOptions().setHasText("联系人"));
        assertThat(people).containsText(Pattern.compile("1[3-9][0-9]\\*{4}[0-9]{4}"));
        assertThat(people).not().containsText(Pattern.compile("1[3-9][0-9]{9}"));
        people.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("完整电话"))).first()
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("审计日志")))
                .isVisible();
        assertThat(page.locator("table").filter(new Locator.FilterOptions().setHasText("联系人")))
                .containsText(Pattern.compile("1[3-9][0-9]{9}"));
        assertAccessible(page);
    }

    private static Locator unitLink(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses the expand control (a link that htmx enhances) of the tree node that holds the unit's link. */
    private static void expand(Page page, String name) {
        Locator toggle = page.locator(".tree-node")
                .filter(new Locator.FilterOptions().setHas(unitLink(page, name)))
                .locator("a.tree-toggle");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
    }
}
