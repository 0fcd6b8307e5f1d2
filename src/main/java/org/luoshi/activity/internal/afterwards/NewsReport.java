package org.luoshi.activity.internal.afterwards;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityDetails;
import org.luoshi.activity.internal.checkin.CheckinQueries;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The body of the news draft: one paragraph of what is known about the activity (kind, date, place, speakers, the
 * 二十大代表 among them, the people who checked in), then the summary as written.
 */
@Component
class NewsReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final SpeakerRepository speakers;
    private final CheckinQueries checkins;
    private final Messages messages;
    private final ZoneId zone;

    NewsReport(SpeakerRepository speakers, CheckinQueries checkins, Messages messages, java.time.Clock clock) {
        this.speakers = speakers;
        this.checkins = checkins;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    String body(Activity activity, String summaryHtml) {
        ActivityDetails d = activity.details();
        List<Speaker> found = speakers.findAll(d.speakerIds());
        StringBuilder figures = new StringBuilder();
        figures.append(line("activity.afterwards.news.kind", messages.get("activity.kind." + d.kind())));
        figures.append(line("activity.afterwards.news.date", DAY.format(d.startsAt().atZone(zone))));
        String place = d.address() != null && !d.address().isBlank() ? d.address()
                : messages.get("activity.afterwards.news.online");
        figures.append(line("activity.afterwards.news.place", place));
        figures.append(line("activity.afterwards.news.organiser", activity.unitName()));
        if (!found.isEmpty()) {
            figures.append(line("activity.afterwards.news.speakers", found.stream()
                    .map(s -> s.post() == null || s.post().isBlank() ? s.name() : s.name() + "（" + s.post() + "）")
                    .collect(Collectors.joining("、"))));
        }
        List<String> delegates = found.stream().filter(Speaker::congressDelegate).map(Speaker::name).toList();
        if (!delegates.isEmpty()) {
            figures.append(line("activity.afterwards.news.delegates", String.join("、", delegates)));
        }
        long people = checkins.figures(activity.id()).checkedIn();
        if (people > 0) {
            figures.append(line("activity.afterwards.news.participants", String.valueOf(people)));
        }
        return "<p>" + figures.toString().strip().replace("\n", "<br>") + "</p>" + summaryHtml;
    }

    private String line(String key, String value) {
        return HtmlUtils.htmlEscape(messages.get(key, value)) + "\n";
    }
}
