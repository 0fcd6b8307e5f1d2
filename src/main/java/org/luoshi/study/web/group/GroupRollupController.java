package org.luoshi.study.web.group;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.group.GroupRollup;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 领导小组成立情况: over the actor's subtree (or a unit of it), per child unit, and the units without one. */
@Controller
class GroupRollupController {

    private final GroupRollup rollup;
    private final GroupExport export;
    private final UnitDirectory units;
    private final Clock clock;

    GroupRollupController(GroupRollup rollup, GroupExport export, UnitDirectory units, Clock clock) {
        this.rollup = rollup;
        this.export = export;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/study/groups/rollup")
    String page(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = CurrentActor.get();
        List<RollupPlan> plans = rollup.plans(actor);
        model.addAttribute("menu", "study");
        model.addAttribute("plans", plans);
        Long chosen = planId != null ? planId : plans.isEmpty() ? null : plans.get(0).id();
        if (chosen != null) {
            LocalDate today = LocalDate.now(clock);
            RollupScope scope = rollup.scope(actor, chosen, unitId);
            model.addAttribute("scope", scope);
            model.addAttribute("overview", rollup.overview(scope, today));
            model.addAttribute("missing", rollup.without(scope, today, PageQuery.of(page, null)));
            model.addAttribute("lineage", units.lineage(scope.unit().id()).stream()
                    .filter(unit -> actor.covers(unit.path())).toList());
        }
        return "study/group/rollup";
    }

    @GetMapping("/study/groups/rollup/export")
    void exportRollup(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        export.rollup(rollup.scope(actor, planId, unitId), LocalDate.now(clock), response);
    }
}
