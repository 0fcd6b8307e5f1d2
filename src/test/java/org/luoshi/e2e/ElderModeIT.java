package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** 长辈模式: larger text and targets, switched on from any page and kept with the account. */
class ElderModeIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;

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

    private static void assertLargeTextAndTargets(Page page) {
        assertThat(Ergonomics.elder(page)).isTrue();
        double fontSize = Ergonomics.bodyFontSize(page);
        assertThat(fontSize).isGreaterThanOrEqualTo(18);
        assertThat(Ergonomics.bodyLineHeight(page)).isGreaterThanOrEqualTo(1.3 * fontSize);
        assertThat(Ergonomics.controlsLowerThan(page, 60)).isEmpty();
    }
}
