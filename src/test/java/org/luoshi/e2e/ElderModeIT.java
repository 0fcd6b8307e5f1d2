package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.PlanFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** 长辈模式: larger text and targets, switched on from any page and kept with the account. */
class ElderModeIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures plans;

    @Test
    void standardModeKeepsEveryControlAtLeast44PixelsHigh() {
        logInToWorkBench(page, fixtures.account("normal", fixtures.root(), Role.UNIT_ADMIN), Fixtures.PASSWORD);

        assertThat(Ergonomics.elder(page)).isFalse();
        assertThat(elderSwitch(page)).hasAttribute("aria-pressed", "false");
        assertThat(Ergonomics.controlsLowerThan(page, 44)).isEmpty();
    }

    @Test
    void elderModeEnlargesTextAndTargetsAndStaysWithTheAccountAfterLoggingOut() {
        String username = fixtures.account("elder", fixtures.root(), Role.UNIT_ADMIN);
        logInToWorkBench(page, username, Fixtures.PASSWORD);

        switchElderMode(page, true);

        assertLargeTextAndTargets(page);
        assertAccessible(page);
        screenshots(page, "home");

        logOut(page);
        // a browser that never saw the switch (no cookie): the mode comes from the account
        Page elsewhere = open(Screenshots.DESKTOP, 800, false);
        logInToWorkBench(elsewhere, username, Fixtures.PASSWORD);
        assertLargeTextAndTargets(elsewhere);

        switchElderMode(elsewhere, false);
        assertThat(Ergonomics.elder(elsewhere)).isFalse();
        assertThat(Ergonomics.bodyFontSize(elsewhere)).isLessThan(18);
    }

    @Test
    void theLoginPageOffersTheSwitchBeforeLoggingIn() {
        page.navigate("/login");

        switchElderMode(page, true);

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login$"));
        assertLargeTextAndTargets(page);
        assertAccessible(page);
        screenshots(page, "login");
    }

    @Test
    void theErrorPageIsInElderModeToo() {
        String username = fixtures.account("elderr", fixtures.root(), Role.UNIT_ADMIN);
        logInToWorkBench(page, username, Fixtures.PASSWORD);
        switchElderMode(page, true);

        page.navigate("/no-such-page");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("未找到"))).isVisible();
        assertLargeTextAndTargets(page);
        assertAccessible(page);
        screenshots(page, "error");
    }

    @Test
    void theTwoStepQrCodeIsLargeOnAPhoneInElderModeAndTheSecretStaysAsText() {
        Page phone = openPhone();
        logInToWorkBench(phone, fixtures.account("elderqr", fixtures.tree().countyA(), Role.MEMBER),
                Fixtures.PASSWORD);
        switchElderMode(phone, true);

        phone.navigate("/me/totp");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始设置")).click();

        Locator qr = phone.getByRole(AriaRole.IMG);
        assertThat(qr).isVisible();
        assertThat(qr.boundingBox().width).as("QR width at 360 px").isGreaterThanOrEqualTo(240);
        assertThat(phone.locator("code.secret").first()).isVisible();
        assertThat(Ergonomics.scrollWidth(phone)).isLessThanOrEqualTo(360);
        assertLargeTextAndTargets(phone);
        assertAccessible(phone);
        screenshots(phone, "totp");
    }

    /** Each main page on a desktop, in either mode: axe finds nothing serious, nothing scrolls sideways, targets are large. */
    @ParameterizedTest(name = "长辈模式 {0}")
    @ValueSource(booleans = {false, true})
    void everyMainPageOnADesktopPassesInEitherMode(boolean elder) {
        logInToWorkBench(page, fixtures.account("desktour", fixtures.root(), Role.SYSTEM_ADMIN), Fixtures.PASSWORD);
        if (elder) {
            switchElderMode(page, true);
        }
        SoftAssertions softly = new SoftAssertions();

        MainPages.tour(page, (name, visited) -> {
            softly.assertThat(Ergonomics.scrollWidth(visited)).as(name + ": page width").isLessThanOrEqualTo(Screenshots.DESKTOP);
            softly.assertThat(Ergonomics.controlsLowerThan(visited, elder ? 60 : 44)).as(name + ": targets").isEmpty();
            softly.assertThat(Ergonomics.smallestChartText(visited)).as(name + ": chart text")
                    .satisfiesAnyOf(size -> assertThat(size).isZero(), size -> assertThat(size).isGreaterThanOrEqualTo(elder ? 18 : 14));
            softly.assertThatCode(() -> assertAccessible(visited)).as(name + ": axe").doesNotThrowAnyException();
            if (elder) {
                softly.assertThat(Ergonomics.bodyFontSize(visited)).as(name + ": text").isGreaterThanOrEqualTo(18);
            }
        });

        softly.assertAll();
    }

    /**
     * Plans of one body are all "关于印发《…》的通知": the chart tells them apart by what differs, in text of 18 px
     * in 长辈模式, and its tooltip and the table under it give the full titles.
     */
    @Test
    void theWorkBenchChartNamesEachPlanApartInLargeText() {
        Fixtures.Tree tree = fixtures.tree();
        for (String work : List.of("科普", "调研", "助老")) {
            PlanFixtures.Plan plan = plans.plan(tree.provinceA(),
                    "关于印发《甲省老科协2027年" + work + "工作要点》的通知", LocalDate.now().plusMonths(1));
            plans.assign(plan, tree.countyA(), tree.provinceA(), null);
        }
        Page phone = openPhone();
        logInToWorkBench(phone, fixtures.account("elderchart", tree.provinceA(), Role.UNIT_ADMIN), Fixtures.PASSWORD);
        switchElderMode(phone, true);

        List<String> texts = Ergonomics.chartTexts(phone).get(0);
        assertThat(texts).contains("科普工作要点", "调研工作要点", "助老工作要点").doesNotHaveDuplicates();
        assertThat(Ergonomics.smallestChartText(phone)).isGreaterThanOrEqualTo(18);
        assertThat(phone.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions()
                .setName("关于印发《甲省老科协2027年调研工作要点》的通知"))).hasCount(1);
        assertAccessible(phone);
        screenshots(phone, "workbench-chart");
    }

    /**
     * A form shown again after a POST has an address that answers only a POST (here a wrong code while setting up
     * the two-step login, shown at /me/totp/confirm): the switch returns to the form's page, not to a 405.
     */
    @Test
    void switchingOnAPageThatAnsweredAPostReturnsToThePageOfTheForm() {
        logInToWorkBench(page, fixtures.account("elderpost", fixtures.tree().countyA(), Role.MEMBER), Fixtures.PASSWORD);
        page.navigate("/me/totp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("开始设置")).click();
        page.getByLabel("动态验证码").fill("000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认开启")).click();
        assertThat(page).hasURL(Pattern.compile("/me/totp/confirm$"));

        switchElderMode(page, true);

        assertThat(page).hasURL(Pattern.compile("/me/totp$"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认开启"))).isVisible();
        assertLargeTextAndTargets(page);
    }

    private static void assertLargeTextAndTargets(Page page) {
        assertThat(Ergonomics.elder(page)).isTrue();
        double fontSize = Ergonomics.bodyFontSize(page);
        assertThat(fontSize).isGreaterThanOrEqualTo(18);
        assertThat(Ergonomics.bodyLineHeight(page)).isGreaterThanOrEqualTo(1.3 * fontSize);
        assertThat(Ergonomics.controlsLowerThan(page, 60)).isEmpty();
    }
}
