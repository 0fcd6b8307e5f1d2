package org.luoshi.activity.web;

import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.calendar.CalendarFeeds;
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
    private final ActivityIcsFiles files;
    private final CalendarFeeds feeds;

    CalendarFileController(ActivityWorkflow workflow, ActivityIcsFiles files, CalendarFeeds feeds) {
        this.workflow = workflow;
        this.files = files;
        this.feeds = feeds;
    }

    @GetMapping("/activities/{id}/ics")
    ResponseEntity<byte[]> activity(@PathVariable long id) {
        return IcsResponses.download(files.of(workflow.visible(id, CurrentActor.get())), "activity-" + id + ".ics");
    }

    @GetMapping("/activities/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return IcsResponses.feed(feeds.unitFeed(token, IcsResponses.base()));
    }
}
