package org.luoshi.study.internal.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 学习计划: a unit's study plan for one work plan: its topics (学习专题) and the sessions it plans, each meant for an
 * item of the plan. The unit's administrators write it; the unit and its ancestors see it against what was held.
 */
public class StudyPlan {

    static final int MAX_TOPICS = 5000;
    static final int MAX_PLANNED = 200;
    static final int MAX_MATERIALS = 500;

    /** A session the plan schedules; {@code heldSessionId} is the session that held it, if one has. */
    public record Planned(long id, LocalDate plannedOn, StudyForm form, String topic, String leadName,
            String materials, Long itemId, Long heldSessionId) {

        public boolean held() {
            return heldSessionId != null;
        }
    }

    private final long id;
    private final long unitId;
    private final String unitPath;
    private final long planId;
    private final String planTitle;
    private String topics;
    private final List<Planned> planned;
    private final int version;

    StudyPlan(long id, long unitId, String unitPath, long planId, String planTitle, String topics,
            List<Planned> planned, int version) {
        this.id = id;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.planId = planId;
        this.planTitle = planTitle;
        this.topics = topics == null ? "" : topics;
        this.planned = new ArrayList<>(planned);
        this.version = version;
    }

    public boolean mayEdit(Actor actor) {
        return actor.mayManage() && actor.unitId() == unitId;
    }

    public boolean mayView(Actor actor) {
        return actor.covers(unitPath);
    }

    void writeTopics(Actor actor, String text) {
        requireEditor(actor);
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_TOPICS) {
            throw BusinessException.invalid("topics", "study.plan.topics.tooLong", MAX_TOPICS);
        }
        this.topics = clean;
    }

    /** Checks a planned session before it is added; the item, when named, has been checked as the plan's. */
    void requirePlannable(Actor actor, PlanSession command) {
        requireEditor(actor);
        if (planned.size() >= MAX_PLANNED) {
            throw BusinessException.invalid("plannedOn", "study.plan.planned.tooMany", MAX_PLANNED);
        }
        if (command.plannedOn() == null) {
            throw BusinessException.invalid("plannedOn", "study.plan.plannedOn.required");
        }
        if (command.form() == null) {
            throw BusinessException.invalid("form", "study.session.form.required");
        }
        if (command.topic() == null || command.topic().isBlank()) {
            throw BusinessException.invalid("topic", "study.session.topic.required");
        }
        if (command.topic().strip().length() > StudySession.MAX_TOPIC) {
            throw BusinessException.invalid("topic", "study.session.text.tooLong", StudySession.MAX_TOPIC);
        }
        if (command.leadName() != null && command.leadName().strip().length() > StudySession.MAX_LEAD) {
            throw BusinessException.invalid("leadName", "study.session.text.tooLong", StudySession.MAX_LEAD);
        }
        if (command.materials() != null && command.materials().strip().length() > MAX_MATERIALS) {
            throw BusinessException.invalid("materials", "study.session.text.tooLong", MAX_MATERIALS);
        }
    }

    /** A planned session may be taken off the plan until a session has held it. */
    void requireRemovable(Actor actor, long plannedId) {
        requireEditor(actor);
        Planned p = planned.stream().filter(x -> x.id() == plannedId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("study.plan.planned.notFound"));
        if (p.held()) {
            throw BusinessException.conflict("study.plan.planned.held");
        }
    }

    private void requireEditor(Actor actor) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("study.plan.notYourUnit");
        }
    }

    public long heldCount() {
        return planned.stream().filter(Planned::held).count();
    }

    public long id() { return id; }
    public long unitId() { return unitId; }
    public String unitPath() { return unitPath; }
    public long planId() { return planId; }
    public String planTitle() { return planTitle; }
    public String topics() { return topics; }
    public List<Planned> planned() { return List.copyOf(planned); }
    public int version() { return version; }
}
