package org.luoshi.activity.internal.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityQueries;
import org.luoshi.activity.internal.activity.ActivityStatus;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCalendar files: a unit's subscription feed (opened by its token, without logging in) and one activity's file.
 * The feed holds the unit's calendar from half a year back to a year ahead, so a subscribed app keeps the recent
 * past and everything planned; a cancelled activity stays in it marked cancelled, so the app takes it off.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(183);
    static final Duration AHEAD = Duration.ofDays(366);

    private final FeedTokens tokens;
    private final ActivityQueries queries;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;

    CalendarFeeds(FeedTokens tokens, ActivityQueries queries, UnitDirectory units, Messages messages, Clock clock) {
        this.tokens = tokens;
        this.queries = queries;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The feed a token opens; an unknown or renewed token is not found (404).
     *
     * @param base the site's address (scheme, host, context path), for the links to each activity's page
     */
    public String unitFeed(String token, String base) {
        UnitRef unit = tokens.unitOf(token).flatMap(units::find)
                .orElseThrow(() -> BusinessException.notFound("activity.feed.notFound"));
        Instant now = clock.instant();
        List<IcsEvent> events = queries.ofUnit(unit.path(), now.minus(PAST), now.plus(AHEAD)).stream()
                .map(e -> new IcsEvent(uid(e.id()), e.version(), e.title(),
                        description(e.kind(), e.unitName(), e.seriesTitle(), e.onlineUrl(), null),
                        e.place(), page(base, e.id()), e.startsAt(), e.endsAt(),
                        e.status() == ActivityStatus.CANCELLED))
                .toList();
        return IcsWriter.write(messages.get("activity.feed.name", unit.name()), events, now);
    }

    /** One activity's file (the caller checked the reader may see it). */
    public String single(Activity a, String seriesTitle, String base) {
        IcsEvent event = new IcsEvent(uid(a.id()), a.version(), a.details().title(),
                description(a.details().kind(), a.unitName(), seriesTitle, a.details().onlineUrl(),
                        a.details().description()),
                a.details().address(), page(base, a.id()), a.details().startsAt(), a.details().endsAt(),
                a.status() == ActivityStatus.CANCELLED);
        return IcsWriter.write(a.details().title(), List.of(event), clock.instant());
    }

    private static String uid(long id) {
        return "activity-" + id + "@luoshi";
    }

    private static String page(String base, long id) {
        return base + "/activities/" + id;
    }

    private String description(ActivityKind kind, String unitName, String seriesTitle, String onlineUrl,
            String text) {
        StringJoiner lines = new StringJoiner("\n");
        lines.add(messages.get("activity.ics.organiser", messages.get("activity.kind." + kind), unitName));
        if (seriesTitle != null) {
            lines.add(messages.get("activity.ics.series", seriesTitle));
        }
        if (onlineUrl != null) {
            lines.add(messages.get("activity.ics.online", onlineUrl));
        }
        if (text != null && !text.isBlank()) {
            lines.add(text);
        }
        return lines.toString();
    }
}
