package org.luoshi.study.internal.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 领导小组: the leading group a unit sets up for a plan it received (三、(一) 成立领导小组). The one place its rules
 * live: only the unit's own administrators change it; it cannot be set up in the future; a member of the registry
 * sits once, and the group has at most one 组长. It counts toward one item of the plan ({@code study.group}, 1 个).
 */
public class LeadingGroup {

    public static final String KIND = "study.group";
    static final int NAME_MAX = 50;
    static final int POST_MAX = 60;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");

    private final Long id;
    private final long unitId;
    private final String unitPath;
    private final long planId;
    private final String planTitle;
    private Long itemId;
    private LocalDate setUpOn;
    private Long documentId;
    private final int version;
    private final List<Seat> seats;

    LeadingGroup(Long id, long unitId, String unitPath, long planId, String planTitle, Long itemId, LocalDate setUpOn,
            Long documentId, int version, List<Seat> seats) {
        this.id = id;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.planId = planId;
        this.planTitle = planTitle;
        this.itemId = itemId;
        this.setUpOn = setUpOn;
        this.documentId = documentId;
        this.version = version;
        this.seats = new ArrayList<>(seats);
    }

    /** 成立: a unit's administrator records the group of their own unit. */
    static LeadingGroup setUp(Actor actor, long unitId, String unitPath, long planId, String planTitle, Long itemId,
            LocalDate setUpOn, LocalDate today) {
        requireManagerOf(actor, unitId);
        requireDate(setUpOn, today);
        return new LeadingGroup(null, unitId, unitPath, planId, planTitle, itemId, setUpOn, null, 0, List.of());
    }

    /** Whether the actor may record a group for this unit: its own administrators. */
    public static boolean mayRecord(Actor actor, long unitId) {
        return actor.mayManage() && actor.unitId() == unitId;
    }

    public boolean mayView(Actor actor) {
        return actor.covers(unitPath);
    }

    public boolean mayEdit(Actor actor) {
        return mayRecord(actor, unitId);
    }

    /** Full phone numbers: those entitled to personal data within whose subtree the group is, one seat at a time. */
    public boolean mayReveal(Actor actor) {
        return mayView(actor) && actor.maySeePersonalData();
    }

    void requireVersion(Integer expected) {
        if (expected != null && expected != version) {
            throw BusinessException.conflict("study.group.staleVersion");
        }
    }

    void edit(Actor actor, LocalDate newSetUpOn, Long newItemId, LocalDate today) {
        requireEditor(actor);
        requireDate(newSetUpOn, today);
        this.setUpOn = newSetUpOn;
        this.itemId = newItemId;
    }

    void attachDocument(Actor actor, long fileId) {
        requireEditor(actor);
        this.documentId = fileId;
    }

    void requireMayDelete(Actor actor) {
        requireEditor(actor);
    }

    public Seat seat(long seatId) {
        return seats.stream().filter(s -> Objects.equals(s.id(), seatId)).findFirst()
                .orElseThrow(() -> BusinessException.notFound("study.group.seat.notFound"));
    }

    /** 增加成员: {@code registryName} is the registry's name of {@code memberId}, known to be within the subtree. */
    Seat addSeat(Actor actor, SeatDetails input, String registryName) {
        requireEditor(actor);
        Seat seat = validated(null, input.cleaned(), registryName);
        seats.add(seat);
        return seat;
    }

    Seat editSeat(Actor actor, long seatId, SeatDetails input, String registryName) {
        requireEditor(actor);
        Seat before = seat(seatId);
        Seat after = validated(seatId, input.keepingMasked(before.phone()).cleaned(), registryName);
        seats.set(seats.indexOf(before), after);
        return after;
    }

    Seat removeSeat(Actor actor, long seatId) {
        requireEditor(actor);
        Seat seat = seat(seatId);
        seats.remove(seat);
        return seat;
    }

    /** What the group counts for now, if it is linked to an item. */
    Optional<WorkCounted> counted(String title, Instant at) {
        if (itemId == null || id == null) {
            return Optional.empty();
        }
        return Optional.of(new WorkCounted(unitId, new ItemRef(planId, itemId), KIND, id, 1, title, link(), at));
    }

    public String link() {
        return "/study/groups/" + id;
    }

    private Seat validated(Long seatId, SeatDetails d, String registryName) {
        if (d.role() == null) {
            throw BusinessException.invalid("role", "study.group.seat.role.required");
        }
        if (d.role() == SeatRole.HEAD && seats.stream()
                .anyMatch(s -> s.role() == SeatRole.HEAD && (seatId == null || !seatId.equals(s.id())))) {
            throw BusinessException.invalid("role", "study.group.seat.head.taken");
        }
        int order = d.sortOrder() == null ? seats.size() + 1 : d.sortOrder();
        if (order < 0 || order > 9999) {
            throw BusinessException.invalid("sortOrder", "study.group.seat.sortOrder.range");
        }
        if (d.memberId() != null) {
            if (registryName == null) {
                throw BusinessException.invalid("memberId", "study.group.seat.member.outside");
            }
            if (seats.stream().anyMatch(s -> d.memberId().equals(s.memberId()) && (seatId == null || !seatId.equals(s.id())))) {
                throw BusinessException.invalid("memberId", "study.group.seat.member.duplicate", registryName);
            }
            return new Seat(seatId, d.role(), d.memberId(), registryName, trimmed(d.post()), null, order);
        }
        if (d.name() == null) {
            throw BusinessException.invalid("name", "study.group.seat.name.required");
        }
        if (d.name().length() > NAME_MAX) {
            throw BusinessException.invalid("name", "study.group.seat.name.tooLong", NAME_MAX);
        }
        if (d.phone() != null && !PHONE.matcher(d.phone()).matches()) {
            throw BusinessException.invalid("phone", "study.group.seat.phone.format", d.phone());
        }
        return new Seat(seatId, d.role(), null, d.name(), trimmed(d.post()), d.phone(), order);
    }

    private static String trimmed(String post) {
        if (post != null && post.length() > POST_MAX) {
            throw BusinessException.invalid("post", "study.group.seat.post.tooLong", POST_MAX);
        }
        return post;
    }

    private void requireEditor(Actor actor) {
        requireManagerOf(actor, unitId);
    }

    private static void requireManagerOf(Actor actor, long unitId) {
        if (!mayRecord(actor, unitId)) {
            throw BusinessException.forbidden("study.group.forbidden");
        }
    }

    private static void requireDate(LocalDate setUpOn, LocalDate today) {
        if (setUpOn == null) {
            throw BusinessException.invalid("setUpOn", "study.group.setUpOn.required");
        }
        if (setUpOn.isAfter(today)) {
            throw BusinessException.invalid("setUpOn", "study.group.setUpOn.future", setUpOn, today);
        }
    }

    public Long id() { return id; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public long planId() { return planId; }
    public String planTitle() { return planTitle; }
    public Long itemId() { return itemId; }
    public LocalDate setUpOn() { return setUpOn; }
    public Long documentId() { return documentId; }
    public int version() { return version; }

    /** The seats by role (组长 first) and the order the unit chose. */
    public List<Seat> seats() {
        return seats.stream().sorted(Comparator.comparing(Seat::role).thenComparingInt(Seat::sortOrder)
                .thenComparing(s -> s.id() == null ? Long.MAX_VALUE : s.id())).toList();
    }

    LeadingGroup withId(long newId) {
        return new LeadingGroup(newId, unitId, unitPath, planId, planTitle, itemId, setUpOn, documentId, version,
                seats);
    }
}
