package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** A 360 px phone, the smallest screen members use: nothing scrolls sideways and the menu is one tap away. */
class SmallScreenIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void onAPhoneNothingScrollsSidewaysAndTheFoldedMenuOpensAndNavigates() {
        Page phone = openPhone();
        phone.navigate("/login");
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(Screenshots.MOBILE);
        assertAccessible(phone);

        logInToWorkBench(phone, fixtures.account("phone", fixtures.root(), Role.UNIT_ADMIN), Fixtures.PASSWORD);
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(Screenshots.MOBILE);
        Locator units = menu(phone).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("组织").setExact(true));
        // the menu starts folded so that the work itself comes first on a small screen
        assertThat(units).isHidden();

        menu(phone).getByText("菜单", new Locator.GetByTextOptions().setExact(true)).click();

        assertThat(units).isVisible();
        assertAccessible(phone);
        units.click();
        assertThat(phone).hasURL(Pattern.compile("/org/units"));
    }

    @Test
    void inElderModeAPhoneStillNeedsNoSidewaysScrolling() {
        Page phone = openPhone();
        logInToWorkBench(phone, fixtures.account("phonelder", fixtures.root(), Role.UNIT_ADMIN), Fixtures.PASSWORD);

        switchElderMode(phone, true);

        assertThat(Ergonomics.elder(phone)).isTrue();
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(Screenshots.MOBILE);
        menu(phone).getByText("菜单", new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(Screenshots.MOBILE);
        assertThat(Ergonomics.controlsLowerThan(phone, 60)).isEmpty();
        assertAccessible(phone);
    }

    /**
     * Each main page on a 360 px phone, in either mode: no sideways scrolling, every table shown as cards with each
     * value labelled, chart text large enough, targets large enough, and axe finds nothing serious (a region that
     * scrolls without taking the focus included). The roll-up and the member list are photographed.
     */
    @ParameterizedTest(name = "长辈模式 {0}")
    @ValueSource(booleans = {false, true})
    void everyMainPageFitsAPhoneWithItsTablesAsLabelledCards(boolean elder) {
        Page phone = openPhone();
        logInToWorkBench(phone, fixtures.account("phonetour", fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
        if (elder) {
            switchElderMode(phone, true);
        }
        SoftAssertions softly = new SoftAssertions();

        MainPages.tour(phone, (name, visited) -> {
            softly.assertThat(Ergonomics.scrollWidth(visited)).as(name + ": page width").isLessThanOrEqualTo(Screenshots.MOBILE);
            softly.assertThat(Ergonomics.tablesNotShownAsCards(visited)).as(name + ": tables as cards").isEmpty();
            softly.assertThat(Ergonomics.controlsLowerThan(visited, elder ? 60 : 44)).as(name + ": targets").isEmpty();
            softly.assertThat(Ergonomics.smallestChartText(visited)).as(name + ": chart text")
                    .satisfiesAnyOf(size -> assertThat(size).isZero(), size -> assertThat(size).isGreaterThanOrEqualTo(elder ? 18 : 14));
            softly.assertThatCode(() -> assertAccessible(visited)).as(name + ": axe").doesNotThrowAnyException();
            if (name.equals("rollup") || name.equals("members")) {
                screenshots(visited, name);
            }
        });

        softly.assertAll();
    }

    private static Locator menu(Page page) {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"));
    }
}
