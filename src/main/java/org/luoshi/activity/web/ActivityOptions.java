package org.luoshi.activity.web;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.activity.internal.series.ActivitySeries;
import org.luoshi.activity.internal.series.SeriesRepository;
import org.luoshi.activity.internal.speaker.Speaker;
import org.luoshi.activity.internal.speaker.SpeakerRepository;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the activity form offers the organiser to choose from. */
@Component
class ActivityOptions {

    /** The choices; units as id and name. */
    record Options(List<ActivityKind> kinds, List<ActivityView.Named> series, List<SpeakerChoice> speakers,
            List<ActivityView.Named> audiences, List<ActivityView.Named> coOrganisers, List<LinkableItem> items) {
    }

    record SpeakerChoice(long id, String name, String post, boolean congressDelegate, String unitName) {
    }

    private final SeriesRepository series;
    private final SpeakerRepository speakers;
    private final UnitDirectory units;
    private final LinkableItems linkable;

    ActivityOptions(SeriesRepository series, SpeakerRepository speakers, UnitDirectory units,
            LinkableItems linkable) {
        this.series = series;
        this.speakers = speakers;
        this.units = units;
        this.linkable = linkable;
    }

    /**
     * For an activity of {@code organiser} (the actor's unit for a new one); {@code chosen} are the co-organisers
     * it has now, offered too, so that saving the form keeps them.
     */
    @Transactional(readOnly = true)
    Options of(Actor actor, long organiserId, List<ActivityView.Named> chosen) {
        UnitRef organiser = units.find(organiserId).orElseThrow();
        List<ActivityView.Named> audiences = new ArrayList<>();
        audiences.add(named(organiser));
        units.children(organiser.id()).forEach(u -> audiences.add(named(u)));
        List<ActivityView.Named> partners = new ArrayList<>();
        // the parent and the children: a sibling's name is not the organiser's to see (the API takes any unit)
        if (organiser.parentId() != null) {
            units.find(organiser.parentId()).ifPresent(p -> partners.add(named(p)));
        }
        units.children(organiser.id()).forEach(u -> partners.add(named(u)));
        chosen.stream().filter(c -> !partners.contains(c)).forEach(partners::add);
        List<SpeakerChoice> speakerChoices = speakers.list(actor.unitPath(), null, false, new PageQuery(1, 200))
                .items().stream().filter(s -> s.usableBy(organiser.path())).map(ActivityOptions::choice).toList();
        return new Options(List.of(ActivityKind.values()),
                series.joinable(organiser.path()).stream().map(ActivityOptions::named).toList(), speakerChoices,
                audiences, partners, linkable.of(organiser.id()));
    }

    private static ActivityView.Named named(UnitRef unit) {
        return new ActivityView.Named(unit.id(), unit.name());
    }

    private static ActivityView.Named named(ActivitySeries s) {
        return new ActivityView.Named(s.id(), s.title());
    }

    private static SpeakerChoice choice(Speaker s) {
        return new SpeakerChoice(s.id(), s.name(), s.post(), s.congressDelegate(), s.unitName());
    }
}
