package org.luoshi.activity.web.rollup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.luoshi.activity.internal.rollup.ActivityRollup;
import org.luoshi.activity.internal.rollup.ActivityRollupExport;
import org.luoshi.activity.internal.rollup.RollupPeriod;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 活动统计: a unit's subtree over a period, per child unit, kind and month; exported as Excel. */
@Controller
@RequestMapping("/activities/rollup")
class ActivityRollupPageController {

    private final ActivityRollup rollup;
    private final ActivityRollupExport export;
    private final ActivityRollupAccess access;
    private final UnitDirectory units;
    private final Clock clock;

    ActivityRollupPageController(ActivityRollup rollup, ActivityRollupExport export, ActivityRollupAccess access, UnitDirectory units,
            Clock clock) {
        this.rollup = rollup;
        this.export = export;
        this.access = access;
        this.units = units;
        this.clock = clock;
    }

    @ModelAttribute("menu")
    String menu() {
        return "activities";
    }

    @GetMapping
    String page(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            Model model) {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.unit(actor, unitId);
        RollupPeriod period = RollupPeriod.of(from, to, clock);
        model.addAttribute("unit", unit);
        model.addAttribute("period", period);
        model.addAttribute("total", rollup.total(unit, period));
        model.addAttribute("perUnit", rollup.perChildUnit(unit, period, PageQuery.of(page, 20)));
        model.addAttribute("perKind", rollup.perKind(unit, period));
        model.addAttribute("perMonth", rollup.perMonth(unit, period));
        model.addAttribute("unitOptions", unitOptions(actor, unit));
        return "activity/rollup";
    }

    /** The actor's unit, its children, and the unit shown when it is deeper (reached by following a line). */
    private List<UnitRef> unitOptions(Actor actor, UnitRef shown) {
        List<UnitRef> options = new ArrayList<>();
        options.add(units.find(actor.unitId()).orElseThrow());
        options.addAll(units.children(actor.unitId()));
        if (options.stream().noneMatch(u -> u.id() == shown.id())) {
            options.add(shown);
        }
        return options;
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        UnitRef unit = access.unit(actor, unitId);
        RollupPeriod period = RollupPeriod.of(from, to, clock);
        export.download(response, unit, period);
    }
}
