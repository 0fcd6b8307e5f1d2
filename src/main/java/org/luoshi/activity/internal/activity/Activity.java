package org.luoshi.activity.internal.activity;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 活动: one activity organised by a unit. The one place its rules live: the organiser's staff (and the staff of the
 * units above it) plan, revise, mark it held, cancel and delete it; it ends after it starts; it has a place or a link;
 * its capacity, when it has one, is at least 1; its audience is the organiser's subtree or part of it; registration
 * closes after it opens and no later than the end. Held and linked to a plan item, it counts there once (计入落实,
 * kind {@code activity.held}, quantity 1).
 */
public record Activity(long id, long unitId, String unitPath, String unitName, ActivityDetails details,
        ActivityStatus status, Instant heldAt, Instant cancelledAt, String cancelReason, int version) {

    public static final String KIND = "activity.held";
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_ADDRESS = 300;
    static final int MAX_URL = 500;
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_CO_ORGANISERS = 30;
    static final int MAX_SPEAKERS = 30;
    static final int MAX_REASON = 500;

    /** The actor's unit's staff organise activities. */
    public static boolean mayOrganise(Actor actor) {
        return ActivityRoles.isStaff(actor);
    }

    /**
     * Staff, editors and leaders see what their subtree organises or co-organises, and what is open to their unit;
     * members see what is open to their unit.
     */
    public boolean visibleTo(Actor actor) {
        if (details.audience().path().length() <= actor.unitPath().length()
                && actor.unitPath().startsWith(details.audience().path())) {
            return true;
        }
        return ActivityRoles.readsSubtree(actor) && (actor.covers(unitPath)
                || details.coOrganisers().stream().anyMatch(u -> actor.covers(u.path())));
    }

    /** The organiser's staff, and the staff of the units above it. */
    public boolean mayEdit(Actor actor) {
        return mayOrganise(actor) && actor.covers(unitPath) && status != ActivityStatus.CANCELLED;
    }

    /** 标记为已举办: once it has started. */
    public boolean mayMarkHeld(Actor actor, Instant now) {
        return mayEdit(actor) && status == ActivityStatus.PLANNED && !details.startsAt().isAfter(now);
    }

    public boolean mayCancel(Actor actor) {
        return mayEdit(actor) && status == ActivityStatus.PLANNED;
    }

    /** A held activity is a record of work done (and counted): it stays. */
    public boolean mayDelete(Actor actor) {
        return mayOrganise(actor) && actor.covers(unitPath) && status != ActivityStatus.HELD;
    }

    public boolean isHeld() {
        return status == ActivityStatus.HELD;
    }

    /**
     * Checks every rule of a command and gives the details to store; nothing is stored when one is broken.
     *
     * @param organiser    the organising unit
     * @param audience     the unit named as audience (the organiser when the command names none), or null if unknown
     * @param coOrganisers the co-organising units the command names, as found (unknown ids missing)
     * @param item         the linkable item the command names (already checked), or null
     */
    public static ActivityDetails details(SaveActivity c, UnitAt organiser, UnitAt audience,
            List<UnitAt> coOrganisers, ItemRef item, ZoneId zone) {
        if (c.kind() == null) {
            throw BusinessException.invalid("kind", "activity.kind.required");
        }
        String title = required("title", c.title(), MAX_TITLE);
        String description = optional("description", c.description(), MAX_DESCRIPTION);
        String address = optional("address", c.address(), MAX_ADDRESS);
        String url = onlineUrl(c.onlineUrl());
        if (address.isEmpty() && url.isEmpty()) {
            throw BusinessException.invalid("address", "activity.place.required");
        }
        Instant starts = time("startsAt", c.startsAt(), zone, true);
        Instant ends = time("endsAt", c.endsAt(), zone, true);
        if (!ends.isAfter(starts)) {
            throw BusinessException.invalid("endsAt", "activity.endsAt.beforeStart");
        }
        requireCapacity(c.capacity());
        requireAudience(audience, organiser);
        Instant opens = time("registrationOpensAt", c.registrationOpensAt(), zone, false);
        Instant closes = time("registrationClosesAt", c.registrationClosesAt(), zone, false);
        requireWindow(opens, closes, ends);
        return new ActivityDetails(c.seriesId(), c.kind(), title, description, address.isEmpty() ? null : address,
                url.isEmpty() ? null : url, starts, ends, c.capacity(), audience, c.openToPublic(), opens, closes,
                c.approvalRequired(), coOrganisers(c.coOrganiserIds(), coOrganisers, organiser),
                speakers(c.speakerIds()), item);
    }

    /** A new activity of the organiser, not yet stored. */
    public static Activity planned(Actor actor, UnitAt organiser, ActivityDetails details) {
        if (!mayOrganise(actor) || !actor.covers(organiser.path())) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        return new Activity(0, organiser.id(), organiser.path(), organiser.name(), details, ActivityStatus.PLANNED,
                null, null, null, 0);
    }

    public Activity revised(Actor actor, ActivityDetails newDetails) {
        guard(mayEdit(actor));
        return new Activity(id, unitId, unitPath, unitName, newDetails, status, heldAt, cancelledAt, cancelReason,
                version);
    }

    /**
     * Revised while {@code minimumCapacity} places are held or set aside (报名): a capacity below them would turn away
     * members already accepted.
     */
    public Activity revised(Actor actor, ActivityDetails newDetails, int minimumCapacity) {
        if (newDetails.capacity() != null && newDetails.capacity() < minimumCapacity) {
            throw BusinessException.invalid("capacity", "activity.capacity.belowRegistered", minimumCapacity);
        }
        return revised(actor, newDetails);
    }

    public Activity markedHeld(Actor actor, Instant now) {
        guard(mayEdit(actor));
        if (status != ActivityStatus.PLANNED) {
            throw BusinessException.conflict("activity.held.already");
        }
        if (details.startsAt().isAfter(now)) {
            throw BusinessException.conflict("activity.held.notStarted");
        }
        return new Activity(id, unitId, unitPath, unitName, details, ActivityStatus.HELD, now, null, null, version);
    }

    public Activity cancelled(Actor actor, String reason, Instant now) {
        guard(mayEdit(actor));
        if (status != ActivityStatus.PLANNED) {
            throw BusinessException.conflict("activity.cancel.notPlanned");
        }
        String clean = required("reason", reason, MAX_REASON);
        return new Activity(id, unitId, unitPath, unitName, details, ActivityStatus.CANCELLED, null, now, clean,
                version);
    }

    /** Deleting checks the rule here; a held activity, the only one that counts, is never deleted. */
    public void guardDelete(Actor actor) {
        if (!mayOrganise(actor) || !actor.covers(unitPath)) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        if (status == ActivityStatus.HELD) {
            throw BusinessException.conflict("activity.delete.held");
        }
    }

    /** What this activity counts toward its item: once held and linked. */
    public Optional<WorkCounted> counted(Instant at) {
        if (status != ActivityStatus.HELD || details.item() == null || id == 0) {
            return Optional.empty();
        }
        return Optional.of(new WorkCounted(unitId, details.item(), KIND, id, 1, details.title(),
                "/activities/" + id, at));
    }

    /** The counts to withdraw and to make now that the activity went from {@code before} to this state. */
    public List<Object> countingSince(Activity before, Instant at) {
        List<Object> events = new ArrayList<>();
        Optional<WorkCounted> was = before.counted(at);
        Optional<WorkCounted> now = counted(at);
        if (was.isPresent() && (now.isEmpty() || !now.get().item().equals(was.get().item()))) {
            events.add(WorkUncounted.of(was.get(), at));
        }
        now.ifPresent(events::add);
        return events;
    }

    private static void guard(boolean allowed) {
        if (!allowed) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
    }

    private static void requireCapacity(Integer capacity) {
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            throw BusinessException.invalid("capacity", "activity.capacity.range", MAX_CAPACITY);
        }
    }

    /** Members of the organiser's own subtree: a unit does not invite another's members. */
    private static void requireAudience(UnitAt audience, UnitAt organiser) {
        if (audience == null || !audience.isWithin(organiser.path())) {
            throw BusinessException.invalid("audienceUnitId", "activity.audience.outside");
        }
    }

    private static void requireWindow(Instant opens, Instant closes, Instant ends) {
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            throw BusinessException.invalid("registrationClosesAt", "activity.registration.closesBeforeOpens");
        }
        if (closes != null && closes.isAfter(ends)) {
            throw BusinessException.invalid("registrationClosesAt", "activity.registration.closesAfterEnd");
        }
        if (opens != null && !opens.isBefore(ends)) {
            throw BusinessException.invalid("registrationOpensAt", "activity.registration.opensAfterEnd");
        }
    }

    private static List<UnitAt> coOrganisers(List<Long> ids, List<UnitAt> found, UnitAt organiser) {
        if (ids.size() > MAX_CO_ORGANISERS) {
            throw BusinessException.invalid("coOrganiserIds", "activity.coOrganisers.tooMany", MAX_CO_ORGANISERS);
        }
        Set<Long> seen = new HashSet<>();
        List<UnitAt> units = new ArrayList<>();
        for (long id : ids) {
            UnitAt unit = found.stream().filter(u -> u.id() == id).findFirst()
                    .orElseThrow(() -> BusinessException.invalid("coOrganiserIds", "activity.coOrganiser.unknown"));
            if (id == organiser.id()) {
                throw BusinessException.invalid("coOrganiserIds", "activity.coOrganiser.self");
            }
            if (seen.add(id)) {
                units.add(unit);
            }
        }
        return units;
    }

    private static List<Long> speakers(List<Long> ids) {
        if (ids.size() > MAX_SPEAKERS) {
            throw BusinessException.invalid("speakerIds", "activity.speakers.tooMany", MAX_SPEAKERS);
        }
        return ids.stream().distinct().toList();
    }

    private static Instant time(String field, LocalDateTime value, ZoneId zone, boolean required) {
        if (value == null) {
            if (required) {
                throw BusinessException.invalid(field, "activity." + field + ".required");
            }
            return null;
        }
        if (value.getYear() < 2000 || value.getYear() > 2100) {
            throw BusinessException.invalid(field, "activity.time.year",
                    new DefaultMessageSourceResolvable("field." + field));
        }
        return value.atZone(zone).toInstant();
    }

    /** Only a web address (http or https) is kept as a link: it is shown to members and put in calendars. */
    private static String onlineUrl(String value) {
        String url = optional("onlineUrl", value, MAX_URL);
        if (url.isEmpty()) {
            return url;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below, as any other address that is not a web address
        }
        throw BusinessException.invalid("onlineUrl", "activity.onlineUrl.invalid");
    }

    static String required(String field, String value, int max) {
        String clean = optional(field, value, max);
        if (clean.isEmpty()) {
            throw BusinessException.invalid(field, "activity." + field + ".required");
        }
        return clean;
    }

    static String optional(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "activity.text.tooLong", max);
        }
        return clean;
    }
}
