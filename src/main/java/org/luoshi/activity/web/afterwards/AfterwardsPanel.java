package org.luoshi.activity.web.afterwards;

import java.util.List;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.afterwards.Afterwards;
import org.luoshi.activity.internal.afterwards.AfterwardsRepository;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the activity's page and the API show of its summary, and the actions the reader may take on it. */
@Component
public class AfterwardsPanel {

    /**
     * The summary of a held activity ({@code shown} false before it is held): sanitised HTML, photos, the news draft
     * made from it (null until made), and what the reader may do.
     */
    public record View(String title, boolean shown, String summaryHtml, int version, List<Afterwards.Photo> photos,
            Long newsSubmissionId, boolean mayWrite, boolean mayDraftNews) {

        public String newsLink() {
            return newsSubmissionId == null ? null : "/publicity/submissions/" + newsSubmissionId;
        }
    }

    private final ActivityWorkflow activities;
    private final AfterwardsRepository afterwards;

    AfterwardsPanel(ActivityWorkflow activities, AfterwardsRepository afterwards) {
        this.activities = activities;
        this.afterwards = afterwards;
    }

    @Transactional(readOnly = true)
    public View of(long activityId, Actor actor) {
        Activity activity = activities.visible(activityId, actor);
        Afterwards a = afterwards.find(activityId);
        return new View(activity.details().title(), activity.isHeld(), a.summaryHtml(), a.version(), a.photos(), a.newsSubmissionId(),
                Afterwards.mayWrite(activity, actor), a.mayDraftNews(activity, actor));
    }
}
