package org.luoshi.study.web.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItems;
import org.luoshi.study.internal.session.Leader;
import org.luoshi.study.internal.session.PlannedSessions;
import org.luoshi.study.internal.session.StudyForm;
import org.luoshi.study.internal.session.StudyLibrary;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the session form offers: forms, leaders, linkable items, library materials, planned sessions, people. */
@Component
class SessionFormOptions {

    static final int FOUND_LIMIT = 50;

    private final LinkableItems linkable;
    private final StudyLibrary library;
    private final PlannedSessions planned;
    private final MemberDirectory members;
    private final UnitDirectory units;

    SessionFormOptions(LinkableItems linkable, StudyLibrary library, PlannedSessions planned, MemberDirectory members,
            UnitDirectory units) {
        this.linkable = linkable;
        this.library = library;
        this.planned = planned;
        this.members = members;
        this.units = units;
    }

    void fill(Model model, Actor actor, SessionForm form) {
        model.addAttribute("forms", StudyForm.values());
        model.addAttribute("leaderOptions", Leader.values());
        model.addAttribute("items", linkable.of(actor.unitId()));
        model.addAttribute("library", library.offered(actor.unitPath()));
        model.addAttribute("plannedOptions", planned.open(actor.unitId(), form.getPlannedId()));
        model.addAttribute("memberUnits", memberUnits(actor));
        Map<Long, MemberRef> chosen = members.findAll(form.getAttendeeIds());
        model.addAttribute("chosen", form.getAttendeeIds().stream().distinct().map(chosen::get)
                .filter(m -> m != null).toList());
        boolean searched = (form.getMemberName() != null && !form.getMemberName().isBlank())
                || form.getMemberUnitId() != null;
        model.addAttribute("searched", searched);
        model.addAttribute("found", searched ? members.search(actor.scopePath(), form.getMemberName(),
                form.getMemberUnitId(), FOUND_LIMIT).stream()
                .filter(m -> !form.getAttendeeIds().contains(m.id())).toList() : List.of());
    }

    /** The items the actor's unit may link to: also those its subtree's sessions count toward. */
    List<org.luoshi.plan.LinkableItem> items(Actor actor) {
        return linkable.of(actor.unitId());
    }

    /** The item the session counts toward, as the plan names it, while the unit may still link to it. */
    String itemLabel(org.luoshi.study.internal.session.StudySession session) {
        return linkable.find(session.unitId(), session.item().itemId())
                .map(i -> i.planTitle() + " · " + i.label()).orElse(null);
    }

    /** The acting unit and its direct children, to narrow a search for people by unit. */
    List<UnitRef> memberUnits(Actor actor) {
        List<UnitRef> list = new ArrayList<>();
        units.find(actor.unitId()).ifPresent(list::add);
        list.addAll(units.children(actor.unitId()));
        return list;
    }
}
