package org.luoshi.study.web.session;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.study.internal.session.PlannedSessions;
import org.luoshi.study.internal.session.StudyPlan;
import org.luoshi.study.internal.session.StudyPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 学习计划 API: a unit's study plan for a work plan, its planned sessions, and planned against held. */
@RestController
@RequestMapping("/api/v1/study/plans")
@Tag(name = "组织学习：学习计划", description = "按工作方案制定学习计划：学习专题、计划安排；计划与落实（按下级单位）")
class StudyPlanApiController {

    /** A study plan as the API shows it. */
    record StudyPlanJson(long unitId, long planId, String planTitle, String topics, List<StudyPlan.Planned> planned,
            long heldCount, int version, boolean mayEdit) {

        static StudyPlanJson of(StudyPlan plan, Actor actor) {
            return new StudyPlanJson(plan.unitId(), plan.planId(), plan.planTitle(), plan.topics(), plan.planned(),
                    plan.heldCount(), plan.version(), plan.mayEdit(actor));
        }
    }

    /** One row of planned against held. */
    record ProgressJson(long unitId, String unitName, long planned, long plannedHeld, long held, long ledByLeaders,
            int heldRate) {

        static ProgressJson of(PlannedSessions.Progress p) {
            return new ProgressJson(p.unit().id(), p.unit().name(), p.planned(), p.plannedHeld(), p.held(),
                    p.ledByLeaders(), p.heldRate());
        }
    }

    /** 学习专题. */
    record TopicsBody(String topics, Integer version) {
    }

    private final StudyPlans plans;
    private final StudyPlanExports exports;

    StudyPlanApiController(StudyPlans plans, StudyPlanExports exports) {
        this.plans = plans;
        this.exports = exports;
    }

    @GetMapping(path = "/{planId}/progress.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出计划与落实（Excel）：某单位（默认本单位）及下级、本级、每个直属下级")
    void exportProgress(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Actor actor = CurrentActor.get();
        exports.progress(actor, planId, unitId == null ? actor.unitId() : unitId, response);
    }

    @GetMapping
    @Operation(summary = "本单位可制定学习计划的工作方案（已签收）")
    List<StudyPlans.PlanOption> options() {
        return plans.plansOf(CurrentActor.get().unitId());
    }

    @GetMapping("/{planId}/units/{unitId}")
    @Operation(summary = "某单位（本单位或下级）对某工作方案的学习计划：专题、计划安排及是否已举行")
    StudyPlanJson get(@PathVariable long planId, @PathVariable long unitId) {
        Actor actor = CurrentActor.get();
        return StudyPlanJson.of(plans.view(actor, planId, unitId), actor);
    }

    @PutMapping("/{planId}/topics")
    @Operation(summary = "填写本单位学习计划的学习专题（本单位管理员）")
    StudyPlanJson topics(@PathVariable long planId, @RequestBody TopicsBody body) {
        Actor actor = CurrentActor.get();
        plans.writeTopics(actor, planId, body.topics(), body.version());
        return get(planId, actor.unitId());
    }

    @PostMapping("/{planId}/planned")
    @Operation(summary = "在本单位学习计划中添加一次计划安排（日期、形式、主题、主讲/领学、材料、对应事项）")
    ResponseEntity<Map<String, Long>> plan(@PathVariable long planId, @RequestBody PlannedForm body) {
        Actor actor = CurrentActor.get();
        long id = plans.plan(actor, planId, body.command());
        return ResponseEntity.created(URI.create("/api/v1/study/plans/" + planId + "/units/" + actor.unitId()))
                .body(Map.of("id", id));
    }

    @DeleteMapping("/{planId}/planned/{plannedId}")
    @Operation(summary = "删除一次尚未举行的计划安排")
    ResponseEntity<Void> remove(@PathVariable long planId, @PathVariable long plannedId) {
        plans.removePlanned(CurrentActor.get(), planId, plannedId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{planId}/progress")
    @Operation(summary = "计划与落实：某单位（默认本单位）及下级、本级、每个直属下级的计划次数、按计划举行、计入本方案的学习、"
            + "领导带头学习")
    List<ProgressJson> progress(@PathVariable long planId, @RequestParam(required = false) Long unitId) {
        Actor actor = CurrentActor.get();
        return plans.progress(actor, planId, unitId == null ? actor.unitId() : unitId).stream()
                .map(ProgressJson::of).toList();
    }
}
