package org.luoshi.activity.web.rollup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.activity.internal.rollup.ActivityRollup;
import org.luoshi.activity.internal.rollup.ActivityRollupExport;
import org.luoshi.activity.internal.rollup.RollupPeriod;
import org.luoshi.activity.internal.rollup.RollupRow;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 活动统计 API: the figures of a unit's subtree over a period, and the same as an Excel file. */
@RestController
@RequestMapping("/api/v1/activities/rollup")
@Tag(name = "活动：活动统计", description = "下级单位、活动形式、月份的已举办活动数及二十大代表参加的活动数")
class ActivityRollupApiController {

    /** The unit, the period, the total, a page of child units (本级 first on page 1), every kind and every month. */
    record Rollup(long unitId, String unitName, LocalDate from, LocalDate to, RollupRow total,
            Page<RollupRow> perUnit, List<RollupRow> perKind, List<RollupRow> perMonth) {
    }

    private final ActivityRollup rollup;
    private final ActivityRollupExport export;
    private final ActivityRollupAccess access;
    private final Clock clock;

    ActivityRollupApiController(ActivityRollup rollup, ActivityRollupExport export, ActivityRollupAccess access, Clock clock) {
        this.rollup = rollup;
        this.export = export;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "活动统计（本单位或下级单位；期间默认为今年一月一日至今天；下级单位分页）")
    Rollup rollup(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        UnitRef unit = access.unit(CurrentActor.get(), unitId);
        RollupPeriod period = RollupPeriod.of(from, to, clock);
        return new Rollup(unit.id(), unit.name(), period.from(), period.to(), rollup.total(unit, period),
                rollup.perChildUnit(unit, period, PageQuery.of(page, size)), rollup.perKind(unit, period),
                rollup.perMonth(unit, period));
    }

    @GetMapping("/export")
    @Operation(summary = "导出活动统计（Excel）")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, HttpServletResponse response) throws IOException {
        UnitRef unit = access.unit(CurrentActor.get(), unitId);
        RollupPeriod period = RollupPeriod.of(from, to, clock);
        export.download(response, unit, period);
    }
}
