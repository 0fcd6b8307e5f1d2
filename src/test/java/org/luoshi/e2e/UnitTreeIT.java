package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * 组织: browsing the tree level by level down to a county association, as a secretary looks for a unit.
 *
 * <p>Written against the expected behaviour of pages still being built on other branches: the unit tree at
 * /org/units (each node a link to the unit's page plus an expand button that loads the children with htmx and
 * says aria-expanded) and the demo data (浙江省老科协 330000 → 杭州市老科协 330100 → 西湖区老科协 330106).
 * The lead enables it after merging the units and demo branches.
 */
@Disabled("pending merge of units/members: needs the /org/units tree and the demo data")
class UnitTreeIT extends BrowserTest {

    @Test
    void expandsProvinceAndCityLazilyAndOpensTheCountyPage() {
        logInToWorkBench(page, "admin", ADMIN_PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("组织")).click();
        assertThat(page).hasURL(Pattern.compile("/org/units"));
        assertAccessible(page);
        screenshots(page, "units");

        // lazy: a city is not on the page until its province is opened
        assertThat(unitLink(page, "杭州市老科协")).hasCount(0);
        expand(page, "浙江省老科协");
        assertThat(unitLink(page, "杭州市老科协")).isVisible();
        assertThat(unitLink(page, "西湖区老科协")).hasCount(0);
        expand(page, "杭州市老科协");
        assertThat(unitLink(page, "西湖区老科协")).isVisible();
        assertAccessible(page);
        screenshots(page, "units-expanded");

        unitLink(page, "西湖区老科协").click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("西湖区老科协"))).isVisible();
        assertThat(page.getByText("330106")).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("当前位置")))
                .containsText("杭州市老科协");
        assertAccessible(page);
        screenshots(page, "unit");
    }

    private static Locator unitLink(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Presses the expand button of the tree node that holds the unit's link. */
    private static void expand(Page page, String name) {
        Locator toggle = page.locator(".tree-node")
                .filter(new Locator.FilterOptions().setHas(unitLink(page, name)))
                .getByRole(AriaRole.BUTTON);
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        toggle.click();
        assertThat(toggle).hasAttribute("aria-expanded", "true");
    }
}
