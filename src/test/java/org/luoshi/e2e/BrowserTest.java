package org.luoshi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port with the demo data (one context per JVM,
 * shared by every browser test), the system Chromium driven by Playwright (one browser per class) and a fresh
 * browser context, so fresh cookies, for every test. Without a Chromium the tests are skipped, not failed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "luoshi.demo.enabled=true")
abstract class BrowserTest {

    /** Set for the first administrator by the test database initializer. */
    static final String ADMIN_PASSWORD = "Admin-Test-2026";

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /** A desktop-sized page in a fresh context, opened before each test. */
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        Optional<Path> chromium = Chromium.find();
        assumeTrue(chromium.isPresent(), "no Chromium: set LUOSHI_CHROMIUM or install Debian's chromium");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium.get()).setHeadless(true).setArgs(Chromium.ARGS));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close(); // closes the browser too
            playwright = null;
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        page = open(Screenshots.DESKTOP, 800, false);
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A page in a new context (its own cookies) with the given viewport; a phone also honours the meta viewport. */
    protected Page open(int width, int height, boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("zh-CN")
                .setViewportSize(width, height)
                .setIsMobile(phone)
                .setHasTouch(phone));
        context.setDefaultTimeout(10_000);
        contexts.add(context);
        return context.newPage();
    }

    protected Page openPhone() {
        return open(Screenshots.MOBILE, 740, true);
    }

    /** Logs in through the login page, the way a user does, and waits for the work bench. */
    protected static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录").setExact(true)).click();
    }

    protected static void logInToWorkBench(Page page, String username, String password) {
        logIn(page, username, password);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("工作台"))).isVisible();
    }

    protected static void logOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
    }

    /**
     * Brings the 长辈模式 switch in the top bar to {@code on} and waits for the page to come back in that mode. The
     * mode is a person's saved choice, and the demo accounts are shared by the browser tests, so one may already
     * find it on.
     */
    protected static void switchElderMode(Page page, boolean on) {
        Locator toggle = elderSwitch(page);
        if (String.valueOf(on).equals(toggle.getAttribute("aria-pressed"))) {
            return;
        }
        toggle.click();
        assertThat(toggle).hasAttribute("aria-pressed", String.valueOf(on));
        page.waitForLoadState();
    }

    protected static Locator elderSwitch(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("长辈模式").setExact(true));
    }

    /** Fails the test when axe-core finds a serious or critical violation; call it on every page visited. */
    protected static void assertAccessible(Page page) {
        Axe.assertAccessible(page);
    }

    protected static void screenshots(Page page, String name) {
        Screenshots.take(page, name);
    }
}
