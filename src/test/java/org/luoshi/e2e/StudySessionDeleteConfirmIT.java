package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deleting a collective study session uncounts it, so it asks first. The question must really show under the
 * page's Content-Security-Policy (script-src 'self', no inline handlers): the 删除 button opens the confirmation
 * with the consequence, and only 确认删除 deletes; the browser reports no blocked script on the way.
 */
class StudySessionDeleteConfirmIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void deletingASessionAsksFirstAndOnlyTheConfirmationDeletesIt() {
        List<String> blocked = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                blocked.add(message.text());
            }
        });
        logInToWorkBench(page, "county-admin", ADMIN_PASSWORD);
        long id = session("待删除的集体学习" + System.nanoTime() % 100_000);

        page.navigate("/study/sessions/" + id);
        assertThat(page.locator("[onsubmit], [onclick]")).hasCount(0);
        assertThat(page.getByText("确定删除这次集体学习吗")).isHidden();
        page.locator("details.confirm > summary", new Page.LocatorOptions().setHasText("删除")).click();
        assertThat(page.getByText("确定删除这次集体学习吗？已计入的事项将同时取消计入。")).isVisible();
        assertAccessible(page);
        assertThat(count(id)).isEqualTo(1);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("确认删除")).click();
        assertThat(page.getByText("已删除这次集体学习。")).isVisible();
        assertThat(count(id)).isZero();
        assertThat(blocked).isEmpty();
    }

    /** A session of the county, recorded through the API with the page's session and CSRF token. */
    private long session(String topic) {
        String csrf = page.locator("meta[name=_csrf]").getAttribute("content");
        String body = """
                {"form":"THEMATIC","heldOn":"%s","durationMinutes":60,"topic":"%s","otherCount":8}
                """.formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1), topic);
        APIResponse created = page.request().post("/api/v1/study/sessions", RequestOptions.create()
                .setHeader("X-CSRF-TOKEN", csrf).setHeader("Content-Type", "application/json").setData(body));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return Long.parseLong(created.text().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private long count(long id) {
        return jdbc.sql("select count(*) from study_session where id = ?").param(id).query(Long.class).single();
    }
}
