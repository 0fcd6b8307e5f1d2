package org.luoshi.plan.internal.rollup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's title as cited between book-title marks, 《…》, in a report. Plans usually arrive as covering notices,
 * "关于印发《…工作方案》的通知": the report is about the plan, so the cited title is the one inside the marks.
 * Any other mark within the title becomes the inner form 〈…〉, so that marks never nest as 《…《…》…》.
 */
final class BookTitle {

    private static final Pattern COVERING_NOTICE = Pattern.compile("^关于(?:印发|转发|下发)《([^《》]+)》的通知$");

    private BookTitle() {
    }

    static String cite(String title) {
        String text = title == null ? "" : title.strip();
        Matcher notice = COVERING_NOTICE.matcher(text);
        String cited = notice.matches() ? notice.group(1) : text;
        return cited.replace('《', '〈').replace('》', '〉');
    }
}
