package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every main page of the application, found the way a user finds them (the work bench's 查看汇总, a roll-up's item
 * and 查看任务 links), for the tours that check each page at a phone's and a desktop's width in both modes.
 * Needs an account that sees the demo plan and administers (accounts, audit).
 */
final class MainPages {

    private static final Pattern PLAN = Pattern.compile("/plans/(\\d+)/rollup");

    private MainPages() {
    }

    /** Visits each page in turn and hands it, loaded, to {@code check} with its name. */
    static void tour(Page page, BiConsumer<String, Page> check) {
        open(page, "/");
        String rollup = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查看汇总"))
                .first().getAttribute("href");
        Matcher plan = PLAN.matcher(rollup);
        if (!plan.find()) {
            throw new AssertionError("the work bench links no roll-up: " + rollup);
        }
        open(page, rollup);
        String item = page.locator("main a[href*='/rollup/items/']").first().getAttribute("href");
        String task = page.locator("main a[href*='/plans/assignments/']").first().getAttribute("href");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("workbench", "/");
        pages.put("plans", "/plans");
        pages.put("plan", "/plans/" + plan.group(1));
        pages.put("task", task);
        pages.put("rollup", rollup);
        pages.put("rollup-item", item);
        pages.put("tasks", "/plans/tasks");
        pages.put("notifications", "/notifications");
        pages.put("units", "/org/units");
        pages.put("members", "/org/members");
        pages.put("accounts", "/identity/accounts");
        pages.put("audit", "/audit");
        pages.put("me", "/me");
        pages.forEach((name, url) -> {
            open(page, url);
            check.accept(name, page);
        });
    }

    private static void open(Page page, String url) {
        Response response = page.navigate(url);
        if (response == null || !response.ok()) {
            throw new AssertionError(url + " answered " + (response == null ? "nothing" : response.status()));
        }
        assertThat(page.locator("main h1").first()).isVisible();
    }
}
