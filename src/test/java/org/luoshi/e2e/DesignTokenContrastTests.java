package org.luoshi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The colour tokens of luoshi.css, in standard and in 长辈模式, meet WCAG contrast: 4.5:1 for every text colour on
 * the backgrounds it is used on, 3:1 for borders and focus rings a user must see. Read from the CSS itself, so a
 * changed token that breaks a pair fails here before a page is rendered.
 */
class DesignTokenContrastTests {

    /** foreground, background: every pair the stylesheet puts text in. */
    private static final List<String[]> TEXT = List.of(
            pair("text", "bg"), pair("text", "surface"), pair("text", "head-bg"), pair("text", "primary-soft"),
            pair("muted", "bg"), pair("muted", "surface"), pair("muted", "head-bg"),
            pair("link", "bg"), pair("link", "surface"),
            pair("primary", "bg"), pair("primary", "surface"), pair("primary", "primary-soft"),
            pair("on-primary", "primary"), pair("on-primary", "primary-dark"),
            pair("ok", "ok-bg"), pair("ok", "surface"), pair("warn", "warn-bg"),
            pair("err", "err-bg"), pair("err", "surface"));

    /** Non-text: input borders against the card, the focus ring against white and against the red top bar. */
    private static final List<String[]> NON_TEXT = List.of(
            pair("line-strong", "surface"), pair("focus-inner", "surface"), pair("focus-inner", "bg"),
            pair("focus", "primary"), pair("focus", "focus-inner"));

    private static final Pattern TOKEN = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})\\b");

    @Test
    void standardModeTextAndControlsAreReadable() throws IOException {
        Map<String, String> tokens = tokens(":root {");

        assertThat(failures(tokens, TEXT, 4.5)).isEmpty();
        assertThat(failures(tokens, NON_TEXT, 3.0)).isEmpty();
    }

    @Test
    void elderModeTextAndControlsAreReadable() throws IOException {
        Map<String, String> tokens = tokens(":root {");
        tokens.putAll(tokens("html.elder {"));

        assertThat(failures(tokens, TEXT, 4.5)).isEmpty();
        assertThat(failures(tokens, NON_TEXT, 3.0)).isEmpty();
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    private static List<String> failures(Map<String, String> tokens, List<String[]> pairs, double minimum) {
        List<String> failures = new ArrayList<>();
        for (String[] pair : pairs) {
            assertThat(tokens).as("token used in a checked pair").containsKeys(pair[0], pair[1]);
            double ratio = contrast(tokens.get(pair[0]), tokens.get(pair[1]));
            if (ratio < minimum) {
                failures.add("--%s on --%s: %.2f:1 < %.1f:1".formatted(pair[0], pair[1], ratio, minimum));
            }
        }
        return failures;
    }

    /** The custom properties declared in the first block that starts with {@code selector}. */
    private static Map<String, String> tokens(String selector) throws IOException {
        String css;
        try (InputStream in = DesignTokenContrastTests.class.getResourceAsStream("/static/css/luoshi.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = css.indexOf("\n" + selector);
        assertThat(start).as("block " + selector + " in luoshi.css").isNotNegative();
        String block = css.substring(start, css.indexOf('}', start));
        Map<String, String> tokens = new HashMap<>();
        Matcher m = TOKEN.matcher(block);
        while (m.find()) {
            tokens.put(m.group(1), m.group(2));
        }
        return tokens;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String[] pair(String foreground, String background) {
        return new String[] {foreground, background};
    }
}
