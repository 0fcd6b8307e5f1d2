package org.luoshi.activity.internal.afterwards;

import java.util.List;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.RichText;

/**
 * 活动总结: what the organiser's staff write once an activity is held — a summary (sanitised rich text) and photos
 * with captions — and the 工作动态 draft made from it. The one place its rules live: only a held activity has one,
 * the staff who may edit the activity write it, and the news is made once (a second click leads to the same draft).
 */
public record Afterwards(long activityId, String summaryHtml, Long newsSubmissionId, int version, List<Photo> photos) {

    static final int MAX_SUMMARY_HTML = 100_000;
    static final int MAX_PHOTOS = 30;
    static final int MAX_CAPTION = 200;

    /** A photo of the activity: the stored image, its thumbnail (null when the JDK cannot decode it), its caption. */
    public record Photo(long fileId, Long thumbnailId, String caption, String filename) {
    }

    public static Afterwards none(long activityId) {
        return new Afterwards(activityId, "", null, 0, List.of());
    }

    /** The staff who may edit the activity write its summary, once it has been held. */
    public static boolean mayWrite(Activity activity, Actor actor) {
        return activity.isHeld() && activity.mayEdit(actor);
    }

    /** 生成新闻稿: by whoever writes the summary, once there is one, and only once. */
    public boolean mayDraftNews(Activity activity, Actor actor) {
        return mayWrite(activity, actor) && hasSummary() && newsSubmissionId == null;
    }

    public boolean hasSummary() {
        return !RichText.plain(summaryHtml).isBlank();
    }

    /** The summary as it is kept: sanitised, not empty, not too long. */
    static String summary(String html) {
        String clean = RichText.sanitise(html == null ? "" : html);
        if (RichText.plain(clean).isBlank()) {
            throw BusinessException.invalid("summaryHtml", "activity.afterwards.summary.required");
        }
        if (clean.length() > MAX_SUMMARY_HTML) {
            throw BusinessException.invalid("summaryHtml", "activity.afterwards.summary.tooLong");
        }
        return clean;
    }

    static String caption(String caption) {
        if (caption == null || caption.isBlank()) {
            return null;
        }
        String clean = caption.strip();
        if (clean.length() > MAX_CAPTION) {
            throw BusinessException.invalid("caption", "activity.afterwards.caption.tooLong", MAX_CAPTION);
        }
        return clean;
    }

    /** Who may not write is told so first; the organiser's staff are told to mark the activity held. */
    void guardWrite(Activity activity, Actor actor) {
        if (!activity.mayEdit(actor)) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        if (!activity.isHeld()) {
            throw BusinessException.conflict("activity.afterwards.notHeld");
        }
    }

    void guardNewPhoto() {
        if (photos.size() >= MAX_PHOTOS) {
            throw BusinessException.invalid("file", "activity.afterwards.photos.tooMany", MAX_PHOTOS);
        }
    }
}
