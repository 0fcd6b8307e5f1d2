package org.luoshi.activity.web.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.luoshi.activity.internal.checkin.CheckinCodes;
import org.luoshi.activity.internal.checkin.CheckinDesk;
import org.luoshi.activity.internal.checkin.CheckinQueries;
import org.luoshi.activity.internal.checkin.CheckinRepository;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the venue's screen shows, from any node at any moment: the current code and address, the count, the names. */
@Component
class CheckinScreen {

    /**
     * The screen's state. {@code url} is what the QR code carries (the scan page, with {@code code}); {@code slot}
     * changes when the code does; {@code secondsLeft} until it changes.
     */
    record Live(long activityId, String title, boolean open, Instant opensAt, Instant closesAt, long slot, String code,
            String url, long secondsLeft, long rotationSeconds, CheckinQueries.Figures figures,
            List<CheckinRepository.Entry> latest) {
    }

    private static final int PIXELS_PER_MODULE = 12;

    private final CheckinCodes codes;
    private final CheckinQueries queries;
    private final Clock clock;

    CheckinScreen(CheckinCodes codes, CheckinQueries queries, Clock clock) {
        this.codes = codes;
        this.queries = queries;
        this.clock = clock;
    }

    Live live(CheckinDesk desk) {
        Instant now = clock.instant();
        long id = desk.activity().id();
        String code = codes.codeAt(id, now);
        return new Live(id, desk.title(), desk.isOpen(now), desk.opensAt(), desk.closesAt(), codes.slot(now), code,
                scanUrl(id, code), Math.max(1, codes.remaining(now).toSeconds()), codes.rotation().toSeconds(),
                queries.figures(id), queries.latest(id));
    }

    /** The current code as a PNG; never cached, since it changes every rotation. */
    ResponseEntity<byte[]> png(CheckinDesk desk) {
        long id = desk.activity().id();
        byte[] png = QrPng.of(scanUrl(id, codes.codeAt(id, clock.instant())), PIXELS_PER_MODULE);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }

    static ResponseEntity<byte[]> png(String text, int pixelsPerModule) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .body(QrPng.of(text, pixelsPerModule));
    }

    /** The scan page's absolute address, made from the request (behind a proxy, the forwarded host). */
    private static String scanUrl(long activityId, String code) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/checkin/{id}").queryParam("c", code)
                .buildAndExpand(activityId).toUriString();
    }
}
