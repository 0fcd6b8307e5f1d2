package org.luoshi.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.internal.LoginOutcomes;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions and cookies as a browser meets them, over real HTTP (MockMvc's csrf() swaps the app's CSRF token
 * store for a session-based one, so it cannot show this): a visitor who has not logged in costs no session row,
 * and the login form still carries its CSRF token. The same context as the browser tests (e2e/BrowserTest).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
class AnonymousSessionsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void threeHundredAnonymousRequestsStoreNoSession() throws Exception {
        String[] paths = {"/", "/login", "/login?error", "/api/v1/me", "/members", "/plans", "/me/password",
                "/v3/api-docs", "/actuator/health/readiness", "/no-such-page"};
        long before = sessions();
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(url(paths[i % paths.length])).build());
            assertThat(response.statusCode()).as(paths[i % paths.length]).isLessThan(500);
        }
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theLoginFormWorksWithItsTokenInACookieAndMakesTheOneSession() throws Exception {
        String username = fixtures.account("anon", fixtures.tree().countyA(), Role.MEMBER);
        HttpResponse<String> asked = send(HttpRequest.newBuilder(url("/me/tokens")).build());
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).build());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        long before = sessions();

        HttpResponse<String> login = send(form(username, Fixtures.PASSWORD, token.group(1), cookies(asked, page))
                .header("X-Forwarded-Proto", "https").build());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/me/tokens"));
        assertThat(sessions()).isEqualTo(before + 1);
        // the default is plain HTTP: a header anyone can send makes neither a Secure cookie nor HSTS
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aFailedLoginStoresNoSessionAndTheLoginPageSaysWhyWithTheUsernameStillTyped() throws Exception {
        String username = fixtures.account("anon", fixtures.tree().countyA(), Role.MEMBER);
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).build());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        long before = sessions();

        HttpResponse<String> failed = send(form(username, "wrong-password", token.group(1), cookies(page)).build());
        assertThat(sessions()).as("a row per failed attempt would let anyone fill the table").isEqualTo(before);
        String location = failed.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/login?error");
        HttpResponse<String> shown = send(HttpRequest.newBuilder(URI.create(location))
                .header("Cookie", cookies(page, failed)).build());
        assertThat(shown.body()).contains("用户名或密码不正确").contains("value=\"" + username + "\"");
        assertThat(shown.headers().allValues("Set-Cookie")).as("the username is shown once")
                .anySatisfy(cookie -> assertThat(cookie).startsWith(LoginOutcomes.LAST_USERNAME + "=;")
                        .contains("Max-Age=0"));
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void aLoginWithoutTheCookiesTokenIsRefused() throws Exception {
        String username = fixtures.account("anon", fixtures.tree().countyA(), Role.MEMBER);
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("/login")).build());
        Matcher token = CSRF.matcher(page.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> login = send(form(username, Fixtures.PASSWORD, token.group(1), "").build());
        assertThat(login.statusCode()).isBetween(400, 499);
    }

    private HttpRequest.Builder form(String username, String password, String csrf, String cookies) {
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return cookies.isEmpty() ? request : request.header("Cookie", cookies);
    }

    /** The cookies the answers set, as a browser sends them back. */
    @SafeVarargs
    private static String cookies(HttpResponse<String>... responses) {
        return List.of(responses).stream().flatMap(response -> response.headers().allValues("Set-Cookie").stream())
                .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
