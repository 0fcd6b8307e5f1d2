package org.luoshi.activity.internal.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes iCalendar (RFC 5545) text with ical4j, which escapes commas, semicolons, backslashes and line breaks. ical4j
 * folds long lines at 75 characters, but the RFC counts octets, and a line of Chinese (3 octets a character) would
 * then run to 225: so its folds are undone and each line folded again at 75 octets, never inside a character. Times
 * are written in UTC, so no time-zone component is needed and every app shows them in its own zone.
 */
public final class IcsWriter {

    static final int MAX_OCTETS = 75;

    private IcsWriter() {
    }

    /**
     * @param name  the calendar's name as a subscribing app shows it (X-WR-CALNAME)
     * @param stamp when the file was made (DTSTAMP), from the business clock
     */
    public static String write(String name, List<IcsEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Luoshi//Activities//ZH"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (IcsEvent event : events) {
            calendar.add(event(event, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fold(out.toString().replace("\r\n ", "").replace("\r\n\t", ""));
    }

    /** Folds each content line to at most 75 octets: a line break and a space before each further part. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            folded.append("\r\n");
        }
        return folded.toString();
    }

    private static VEvent event(IcsEvent e, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid()));
        event.add(new DtStamp(stamp));
        event.add(new Sequence(e.sequence()));
        event.add(new DtStart<>(e.startsAt()));
        event.add(new DtEnd<>(e.endsAt()));
        event.add(new Summary(e.title()));
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.url() != null) {
            try {
                event.add(new Url(new URI(e.url())));
            } catch (URISyntaxException ignored) {
                // an address that is not a URI is left out; the description still names the activity
            }
        }
        event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }
}
