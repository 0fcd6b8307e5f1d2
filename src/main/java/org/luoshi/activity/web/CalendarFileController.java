package org.luoshi.activity.web;

import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.calendar.CalendarFeeds;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Calendar files: an activity's .ics for whoever may see it, and a unit's subscription feed, which a calendar app
 * fetches without logging in: the unguessable token in the address is the permission (see FeedTokens).
 */
@Controller
class CalendarFileController {

    private final ActivityWorkflow workflow;
    private final SeriesRepository series;
    private final CalendarFeeds feeds;

    CalendarFileController(ActivityWorkflow workflow, SeriesRepository series, CalendarFeeds feeds) {
        this.workflow = workflow;
        this.series = series;
        this.feeds = feeds;
    }

    @GetMapping("/activities/{id}/ics")
    ResponseEntity<byte[]> activity(@PathVariable long id) {
        return IcsResponses.download(ics(workflow.visible(id, CurrentActor.get())), "activity-" + id + ".ics");
    }

    @GetMapping("/activities/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return IcsResponses.feed(feeds.unitFeed(token, IcsResponses.base()));
    }

    String ics(Activity a) {
        String seriesTitle = a.details().seriesId() == null ? null
                : series.find(a.details().seriesId()).map(ActivitySeries::title).orElse(null);
        return feeds.single(a, seriesTitle, IcsResponses.base());
    }
}
