package org.luoshi.shared.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A hostile value for one input. {@code mustNameField}: the value is wrong in its form (a text flaw, another type,
 * a second value), so the answer must be a 400 naming the field; other values (a 100,000-character text, -1, an
 * odd page size) may be accepted or refused, but never with a 5xx.
 *
 * @param json the value inside a JSON body (a {@link Json.Raw} for numbers no Java type writes, e.g. 1e40)
 * @param text the value as a query, path, header or form parameter, or a file name
 */
record Hostile(String label, Object json, String text, boolean mustNameField, boolean repeated) {

    static final String LONG_TEXT = String.join("", Collections.nCopies(100_000, "长"));

    private static Hostile named(String label, Object json, String text) {
        return new Hostile(label, json, text, true, false);
    }

    private static Hostile tolerated(String label, Object json, String text) {
        return new Hostile(label, json, text, false, false);
    }

    String asText() {
        return text;
    }

    /** The hostile values for a field, by where it goes and its type. */
    static List<Hostile> valuesFor(ApiSpec.Field field) {
        return switch (field.in()) {
            case FILE -> List.of(named("NUL in file name", null, "报告\u0000.xlsx"),
                    named("bidi override in file name", null, "报告\u202Egpj.xlsx"),
                    named("1,000-character file name", null, "文".repeat(1000) + ".xlsx"),
                    tolerated("path in file name", null, "../../etc/passwd"),
                    tolerated("empty file name", null, ""));
            case PATH -> List.of(tolerated("letters", null, "abc"), tolerated("negative", null, "-1"),
                    tolerated("huge", null, "99999999999999999999"), tolerated("NaN", null, "NaN"),
                    tolerated("NUL", null, "1\u0000"), tolerated("bidi", null, "1\u202E"));
            case HEADER -> List.of(tolerated("NUL", null, "a\u0000b"), tolerated("long", null, "键".repeat(2000)));
            case QUERY, PART -> parameterValues(field);
            case BODY -> bodyValues(field);
        };
    }

    private static List<Hostile> parameterValues(ApiSpec.Field field) {
        List<Hostile> values = new ArrayList<>(textFlaws(false));
        values.add(new Hostile("sent twice", null, "1", true, true));
        switch (field.type()) {
            case "integer" -> {
                values.add(named("letters", null, "abc"));
                values.add(named("decimal", null, "1.5"));
                values.add(named("NaN", null, "NaN"));
                values.add(named("huge", null, "99999999999999999999"));
                values.add(tolerated("negative", null, "-1"));
                values.add(tolerated("zero", null, "0"));
                values.add(tolerated("a million", null, "1000000"));
            }
            case "number" -> {
                values.add(named("NaN as text", null, "x"));
                values.add(tolerated("NaN", null, "NaN"));
                values.add(tolerated("infinity", null, "Infinity"));
                values.add(tolerated("negative", null, "-1"));
            }
            case "boolean" -> {
                values.add(named("yes-ish", null, "x"));
                values.add(named("two", null, "2"));
            }
            default -> {
                values.add(tolerated("100,000 characters", null, LONG_TEXT));
                if (field.isEnum()) {
                    values.add(named("not one of the values", null, "NOPE"));
                }
                if ("date".equals(field.format())) {
                    values.add(named("not a date", null, "2026-13-45"));
                }
            }
        }
        return values;
    }

    private static List<Hostile> bodyValues(ApiSpec.Field field) {
        List<Hostile> values = new ArrayList<>();
        switch (field.type()) {
            case "integer" -> {
                values.add(named("number as text", "12", null));
                values.add(named("decimal", 1.5, null));
                values.add(named("1e40", new Json.Raw("1e40"), null));
                values.add(named("huge", new Json.Raw("99999999999999999999"), null));
                values.add(named("boolean", true, null));
                values.add(tolerated("negative", -1, null));
            }
            case "number" -> {
                values.add(named("number as text", "12.5", null));
                values.add(named("NaN as text", "NaN", null));
                values.add(tolerated("1e308", new Json.Raw("1e308"), null));
                values.add(tolerated("negative", -1, null));
            }
            case "boolean" -> {
                values.add(named("two", 2, null));
                values.add(named("boolean as text", "true", null));
            }
            case "array" -> {
                values.add(named("null element", java.util.Collections.singletonList(null), null));
                values.add(named("not a list", Map.of("a", 1), null));
                Map<String, Object> items = field.items();
                if (items.get("enum") instanceof List) {
                    values.add(named("enum by position", List.of(1), null));
                } else if ("integer".equals(items.get("type"))) {
                    values.add(named("id as text", List.of("1"), null));
                } else {
                    values.add(named("NUL element", List.of("a\u0000b"), null));
                }
            }
            case "object" -> {
                values.add(named("text for an object", "x", null));
                values.add(named("NUL value", Map.of("1", "a\u0000b"), null));
            }
            default -> {
                values.addAll(textFlaws(true));
                values.add(tolerated("100,000 characters", LONG_TEXT, null));
                values.add(named("object for a text", Map.of("a", 1), null));
                if (field.isEnum()) {
                    values.add(named("enum by position", 1, null));
                    values.add(named("not one of the values", "NOPE", null));
                }
                if ("date".equals(field.format())) {
                    values.add(named("not a date", "2026-13-45", null));
                }
            }
        }
        return values;
    }

    private static List<Hostile> textFlaws(boolean json) {
        return List.of(flaw("NUL", "a\u0000b", json), flaw("control character", "a\u0007b", json),
                flaw("bidi override", "a\u202Eb", json), flaw("lone surrogate", "a\uD800b", json));
    }

    private static Hostile flaw(String label, String value, boolean json) {
        return json ? named(label, value, null) : named(label, null, value);
    }
}
