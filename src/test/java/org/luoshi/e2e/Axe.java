package org.luoshi.e2e;

import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs axe-core (from its WebJar, so offline) on a page and fails on serious or critical violations. */
final class Axe {

    private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /**
     * Blocking whatever impact this axe-core gives them: a region that scrolls but cannot take the focus is
     * "serious" in newer versions of axe-core (and in the browser extensions people check us with).
     */
    private static final Set<String> ALWAYS_BLOCKING = Set.of("scrollable-region-focusable");
    private static final String SOURCE = load();

    /** Returns one plain object per violation: id, impact, help and the target selectors of each node. */
    private static final String RUN = """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations.map(v => ({
                id: v.id, impact: v.impact || '', help: v.help,
                targets: v.nodes.map(n => n.target.join(' ')).join(', ')
              }));
            }
            """;

    private Axe() {
    }

    static void assertAccessible(Page page) {
        page.waitForLoadState();
        // page.addScriptTag would add an inline <script>, which the app's Content-Security-Policy rightly blocks;
        // evaluating the source through the DevTools protocol is not subject to it, so the policy stays switched
        // on in the tests and a page that relies on inline script still breaks here as it would for users
        if (!(Boolean) page.evaluate("() => typeof window.axe !== 'undefined'")) {
            page.evaluate("() => {\n" + SOURCE + "\n}");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(RUN);
        String blocking = violations.stream()
                .filter(v -> BLOCKING.contains(String.valueOf(v.get("impact"))) || ALWAYS_BLOCKING.contains(v.get("id")))
                .map(v -> "  [" + v.get("impact") + "] " + v.get("id") + ": " + v.get("help") + " -> " + v.get("targets"))
                .collect(Collectors.joining("\n"));
        if (!blocking.isEmpty()) {
            fail("axe-core found serious or critical violations on " + page.url() + ":\n" + blocking);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing: is org.webjars.npm:axe-core on the test classpath?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
