package org.luoshi.activity.internal.checkin;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What check-in shows: the attendance figures, the screen's live list, and the roll call. */
@Component
@Transactional(readOnly = true)
public class CheckinQueries {

    /** 签到人数: everyone counted, of which walk-ins, and how many by each method (every method listed). */
    public record Figures(long checkedIn, long walkIns, Map<CheckinMethod, Long> byMethod) {
    }

    /** One member of the roll call: counted at {@code checkedInAt}, or not yet (null). */
    public record RollCallLine(long memberId, String name, String unitName, Instant checkedInAt) {
    }

    private static final int LIVE_NAMES = 30;

    private final CheckinRepository checkins;
    private final MemberDirectory members;
    private final UnitDirectory units;

    CheckinQueries(CheckinRepository checkins, MemberDirectory members, UnitDirectory units) {
        this.checkins = checkins;
        this.members = members;
        this.units = units;
    }

    public Figures figures(long activityId) {
        Map<CheckinMethod, Long> counted = checkins.countByMethod(activityId);
        Map<CheckinMethod, Long> byMethod = new EnumMap<>(CheckinMethod.class);
        for (CheckinMethod method : CheckinMethod.values()) {
            byMethod.put(method, counted.getOrDefault(method, 0L));
        }
        long total = byMethod.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(total, byMethod.get(CheckinMethod.WALK_IN), byMethod);
    }

    /** The newest check-ins for the screen, newest first. */
    public List<CheckinRepository.Entry> latest(long activityId) {
        return checkins.page(activityId, null, null, new PageQuery(1, LIVE_NAMES)).items();
    }

    public Optional<CheckinRepository.Entry> ofMember(long activityId, long memberId) {
        return checkins.ofMember(activityId, memberId);
    }

    public Optional<CheckinRepository.Entry> find(long activityId, long checkinId) {
        return checkins.find(activityId, checkinId);
    }

    public Page<CheckinRepository.Entry> page(long activityId, String name, CheckinMethod method, PageQuery query) {
        return checkins.page(activityId, name, method, query);
    }

    /**
     * The roll call: the members the activity addresses (its audience's subtree), by name, one page, each with when
     * they checked in. Those counted from outside the audience (walk-ins, guests) are on the check-in list.
     */
    public Page<RollCallLine> rollCall(CheckinDesk desk, String name, PageQuery query) {
        Page<MemberRef> page = members.page(desk.activity().details().audience().path(), name, query);
        Set<Long> ids = page.items().stream().map(MemberRef::id).collect(Collectors.toSet());
        Map<Long, Instant> counted = checkins.membersCounted(desk.activity().id(), ids);
        Map<Long, UnitRef> unitsById = units.findAll(page.items().stream().map(MemberRef::unitId).distinct()
                .toList());
        return page.map(m -> new RollCallLine(m.id(), m.name(),
                unitsById.containsKey(m.unitId()) ? unitsById.get(m.unitId()).name() : "", counted.get(m.id())));
    }
}
