package org.luoshi.activity.web;

import java.time.Clock;
import java.util.List;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityDetails;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.activity.UnitAt;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds what the activity's page and the API show from the aggregate and what it refers to. */
@Component
class ActivityViews {

    private final ActivityWorkflow workflow;
    private final SeriesRepository series;
    private final SpeakerRepository speakers;
    private final LinkableItems linkable;
    private final Clock clock;

    ActivityViews(ActivityWorkflow workflow, SeriesRepository series, SpeakerRepository speakers,
            LinkableItems linkable, Clock clock) {
        this.workflow = workflow;
        this.series = series;
        this.speakers = speakers;
        this.linkable = linkable;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ActivityView view(long id, Actor actor) {
        Activity a = workflow.visible(id, actor);
        ActivityDetails d = a.details();
        ActivityView.Named seriesRef = d.seriesId() == null ? null : series.find(d.seriesId())
                .map(s -> new ActivityView.Named(s.id(), s.title())).orElse(null);
        List<ActivityView.SpeakerLine> lines = speakers.findAll(d.speakerIds()).stream()
                .map(s -> new ActivityView.SpeakerLine(s.id(), s.name(), s.post(), s.congressDelegate(),
                        s.photoFileId() != null))
                .toList();
        ActivityView.LinkedItem item = d.item() == null ? null : linkable.find(a.unitId(), d.item().itemId())
                .map(i -> new ActivityView.LinkedItem(i.item().planId(), i.item().itemId(), i.label(), i.planTitle()))
                .orElse(new ActivityView.LinkedItem(d.item().planId(), d.item().itemId(), null, null));
        return new ActivityView(a.id(), d.title(), d.kind(), a.status(), new ActivityView.Named(a.unitId(),
                a.unitName()), seriesRef, d.description(), d.address(), d.onlineUrl(), d.startsAt(), d.endsAt(),
                d.capacity(), named(d.audience()), d.openToPublic(), d.registrationOpensAt(),
                d.registrationClosesAt(), d.approvalRequired(),
                d.coOrganisers().stream().map(ActivityViews::named).toList(), lines, item, a.heldAt(),
                a.cancelledAt(), a.cancelReason(), a.version(), new ActivityView.Actions(a.mayEdit(actor),
                        a.mayMarkHeld(actor, clock.instant()), a.mayCancel(actor), a.mayDelete(actor)));
    }

    private static ActivityView.Named named(UnitAt unit) {
        return new ActivityView.Named(unit.id(), unit.name());
    }
}
