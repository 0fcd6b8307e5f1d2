package org.luoshi.activity.web;

import java.time.Instant;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.activity.ActivityStatus;

/** An activity with everything its page and the API show, and the actions the reader may take on it. */
public record ActivityView(long id, String title, ActivityKind kind, ActivityStatus status, Named unit, Named series,
        String description, String address, String onlineUrl, Instant startsAt, Instant endsAt, Integer capacity,
        Named audience, boolean openToPublic, Instant registrationOpensAt, Instant registrationClosesAt,
        boolean approvalRequired, List<Named> coOrganisers, List<SpeakerLine> speakers, LinkedItem item,
        Instant heldAt, Instant cancelledAt, String cancelReason, int version, Actions actions) {

    /** A unit or a series: its id and name. */
    public record Named(long id, String name) {
    }

    /** A speaker as the activity shows them. */
    public record SpeakerLine(long id, String name, String post, boolean congressDelegate, boolean hasPhoto) {
    }

    /** The plan item it counts toward once held; {@code label} null when the item is no longer offered. */
    public record LinkedItem(long planId, long itemId, String label, String planTitle) {
    }

    public record Actions(boolean edit, boolean markHeld, boolean cancel, boolean delete) {
    }

    public boolean congressDelegate() {
        return speakers.stream().anyMatch(SpeakerLine::congressDelegate);
    }
}
