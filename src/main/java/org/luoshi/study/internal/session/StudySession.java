package org.luoshi.study.internal.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.RichText;

/**
 * 集体学习: one collective study session of a unit. The one place its rules live: the unit's administrators record,
 * revise and delete it; it is held on a day that has come; its attendees are members of the unit's subtree, each
 * once; linked to a plan item it counts there as one session (计入落实, kind {@code study.session}).
 */
public class StudySession {

    public static final String KIND = "study.session";
    static final int MAX_TOPIC = 200;
    static final int MAX_LEAD = 100;
    static final int MAX_TITLE = 200;
    static final int MAX_MATERIALS = 30;
    static final int MAX_ATTENDEES = 2000;
    static final int MAX_MINUTES_HTML = 100_000;
    static final int MAX_DURATION = 1440;
    static final int MAX_OTHERS = 100_000;

    /** Someone who attended, as the registry named and placed them that day. */
    public record Attendee(long memberId, String name, long unitId, String unitPath) {
    }

    /** What was studied: a library material (id) or a title typed in (id null). */
    public record Material(Long materialId, String title) {
    }

    private final long id;
    private final long unitId;
    private final String unitPath;
    private StudyForm form;
    private LocalDate heldOn;
    private int durationMinutes;
    private String topic;
    private String leadName;
    private int otherCount;
    private Set<Leader> leaders = EnumSet.noneOf(Leader.class);
    private String minutesHtml = "";
    private ItemRef item;
    private Long plannedId;
    private List<Attendee> attendees = List.of();
    private List<Material> materials = List.of();
    private final int version;

    StudySession(long id, long unitId, String unitPath, int version) {
        this.id = id;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.version = version;
    }

    /** A session not yet stored, of the actor's own unit. */
    static StudySession newFor(Actor actor) {
        if (!mayRecord(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        return new StudySession(0, actor.unitId(), actor.unitPath(), 0);
    }

    /** A unit records its own sessions: its administrators, for it. */
    public static boolean mayRecord(Actor actor) {
        return actor.mayManage();
    }

    public boolean mayView(Actor actor) {
        return actor.covers(unitPath);
    }

    public boolean mayEdit(Actor actor) {
        return actor.mayManage() && actor.unitId() == unitId;
    }

    public boolean mayDelete(Actor actor) {
        return mayEdit(actor);
    }

    /**
     * Sets what the command says, each rule checked first: nothing changes when one is broken.
     *
     * @param attendees the command's attendees as the registry knows them, in the command's order
     * @param item      the linkable item the command names (already checked as linkable), or null
     */
    void apply(Actor actor, RecordSession command, List<Attendee> attendees, List<Material> materials, ItemRef item,
            LocalDate today) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        if (command.form() == null) {
            throw BusinessException.invalid("form", "study.session.form.required");
        }
        requireHeldOn(command.heldOn(), today);
        int duration = command.durationMinutes() == null ? 0 : command.durationMinutes();
        if (duration < 1 || duration > MAX_DURATION) {
            throw BusinessException.invalid("durationMinutes", "study.session.duration.range", MAX_DURATION);
        }
        String cleanTopic = required("topic", command.topic(), MAX_TOPIC, "study.session.topic");
        String lead = optional("leadName", command.leadName(), MAX_LEAD);
        int others = command.otherCount() == null ? 0 : command.otherCount();
        if (others < 0 || others > MAX_OTHERS) {
            throw BusinessException.invalid("otherCount", "study.session.others.range", MAX_OTHERS);
        }
        requireMaterials(materials);
        requireAttendees(attendees);
        String minutes = RichText.sanitise(command.minutesHtml());
        if (minutes.length() > MAX_MINUTES_HTML) {
            throw BusinessException.invalid("minutesHtml", "study.session.minutes.tooLong");
        }
        this.form = command.form();
        this.heldOn = command.heldOn();
        this.durationMinutes = duration;
        this.topic = cleanTopic;
        this.leadName = lead;
        this.otherCount = others;
        this.leaders = command.leaders().isEmpty() ? EnumSet.noneOf(Leader.class) : EnumSet.copyOf(command.leaders());
        this.minutesHtml = minutes;
        this.attendees = List.copyOf(attendees);
        this.materials = List.copyOf(materials);
        this.item = item;
        this.plannedId = command.plannedId();
    }

    /** Adds members (an Excel list) to those who attended; those already listed are left as they are. */
    List<Attendee> addAttendees(Actor actor, List<Attendee> more) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        Set<Long> present = new HashSet<>(attendees.stream().map(Attendee::memberId).toList());
        List<Attendee> added = new ArrayList<>();
        for (Attendee attendee : more) {
            requireWithin(attendee);
            if (present.add(attendee.memberId())) {
                added.add(attendee);
            }
        }
        if (attendees.size() + added.size() > MAX_ATTENDEES) {
            throw BusinessException.invalid("attendeeIds", "study.session.attendees.tooMany", MAX_ATTENDEES);
        }
        List<Attendee> all = new ArrayList<>(attendees);
        all.addAll(added);
        this.attendees = List.copyOf(all);
        return added;
    }

