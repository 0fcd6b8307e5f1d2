package org.luoshi.activity.web;

import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.calendar.CalendarFeeds;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.springframework.stereotype.Component;

/** One activity's .ics, for the page's download and the API's. */
@Component
class ActivityIcsFiles {

    private final SeriesRepository series;
    private final CalendarFeeds feeds;

    ActivityIcsFiles(SeriesRepository series, CalendarFeeds feeds) {
        this.series = series;
        this.feeds = feeds;
    }

    /** The file of an activity the caller may see (checked before). */
    String of(Activity a) {
        String seriesTitle = a.details().seriesId() == null ? null
                : series.find(a.details().seriesId()).map(ActivitySeries::title).orElse(null);
        return feeds.single(a, seriesTitle, IcsResponses.base());
    }
}
