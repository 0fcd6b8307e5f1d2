package org.luoshi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.crypto.PersonalDataCipher;
import org.luoshi.identity.LoginFlow;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    void theSetupPageShowsTheLinkAsAQrCodeThatReadsBackExactlyAndKeepsTheTextForThoseWhoCannotScan() throws Exception {
        String username = fixtures.account("totp", fixtures.tree().countyA(), Role.MEMBER);
        mvc.perform(post("/me/totp/start").with(fixtures.as(username)).with(csrf()));
        MvcResult setup = mvc.perform(get("/me/totp").with(fixtures.as(username))).andReturn();
        String secret = Base32.encode(secretOf(username));
        String uri = "otpauth://totp/Luoshi%3A" + username + "?secret=" + secret
                + "&issuer=Luoshi&algorithm=SHA1&digits=6&period=30";

        Document page = Jsoup.parse(setup.getResponse().getContentAsString());
        Element qr = page.selectFirst("[role=img]:has(svg)");
        assertThat(qr).isNotNull();
        assertThat(qr.attr("aria-label")).contains("二维码").contains("验证器应用");
        assertThat(QrCodes.decodeSvg(qr.selectFirst("svg").outerHtml())).isEqualTo(uri);
        assertThat(page.select("code.secret").eachText()).containsExactly(secret, uri);
        assertThat(page.select("a[href^=otpauth:]").eachAttr("href")).containsExactly(uri);
        assertThat(setup.getResponse().getHeader("Cache-Control")).contains("no-store");

        mvc.perform(post("/me/totp/confirm").param("code", codeNow(secretOf(username), 0))
                .with(fixtures.as(username)).with(csrf()));
        String enabled = mvc.perform(get("/me/totp").with(fixtures.as(username))).andReturn().getResponse()
                .getContentAsString();
        // once on, the secret is not shown again in any form
        assertThat(Jsoup.parse(enabled).select("svg, code.secret, a[href^=otpauth:]")).isEmpty();
        assertThat(enabled).doesNotContain(secret);
    }

    @Test
    void anAccountWithTotpLogsInInTwoSteps() throws Exception {
        String username = accountWithTotp();
        byte[] secret = secretOf(username);
        LoginFlow browser = new LoginFlow(mvc);
        MvcResult first = browser.login(username, Fixtures.PASSWORD);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
        // the password alone has not logged in
        assertThat(browser.perform(get("/me")).getResponse().getStatus()).isIn(302, 401);
        assertThat(browser.perform(get("/login/totp")).getResponse().getContentAsString()).contains("动态验证码");

        MvcResult wrong = browser.code(username, "123456");
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login/totp?error");

        MvcResult second = browser.code(username, codeNow(secret, 0));
        // back to the page asked for before logging in
        assertThat(second.getResponse().getRedirectedUrl()).endsWith("/me");
        assertThat(browser.perform(get("/me")).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theSecondStepAloneDoesNotLogAnyoneIn() throws Exception {
        String username = accountWithTotp();
        LoginFlow browser = new LoginFlow(mvc);
        MvcResult attempt = browser.code(username, codeNow(secretOf(username), 0));
        assertThat(attempt.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void aCodeWorksOnlyOnce() throws Exception {
        String username = accountWithTotp();
        String code = codeNow(secretOf(username), 0);
        LoginFlow first = new LoginFlow(mvc);
        first.login(username, Fixtures.PASSWORD);
        assertThat(first.code(username, code).getResponse()
                .getRedirectedUrl()).isEqualTo("/");
        LoginFlow second = new LoginFlow(mvc);
        second.login(username, Fixtures.PASSWORD);
        assertThat(second.code(username, code).getResponse()
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
}
