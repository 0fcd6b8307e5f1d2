package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Everything reachable with Tab and Enter, in an order that makes sense. */
class KeyboardIT extends BrowserTest {

    private static final List<String> MENU = List.of("工作台", "部署落实", "组织", "会员", "账号", "审计日志", "邮件设置", "个人设置");

    @Test
    void tabReachesTheSkipLinkFirstThenTheMenuInOrderAndEnterFollowsAMenuLink() {
        logInToWorkBench(page, "admin", ADMIN_PASSWORD);
        page.navigate("/");

        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("a:跳到正文");
        assertThat(page.getByText("跳到正文")).isInViewport();

        List<String> path = new ArrayList<>();
        while (!path.contains("a:" + MENU.get(MENU.size() - 1)) && path.size() < 30) {
            page.keyboard().press("Tab");
            path.add(focused(page));
        }
        List<String> menuStops = path.stream().filter(stop -> MENU.contains(stop.substring(2))).toList();
        assertThat(menuStops).containsExactlyElementsOf(MENU.stream().map(label -> "a:" + label).toList());

        // back to the menu link for 组织, which shows clearly that it has the focus, then Enter
        while (!focused(page).equals("a:组织")) {
            page.keyboard().press("Shift+Tab");
        }
        assertThat(page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")).isEqualTo("solid");
        assertThat(((Number) page.evaluate("() => parseFloat(getComputedStyle(document.activeElement).outlineWidth)"))
                .doubleValue()).isGreaterThanOrEqualTo(2);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/org/units$"));
        assertAccessible(page);
    }

    @Test
    void theSkipLinkMovesTheFocusToThePageContent() {
        logInToWorkBench(page, "admin", ADMIN_PASSWORD);
        page.navigate("/");

        page.keyboard().press("Tab");
        page.keyboard().press("Enter");

        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("() => !!document.activeElement.closest('main')")).isEqualTo(true);
    }

    /** The focused element as tag:text, e.g. "a:组织". */
    private static String focused(Page page) {
        return (String) page.evaluate(
                "() => document.activeElement.tagName.toLowerCase() + ':' + (document.activeElement.innerText || '').trim()");
    }
}
