package org.luoshi.activity.internal.registration;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.activity.Activity;
import org.luoshi.activity.internal.activity.ActivityRepository;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 报名名单 for staff: the organiser's staff see every registration, other staff those of their subtree's members;
 * the picker's candidates (members of the subtree found by name or ID number) and the Excel export.
 */
@Component
@Transactional(readOnly = true)
public class Rosters {

    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{15}|[0-9]{17}[0-9Xx]");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int CANDIDATES = 20;

    private final ActivityRepository activities;
    private final RegistrationQueries queries;
    private final RegistrationRepository registrations;
    private final MemberDirectory members;
    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;

    Rosters(ActivityRepository activities, RegistrationQueries queries, RegistrationRepository registrations,
            MemberDirectory members, UnitDirectory units, Messages messages, Clock clock) {
        this.activities = activities;
        this.queries = queries;
        this.registrations = registrations;
        this.members = members;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** A page of the roster, with the counts over the whole activity and whether the reader may decide. */
    public record Roster(Activity activity, Page<RegistrationQueries.RosterLine> page,
            Map<RegistrationStatus, Integer> counts, boolean mayDecide, boolean mayShare) {
    }

    /** A member the picker offers; {@code status} of their live registration, or null. */
    public record RegistrationCandidate(long memberId, String name, String unitName, RegistrationStatus status) {
    }

    /** The activity, when the actor's staff may read its roster; hidden ones are not found. */
    public Activity readable(Actor actor, long activityId) {
        Activity activity = activities.find(activityId).filter(a -> a.visibleTo(actor))
                .orElseThrow(() -> BusinessException.notFound("activity.notFound"));
        if (!Registration.mayReadRoster(actor, activity)) {
            throw BusinessException.forbidden("registration.roster.forbidden");
        }
        return activity;
    }

    /** The activity, when the actor is staff who may register their members for it. */
    public Activity registrable(Actor actor, long activityId) {
        Activity activity = readable(actor, activityId);
        if (!ActivityRoles.isStaff(actor)) {
            throw BusinessException.forbidden("registration.bulk.forbidden");
        }
        return activity;
    }

    public Roster of(Actor actor, long activityId, RegistrationStatus status, String q, PageQuery page) {
        Activity activity = readable(actor, activityId);
        return new Roster(activity, queries.roster(activityId, filter(actor, activity, status, q), page),
                queries.counts(activityId), activity.mayEdit(actor), activity.details().capacity() != null);
    }

    public void export(Actor actor, Activity activity, RegistrationStatus status, String q, OutputStream out) {
        ZoneId zone = clock.getZone();
        try (Stream<RegistrationQueries.RosterLine> lines = queries.rosterAll(activity.id(),
                filter(actor, activity, status, q))) {
            ExcelWriter.write(out, messages.get("registration.export.sheet"), List.of(
                    messages.get("registration.column.name"), messages.get("registration.column.unit"),
                    messages.get("registration.column.status"), messages.get("registration.column.position"),
                    messages.get("registration.column.time"), messages.get("registration.column.reason")),
                    lines.map(l -> List.of(l.name(), l.unitName(), messages.get("registration.status."
                            + l.status().name()), l.position() == null ? "" : l.position(),
                            TIME.format(l.createdAt().atZone(zone)), l.reason() == null ? "" : l.reason())));
        }
    }

    /**
     * Members of the actor's subtree named {@code q} (the start of a name) or with that ID number. An ID number of
     * a member elsewhere in the tree is told apart from one not registered at all.
     */
    public List<RegistrationCandidate> candidates(Actor actor, long activityId, String q) {
        registrable(actor, activityId);
        String text = q.strip();
        List<MemberRef> found;
        if (ID_NUMBER.matcher(text).matches()) {
            Optional<MemberRef> member = members.findByIdNumber(text, "");
            if (member.isPresent() && !Registration.mayRegisterFor(actor, member.get())) {
                throw BusinessException.invalid("q", "registration.import.otherSubtree");
            }
            found = member.stream().toList();
        } else {
            found = members.search(actor.unitPath(), text, null, CANDIDATES);
        }
        Map<Long, UnitRef> unitsById = units.findAll(found.stream().map(MemberRef::unitId).distinct().toList());
        List<Long> live = found.isEmpty() ? List.of()
                : registrations.liveMembers(activityId, found.stream().map(MemberRef::id).toList());
        return found.stream().map(m -> new RegistrationCandidate(m.id(), m.name(),
                Optional.ofNullable(unitsById.get(m.unitId())).map(UnitRef::name).orElse(""),
                live.contains(m.id()) ? registrations.live(activityId, m.id()).map(Registration::status).orElse(null)
                        : null)).toList();
    }

    /** The units the actor may give a share to: the child units of their own, within the activity's audience. */
    public List<UnitRef> shareableUnits(Actor actor, long activityId) {
        Activity activity = readable(actor, activityId);
        return units.children(actor.unitId()).stream()
                .filter(u -> u.isWithin(activity.details().audience().path())).toList();
    }

    private static RegistrationQueries.RosterFilter filter(Actor actor, Activity activity, RegistrationStatus status,
            String q) {
        return new RegistrationQueries.RosterFilter(activity.mayEdit(actor) ? "" : actor.unitPath(), status, q);
    }
}
