package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class TotpLoginIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonalDataCipher cipher;

    @Test
    void enablingTakesTheSecretAndAConfirmingCode() throws Exception {
        String username = fixtures.account("totp", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/me/totp/start").with(fixtures.as(username)).with(csrf()));
        String page = mvc.perform(get("/me/totp").with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString();
        byte[] secret = secretOf(username);
        assertThat(page).contains(Base32.encode(secret)).contains("otpauth://totp/");
        assertThat(totpEnabled(username)).isFalse();

        MvcResult wrong = mvc.perform(post("/me/totp/confirm").param("code", "000000").with(fixtures.as(username))
                .with(csrf())).andReturn();
        assertThat(wrong.getResponse().getContentAsString()).contains("验证码不正确");
        mvc.perform(post("/me/totp/confirm").param("code", codeNow(secret, 1)).with(fixtures.as(username))
                .with(csrf()));
        assertThat(totpEnabled(username)).isTrue();
    }

    @Test
    void anAccountWithTotpLogsInInTwoSteps() throws Exception {
        String username = accountWithTotp();
        byte[] secret = secretOf(username);
        Browser browser = new Browser();
        MvcResult first = browser.post(post("/login").param("username", username).param("password",
                Fixtures.PASSWORD));
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        // the password alone has not logged in
        assertThat(browser.get("/me").getResponse().getStatus()).isIn(302, 401);
        assertThat(browser.get("/login/totp").getResponse().getContentAsString()).contains("动态验证码");

        MvcResult wrong = browser.post(post("/login").param("username", username).param("code", "123456"));
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login/totp?error");

        MvcResult second = browser.post(post("/login").param("username", username)
                .param("code", codeNow(secret, 0)));
        // back to the page asked for before logging in
        assertThat(second.getResponse().getRedirectedUrl()).endsWith("/me?continue");
        assertThat(browser.get("/me").getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSecondStepAloneDoesNotLogAnyoneIn() throws Exception {
        String username = accountWithTotp();
        Browser browser = new Browser();
        MvcResult attempt = browser.post(post("/login").param("username", username)
                .param("code", codeNow(secretOf(username), 0)));
        assertThat(attempt.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aCodeWorksOnlyOnce() throws Exception {
        String username = accountWithTotp();
        String code = codeNow(secretOf(username), 0);
        Browser first = new Browser();
        first.post(post("/login").param("username", username).param("password", Fixtures.PASSWORD));
        assertThat(first.post(post("/login").param("username", username).param("code", code)).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        Browser second = new Browser();
        second.post(post("/login").param("username", username).param("password", Fixtures.PASSWORD));
        assertThat(second.post(post("/login").param("username", username).param("code", code)).getResponse()
                .getRedirectedUrl()).isEqualTo("/login/totp?error");
    }

    @Test
    void disablingNeedsThePassword() throws Exception {
        String username = accountWithTotp();
        mvc.perform(post("/me/totp/disable").param("password", "Not-My-Password-1").with(fixtures.as(username))
                .with(csrf()));
        assertThat(totpEnabled(username)).isTrue();
        mvc.perform(post("/me/totp/disable").param("password", Fixtures.PASSWORD).with(fixtures.as(username))
                .with(csrf()));
        assertThat(totpEnabled(username)).isFalse();
    }

    private String accountWithTotp() throws Exception {
        String username = fixtures.account("totp", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/me/totp/start").with(fixtures.as(username)).with(csrf()));
        // confirm with the previous step's code, so the current one is still unused for the login
        mvc.perform(post("/me/totp/confirm").param("code", codeNow(secretOf(username), -1))
                .with(fixtures.as(username)).with(csrf()));
        assertThat(totpEnabled(username)).isTrue();
        return username;
    }

    private byte[] secretOf(String username) {
        byte[] stored = jdbc.sql("select totp_secret_enc from account where username = ?").param(username)
                .query(byte[].class).single();
        return Base32.decode(cipher.decrypt(stored));
    }

    private static String codeNow(byte[] secret, int stepOffset) {
        Instant now = TestClock.INSTANCE.instant();
        return Totp.code(secret, Totp.step(now) + stepOffset);
    }

    private boolean totpEnabled(String username) {
        return jdbc.sql("select totp_enabled from account where username = ?").param(username)
                .query(Boolean.class).single();
    }

    /** Carries the session cookie from request to request, as a browser does. */
    private final class Browser {
        private Cookie[] cookies = new Cookie[0];
        private MockHttpSession session;

        MvcResult post(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
                throws Exception {
            return perform(request.with(csrf()));
        }

        MvcResult get(String url) throws Exception {
            return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url));
        }

        private MvcResult perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
                throws Exception {
            if (cookies.length > 0) {
                request.cookie(cookies);
            }
            if (session != null) {
                request.session(session);
            }
            MvcResult result = mvc.perform(request).andReturn();
            if (result.getResponse().getCookies().length > 0) {
                cookies = result.getResponse().getCookies();
            }
            if (result.getRequest().getSession(false) instanceof MockHttpSession mock) {
                session = mock;
            }
            return result;
        }
    }
}
