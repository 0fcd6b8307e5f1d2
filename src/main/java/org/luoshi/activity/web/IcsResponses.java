package org.luoshi.activity.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** iCalendar answers: text/calendar in UTF-8, as a download or for a subscribing app. */
final class IcsResponses {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private IcsResponses() {
    }

    /** The site's origin and context path as the visitor reached it (the trusted proxies' headers applied). */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString().replaceAll("/+$", "");
    }

    /** The address a calendar app subscribes to for the unit whose token this is. */
    static String feedUrl(String token) {
        return base() + "/activities/feed/" + token + ".ics";
    }

    static ResponseEntity<byte[]> download(String ics, String filename) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }

    /** A feed: shown inline, and not cached by a proxy (the token is in the address). */
    static ResponseEntity<byte[]> feed(String ics) {
        return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
