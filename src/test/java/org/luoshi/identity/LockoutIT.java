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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LockoutIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysUntilWhen() throws Exception {
        String username = fixtures.account("lock", fixtures.tree().countyA(), Role.MEMBER);
        LoginFlow browser = new LoginFlow(mvc);
        for (int i = 0; i < 4; i++) {
            browser.login(username, "Wrong-Password-1");
            // the rule as configured by default (application.yml)
            assertThat(browser.errorPage()).contains("用户名或密码不正确").contains("连续输错 5 次，账号将被锁定 15 分钟")
                    .doesNotContain("锁定，请于");
        }
        browser.login(username, "Wrong-Password-1");
        assertThat(browser.errorPage()).contains("已被暂时锁定，请于");

        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).startsWith("/login?error");
        assertThat(browser.errorPage()).contains("已被暂时锁定");
    }

    @Test
    void theLockEndsAfterFifteenMinutes() throws Exception {
        String username = fixtures.account("lock", fixtures.tree().countyA(), Role.MEMBER);
        LoginFlow browser = new LoginFlow(mvc);
        for (int i = 0; i < 5; i++) {
            browser.login(username, "Wrong-Password-1");
        }
        TestClock.INSTANCE.advance(Duration.ofMinutes(14));
        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).startsWith("/login?error");

        TestClock.INSTANCE.advance(Duration.ofMinutes(2));
        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).isEqualTo("/");
        assertThat(failedAttempts(username)).isZero();
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        String username = fixtures.account("lock", fixtures.tree().countyA(), Role.MEMBER);
        for (int i = 0; i < 4; i++) {
            new LoginFlow(mvc).login(username, "Wrong-Password-1");
        }
        new LoginFlow(mvc).login(username, Fixtures.PASSWORD);
        LoginFlow browser = new LoginFlow(mvc);
        for (int i = 0; i < 4; i++) {
            browser.login(username, "Wrong-Password-1");
        }
        assertThat(browser.errorPage()).doesNotContain("锁定，请于");
        browser.login(username, Fixtures.PASSWORD);
        assertThat(browser.redirect()).isEqualTo("/");
    }

    @Test
    void anUnknownUsernameLooksExactlyLikeAnExistingOne() throws Exception {
        LoginFlow browser = new LoginFlow(mvc);
        for (int i = 0; i < 5; i++) {
            browser.login("nobody-" + System.nanoTime() % 1000 + "x", "Wrong-Password-1");
        }
        String ghost = "ghost" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            browser.login(ghost, "Wrong-Password-1");
            assertThat(browser.errorPage()).contains("用户名或密码不正确");
        }
        browser.login(ghost, "Wrong-Password-1");
        assertThat(browser.errorPage()).contains("已被暂时锁定，请于");
    }

    @Test
    void sessionsTimeOutAfterThirtyMinutesOfInactivity() throws Exception {
        LoginFlow browser = new LoginFlow(mvc);
        browser.login("admin", "Admin-Test-2026");
        Integer interval = jdbc.sql("select max_inactive_interval from spring_session where principal_name = 'admin' "
                + "order by creation_time desc limit 1").query(Integer.class).optional().orElse(null);
        assertThat(interval).isEqualTo(30 * 60);
    }

    private int failedAttempts(String username) {
        return jdbc.sql("select failed_attempts from account where username = ?").param(username)
                .query(Integer.class).single();
    }
}
