package org.luoshi.activity.internal.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, revises, marks held, cancels and deletes activities: the units, speakers, series and plan item a command
 * names are looked up here, the rules are the aggregate's; every change is audited in its own transaction, and the
 * activity's count toward its plan item is published in it (计入落实).
 */
@Service
@Transactional
public class ActivityWorkflow {

    private final ActivityRepository activities;
    private final SeriesRepository series;
    private final SpeakerRepository speakers;
    private final UnitDirectory units;
    private final LinkableItems linkable;
    private final AuditTrail audit;
    private final Messages messages;
    private final ApplicationEventPublisher events;
    private final PlacesTaken places;
    private final Clock clock;

    ActivityWorkflow(ActivityRepository activities, SeriesRepository series, SpeakerRepository speakers,
            UnitDirectory units, LinkableItems linkable, AuditTrail audit, Messages messages,
            ApplicationEventPublisher events, PlacesTaken places, Clock clock) {
        this.places = places;
        this.activities = activities;
        this.series = series;
        this.speakers = speakers;
        this.units = units;
        this.linkable = linkable;
        this.audit = audit;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The activity, when the actor may see it; else 404 (missing and hidden look the same). */
    @Transactional(readOnly = true)
    public Activity visible(long id, Actor actor) {
        return activities.find(id).filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
    }

    public long create(Actor actor, SaveActivity command) {
        if (!Activity.mayOrganise(actor)) {
            throw BusinessException.forbidden("activity.forbidden");
        }
        UnitAt organiser = unitAt(actor.unitId()).orElseThrow();
        Activity planned = Activity.planned(actor, organiser, details(actor, organiser, command, null));
        long id = activities.insert(planned, actor.accountId(), clock.instant());
        audit.record("activity.create", "activity", id, organiser.path(),
                messages.get("activity.audit.create", planned.details().title()), null, planned.details());
        return id;
    }

    public void revise(Actor actor, long id, SaveActivity command, Integer version) {
        Activity before = visible(id, actor);
        UnitAt organiser = new UnitAt(before.unitId(), before.unitPath(), before.unitName());
        if (!before.mayEdit(actor)) {
            throw BusinessException.forbidden("activity.notYourUnit");
        }
        ActivityDetails details = details(actor, organiser, command, before.details().item());
        Activity after = before.revised(actor, details, places.minimumCapacity(id));
        save(before, after, version);
        places.revised(id);
        audit.record("activity.revise", "activity", id, before.unitPath(),
                messages.get("activity.audit.revise", after.details().title()), before.details(), after.details());
    }

    /** 标记为已举办: from now on it counts toward its plan item, if it is linked to one. */
    public void markHeld(Actor actor, long id, Integer version) {
        Activity before = visible(id, actor);
        Activity after = before.markedHeld(actor, clock.instant());
        save(before, after, version);
        audit.record("activity.held", "activity", id, before.unitPath(),
                messages.get("activity.audit.held", before.details().title()), before.status(), after.status());
    }

    public void cancel(Actor actor, long id, String reason, Integer version) {
        Activity before = visible(id, actor);
        Activity after = before.cancelled(actor, reason, clock.instant());
        save(before, after, version);
        audit.record("activity.cancel", "activity", id, before.unitPath(),
                messages.get("activity.audit.cancel", before.details().title(), after.cancelReason()),
                before.status(), after.status());
    }

    public void delete(Actor actor, long id, Integer version) {
        Activity activity = visible(id, actor);
        activity.guardDelete(actor);
        if (version != null && version != activity.version()) {
            throw new OptimisticLockingFailureException("activity " + id);
        }
        activities.delete(id);
        audit.record("activity.delete", "activity", id, activity.unitPath(),
                messages.get("activity.audit.delete", activity.details().title()), activity.details(), null);
    }

    private void save(Activity before, Activity after, Integer version) {
        Instant now = clock.instant();
        activities.update(after, version == null ? before.version() : version, now);
        after.countingSince(before, now).forEach(events::publishEvent);
    }

    /** The command's details, each unit, speaker, series and item it names looked up and checked for the organiser. */
    private ActivityDetails details(Actor actor, UnitAt organiser, SaveActivity c, ItemRef linked) {
        UnitAt audience = c.audienceUnitId() == null ? organiser : unitAt(c.audienceUnitId()).orElse(null);
        List<UnitAt> coOrganisers = units.findAll(c.coOrganiserIds()).values().stream()
                .filter(UnitRef::active).map(ActivityWorkflow::unitAt).toList();
        requireSeries(c.seriesId(), organiser);
        requireSpeakers(actor, c.speakerIds(), organiser);
        return Activity.details(c, organiser, audience, coOrganisers, item(organiser, c.itemId(), linked),
                clock.getZone());
    }

    private void requireSeries(Long seriesId, UnitAt organiser) {
        if (seriesId != null && series.find(seriesId).filter(s -> s.mayJoin(organiser.path())).isEmpty()) {
            throw BusinessException.invalid("seriesId", "activity.series.unknown");
        }
    }

    private void requireSpeakers(Actor actor, List<Long> ids, UnitAt organiser) {
        List<Speaker> found = speakers.findAll(ids.stream().distinct().toList());
        boolean allUsable = found.size() == ids.stream().distinct().count()
                && found.stream().allMatch(s -> s.visibleTo(actor) && s.usableBy(organiser.path()));
        if (!allUsable) {
            throw BusinessException.invalid("speakerIds", "activity.speaker.unknown");
        }
    }

    /** The item the command links to, checked as linkable for the organiser (the one already linked stays). */
    private ItemRef item(UnitAt organiser, Long itemId, ItemRef linked) {
        if (itemId == null) {
            return null;
        }
        if (linked != null && linked.itemId() == itemId) {
            return linked;
        }
        return linkable.find(organiser.id(), itemId).map(LinkableItem::item)
                .orElseThrow(() -> BusinessException.invalid("itemId", "activity.item.notLinkable"));
    }

    private Optional<UnitAt> unitAt(long unitId) {
        return units.find(unitId).map(ActivityWorkflow::unitAt);
    }

    private static UnitAt unitAt(UnitRef unit) {
        return new UnitAt(unit.id(), unit.path(), unit.name());
    }
}
