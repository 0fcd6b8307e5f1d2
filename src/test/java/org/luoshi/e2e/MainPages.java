package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Every main page of the application, found the way a user finds them (a task of 待办, its plan, the plan's roll-up
 * and an item of that), for the tours that check each page at a phone's and a desktop's width in both modes.
 * Needs an account that sees the demo plan and administers (accounts, audit).
 */
final class MainPages {

    private MainPages() {
    }

    /** Visits each page in turn and hands it, loaded, to {@code check} with its name. */
    static void tour(Page page, BiConsumer<String, Page> check) {
        // from a task (the demo has provinces' 实施方案 to review) to its plan, its roll-up and an item of that;
        // not from the work bench, whose few latest plans may be other tests' plans without a unit's task
        open(page, "/plans/tasks");
        String task = page.locator("main a[href*='/plans/assignments/']").first().getAttribute("href");
        open(page, task);
        String plan = (String) page.evaluate("() => [...document.querySelectorAll('main a')]"
                + ".map(a => a.getAttribute('href')).find(href => /^\\/plans\\/\\d+$/.test(href))");
        if (plan == null) {
            throw new AssertionError("the task page " + task + " links no plan");
        }
        String rollup = plan + "/rollup";
        open(page, rollup);
        String item = page.locator("main a[href*='/rollup/items/']").first().getAttribute("href");

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("workbench", "/");
        pages.put("plans", "/plans");
        pages.put("plan", plan);
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
        pages.put("study-materials", "/study/reading/materials");
        pages.put("study-groups", "/study/groups");
        pages.put("study-groups-rollup", "/study/groups/rollup");
        pages.put("study-report", "/study/report");
        pages.put("study-sessions", "/study/sessions");
        pages.put("study-plans", "/study/plans");
        pages.put("publicity-submissions", "/publicity/submissions");
        pages.put("publicity-submission-new", "/publicity/submissions/new");
        pages.put("publicity-queue", "/publicity/queue");
        pages.put("publicity-articles", "/publicity/articles");
        pages.put("publicity-ranking", "/publicity/ranking");
        pages.put("publicity-points", "/publicity/points");
        pages.put("publicity-briefings", "/publicity/briefings");
        pages.put("publicity-search", "/publicity/search?q=%E8%80%81%E7%A7%91%E5%8D%8F"); // 老科协
        pages.put("publicity-people", "/publicity/people");
        String activity = activity(page);
        pages.put("activities", "/activities");
        pages.put("activities-week", "/activities?view=week");
        pages.put("activities-list", "/activities?view=list");
        pages.put("activity", activity);
        pages.put("activity-new", "/activities/new");
        pages.put("activity-series", "/activities/series");
        pages.put("activity-speakers", "/activities/speakers");
        pages.put("activity-checkin", activity + "/checkin");
        pages.put("activity-roll-call", activity + "/checkin/roll-call");
        pages.put("activity-my-code", "/activities/checkin/my-code");
        pages.put("activity-my-registrations", "/activities/my-registrations");
        pages.put("activity-rollup", "/activities/rollup");
        pages.forEach((name, url) -> {
            open(page, url);
            check.accept(name, page);
        });
    }

    /** An activity of the demo series, found through the list as a user finds it. */
    private static String activity(Page page) {
        open(page, "/activities?view=list");
        return page.locator("main table a[href^='/activities/']").first().getAttribute("href");
    }

    private static void open(Page page, String url) {
        Response response = page.navigate(url);
        if (response == null || !response.ok()) {
            throw new AssertionError(url + " answered " + (response == null ? "nothing" : response.status()));
        }
        assertThat(page.locator("main h1").first()).isVisible();
    }
}
