package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The login page states the lock-out rule as configured, not the default (which LockoutIT covers). The same
 * properties as {@link ConfiguredSiteIT}, so the two share one application context.
 */
@IntegrationTest
@TestPropertySource(properties = {"luoshi.security.lockout.max-attempts=3", "luoshi.security.lockout.duration=30m",
        "luoshi.web.https=true", "luoshi.web.trusted-proxies=10.0.0.0/8, 192.0.2.10", "luoshi.web.api-docs-public=true"})
class ConfiguredLockoutIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void theFailureMessageNamesTheConfiguredAttemptsAndDurationAndTheLockFollowsThem() throws Exception {
        String username = fixtures.account("lock3", fixtures.tree().countyA(), Role.MEMBER);
        LoginFlow browser = new LoginFlow(mvc);
        for (int i = 0; i < 2; i++) {
            browser.login(username, "Wrong-Password-1");
            assertThat(browser.errorPage()).contains("连续输错 3 次，账号将被锁定 30 分钟")
                    .doesNotContain("5 次").doesNotContain("15 分钟").doesNotContain("锁定，请于");
        }
        browser.login(username, "Wrong-Password-1");
        assertThat(browser.errorPage()).contains("已被暂时锁定，请于");

        TestClock.INSTANCE.advance(Duration.ofMinutes(29));
        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).startsWith("/login?error");
        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).isEqualTo("/");
    }

    @Test
    void anUnknownUsernameGetsTheSameWords() throws Exception {
        LoginFlow browser = new LoginFlow(mvc);
        browser.login("ghost" + System.nanoTime(), "Wrong-Password-1");
        assertThat(browser.errorPage()).contains("用户名或密码不正确，请重新输入。连续输错 3 次，账号将被锁定 30 分钟。");
    }

    @Test
    void theFailurePageWithoutAMessageInTheSessionStatesTheRuleToo() throws Exception {
        String page = new LoginFlow(mvc).errorPage();
        assertThat(page).contains("连续输错 3 次，账号将被锁定 30 分钟").doesNotContain("{0}");
    }
}
