package org.luoshi.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's title as cited between book-title marks, 《…》, in a report or a notification. Plans usually arrive as covering notices,
 * "关于印发《…工作方案》的通知": the report is about the plan, so the cited title is the one inside the marks.
 * Any other mark within the title becomes the inner form 〈…〉, so that marks never nest as 《…《…》…》.
 */
public final class BookTitle {

    private static final Pattern COVERING_NOTICE = Pattern.compile("^关于(?:印发|转发|下发)《([^《》]+)》的通知$");

    private BookTitle() {
    }

    public static String cite(String title) {
        String text = title == null ? "" : title.strip();
        Matcher notice = COVERING_NOTICE.matcher(text);
        String cited = notice.matches() ? notice.group(1) : text;
        return cited.replace('《', '〈').replace('》', '〉');
    }
}
