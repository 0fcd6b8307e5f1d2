package org.luoshi.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Full-page screenshots at a desktop and a phone width, named for the mode the page is in, so a reviewer can look
 * at every page in target/screenshots/&lt;name&gt;-&lt;desktop|mobile&gt;-&lt;normal|elder&gt;.png.
 */
final class Screenshots {

    static final int DESKTOP = 1280;
    static final int MOBILE = 360;
    private static final Path DIR = Paths.get("target", "screenshots");

    private Screenshots() {
    }

    static void take(Page page, String name) {
        ViewportSize original = page.viewportSize();
        String mode = Ergonomics.elder(page) ? "elder" : "normal";
        try {
            shoot(page, DESKTOP, DIR.resolve(name + "-desktop-" + mode + ".png"));
            shoot(page, MOBILE, DIR.resolve(name + "-mobile-" + mode + ".png"));
        } finally {
            page.setViewportSize(original.width, original.height);
        }
    }

    private static void shoot(Page page, int width, Path file) {
        page.setViewportSize(width, 800);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
