package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** 登录与退出, as a user does it in the browser. */
class LoginJourneyIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void administratorLogsInLandsOnTheWorkBenchAndLogsOut() {
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertAccessible(page);
        screenshots(page, "login");

        logInToWorkBench(page, "admin", ADMIN_PASSWORD);
        assertThat(page).hasTitle(Pattern.compile("工作台"));
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("菜单"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("工作台"))).isVisible();
        assertAccessible(page);
        screenshots(page, "home");

        logOut(page);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("退出");
        assertAccessible(page);
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void wrongPasswordIsRefusedWithAChineseMessageAndTheUserStaysOnTheLoginPage() {
        // a throw-away account, so that failed attempts never count against the administrator's lock-out
        String username = fixtures.account("wrongpw", fixtures.root(), Role.UNIT_ADMIN);

        logIn(page, username, "not-the-password");

        assertThat(page).hasURL(Pattern.compile("/login\\?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("用户名或密码");
        assertThat(page.getByLabel("用户名")).isVisible();
        assertAccessible(page);
        screenshots(page, "login-failed");
    }
}