    static void requireHeldOn(LocalDate heldOn, LocalDate today) {
        if (heldOn == null) {
            throw BusinessException.invalid("heldOn", "study.session.heldOn.required");
        }
        if (heldOn.isAfter(today)) {
            throw BusinessException.invalid("heldOn", "study.session.heldOn.future", heldOn, today);
        }
    }

    private void requireAttendees(List<Attendee> list) {
        if (list.size() > MAX_ATTENDEES) {
            throw BusinessException.invalid("attendeeIds", "study.session.attendees.tooMany", MAX_ATTENDEES);
        }
        Set<Long> seen = new HashSet<>();
        for (Attendee attendee : list) {
            requireWithin(attendee);
            if (!seen.add(attendee.memberId())) {
                throw BusinessException.invalid("attendeeIds", "study.session.attendee.duplicate", attendee.name());
            }
        }
    }

    private void requireWithin(Attendee attendee) {
        if (!attendee.unitPath().startsWith(unitPath)) {
            throw BusinessException.invalid("attendeeIds", "study.session.attendee.outside", attendee.name());
        }
    }

    private static void requireMaterials(List<Material> list) {
        if (list.size() > MAX_MATERIALS) {
            throw BusinessException.invalid("materialTitles", "study.session.materials.tooMany", MAX_MATERIALS);
        }
        for (Material material : list) {
            if (material.title() == null || material.title().isBlank() || material.title().length() > MAX_TITLE) {
                throw BusinessException.invalid("materialTitles", "study.session.material.title", MAX_TITLE);
            }
        }
    }

    private static String required(String field, String value, int max, String key) {
        if (value == null || value.isBlank()) {
            throw BusinessException.invalid(field, key + ".required");
        }
        return optional(field, value, max);
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "study.session.text.tooLong", max);
        }
        return clean;
    }

    /** What this session counts toward its item, if it is linked to one. */
    public Optional<WorkCounted> counted(Instant at) {
        if (item == null || id == 0) {
            return Optional.empty();
        }
        return Optional.of(new WorkCounted(unitId, item, KIND, id, 1, topic, "/study/sessions/" + id, at));
    }

    /** The counts to withdraw and to make now that the session went from {@code before} to this state. */
    List<Object> countingSince(Optional<WorkCounted> before, Instant at) {
        List<Object> events = new ArrayList<>();
        Optional<WorkCounted> now = counted(at);
        if (before.isPresent() && (now.isEmpty() || !now.get().item().equals(before.get().item()))) {
            events.add(WorkUncounted.of(before.get(), at));
        }
        now.ifPresent(events::add);
        return events;
    }

    /** Deleting it withdraws its count. */
    List<Object> deleted(Actor actor, Instant at) {
        if (!mayDelete(actor)) {
            throw BusinessException.forbidden("study.session.notYourUnit");
        }
        return counted(at).<List<Object>>map(c -> List.of(WorkUncounted.of(c, at))).orElse(List.of());
    }

    public int leaderCount() {
        return leaders.size();
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public StudyForm form() { return form; }
    public LocalDate heldOn() { return heldOn; }
    public int durationMinutes() { return durationMinutes; }
    public String topic() { return topic; }
    public String leadName() { return leadName; }
    public int otherCount() { return otherCount; }
    public Set<Leader> leaders() { return Set.copyOf(leaders); }
    public String minutesHtml() { return minutesHtml; }
    public ItemRef item() { return item; }
    public Long plannedId() { return plannedId; }
    public List<Attendee> attendees() { return attendees; }
    public List<Material> materials() { return materials; }
    public int version() { return version; }

    StudySession withId(long newId) {
        StudySession copy = new StudySession(newId, unitId, unitPath, version);
        copy.restore(form, heldOn, durationMinutes, topic, leadName, otherCount, leaders, minutesHtml, item,
                plannedId, attendees, materials);
        return copy;
    }

    void restore(StudyForm form, LocalDate heldOn, int durationMinutes, String topic, String leadName, int otherCount,
            Set<Leader> leaders, String minutesHtml, ItemRef item, Long plannedId, List<Attendee> attendees,
            List<Material> materials) {
        this.form = form;
        this.heldOn = heldOn;
        this.durationMinutes = durationMinutes;
        this.topic = topic;
        this.leadName = leadName;
        this.otherCount = otherCount;
        this.leaders = leaders.isEmpty() ? EnumSet.noneOf(Leader.class) : EnumSet.copyOf(leaders);
        this.minutesHtml = minutesHtml;
        this.item = item;
        this.plannedId = plannedId;
        this.attendees = List.copyOf(attendees);
        this.materials = List.copyOf(materials);
    }
}
