package org.luoshi.plan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of an official document from its paragraphs: 一、 opens a level-1 item, （一） a level-2 item,
 * 1. or 1、 a level-3 item; other paragraphs are the body of the item above them (or of the plan before the first
 * item). The first paragraph is the title. What it gets wrong the user corrects by hand afterwards.
 */
public final class PlanOutline {

    private static final Pattern LEVEL_1 = Pattern.compile("^([一二三四五六七八九十百]+、)\\s*(.*)$");
    private static final Pattern LEVEL_2 = Pattern.compile("^([（(][一二三四五六七八九十百]+[）)])\\s*(.*)$");
    private static final Pattern LEVEL_3 = Pattern.compile("^(\\d{1,2}[.．、])(?!\\d)\\s*(.*)$");
    private static final Pattern[] LEVELS = {LEVEL_1, LEVEL_2, LEVEL_3};
    private static final int TITLE_MAX = 300;

    /** A heading found in the document, in document order; {@code parent} indexes into the same list. */
    public record Heading(int level, Integer parent, String numbering, String title, List<String> body) {
    }

    public record Outline(String title, List<String> preamble, List<Heading> headings) {
    }

    private PlanOutline() {
    }

    public static Outline parse(List<String> paragraphs) {
        String title = null;
        List<String> preamble = new ArrayList<>();
        List<Heading> headings = new ArrayList<>();
        Integer[] lastAtLevel = new Integer[4];
        for (String raw : paragraphs) {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (title == null) {
                title = text;
                continue;
            }
            Heading heading = heading(text, lastAtLevel);
            if (heading != null) {
                headings.add(heading);
                lastAtLevel[heading.level()] = headings.size() - 1;
                for (int deeper = heading.level() + 1; deeper < lastAtLevel.length; deeper++) {
                    lastAtLevel[deeper] = null;
                }
            } else if (headings.isEmpty()) {
                preamble.add(text);
            } else {
                headings.get(headings.size() - 1).body().add(text);
            }
        }
        return new Outline(title == null ? "" : truncate(title), preamble, headings);
    }

    private static Heading heading(String text, Integer[] lastAtLevel) {
        for (int level = 1; level <= LEVELS.length; level++) {
            Matcher matcher = LEVELS[level - 1].matcher(text);
            if (matcher.matches()) {
                Integer parent = null;
                for (int up = level - 1; up >= 1 && parent == null; up--) {
                    parent = lastAtLevel[up];
                }
                return split(level, parent, numbering(matcher.group(1)), matcher.group(2));
            }
        }
        return null;
    }

    /** A heading followed by its text in one paragraph (（一）做好统筹部署。结合…) splits at the first 。. */
    private static Heading split(int level, Integer parent, String numbering, String rest) {
        List<String> body = new ArrayList<>();
        String title = rest.strip();
        int stop = title.indexOf('。');
        if (stop > 0 && stop < title.length() - 1) {
            body.add(title.substring(stop + 1).strip());
            title = title.substring(0, stop);
        }
        return new Heading(level, parent, numbering, truncate(title), body);
    }

    private static String numbering(String found) {
        return found.replace('(', '（').replace(')', '）').replace('．', '.');
    }

    private static String truncate(String text) {
        return text.length() <= TITLE_MAX ? text : text.substring(0, TITLE_MAX);
    }
}
