package org.luoshi.plan.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupChild;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItem;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupLaggard;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupOverview;
import org.luoshi.plan.RollupScope;
import org.luoshi.plan.RollupWeek;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans/{planId}")
@Tag(name = "落实情况汇总", description = "方案在某单位及其下级的签收、实施方案、完成、逾期情况")
class RollupApiController {

    private final RollupAccess access;
    private final PlanRollups rollups;
    private final RollupDownloads downloads;

    RollupApiController(RollupAccess access, PlanRollups rollups, RollupDownloads downloads) {
        this.access = access;
        this.rollups = rollups;
        this.downloads = downloads;
    }

    @GetMapping("/rollup")
    @Operation(summary = "汇总：总体、分项、下级单位、滞后单位（分页）、每周趋势",
            description = "unitId 缺省为本单位；只能查看本单位及下级单位。date 缺省为今天，为统计截至日期。")
    RollupResponse rollup(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String date, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        RollupScope scope = access.scope(planId, unitId);
        LocalDate asOf = access.reportDate(date);
        RollupOverview overview = rollups.overview(scope, asOf);
        return new RollupResponse(scope.plan(), UnitSummary.of(scope), scope.assignmentId(), asOf,
                overview.summary(), overview.reach(), overview.items(), overview.children(),
                rollups.laggards(scope, asOf, PageQuery.of(page, size)), rollups.trend(scope, asOf));
    }

    @GetMapping("/rollup/items/{itemId}")
    @Operation(summary = "单个任务项在各下级单位的落实情况（本单位的任务在前）",
            description = "unitId 缺省为本单位；date 缺省为今天。任务项不属于该方案时返回 404。")
    ItemRollupResponse item(@PathVariable long planId, @PathVariable long itemId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String date) {
        RollupScope scope = access.scope(planId, unitId);
        LocalDate asOf = access.reportDate(date);
        RollupItemBreakdown breakdown = access.item(scope, itemId, asOf);
        return new ItemRollupResponse(scope.plan(), UnitSummary.of(scope), asOf, breakdown.item(),
                breakdown.children());
    }

    @GetMapping("/rollup/export.xlsx")
    @Operation(summary = "导出汇总的一个视图为 Excel",
            description = "view：summary、items、children、laggards、trend，或 item（须带 itemId：该任务项的各下级单位）")
    void exportView(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String view, @RequestParam(required = false) Long itemId,
            HttpServletResponse response) throws IOException {
        downloads.exportView(planId, unitId, view, itemId, response);
    }

    @GetMapping("/report.docx")
    @Operation(summary = "生成工作情况报告（Word）", description = "某单位截至某日的总体情况、分项表和滞后单位")
    void report(@PathVariable long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String date, HttpServletResponse response) throws IOException {
        downloads.report(planId, unitId, date, response);
    }

    record UnitSummary(long id, String name, String path) {

        static UnitSummary of(RollupScope scope) {
            return new UnitSummary(scope.unit().id(), scope.unit().name(), scope.unit().path());
        }
    }

    record ItemRollupResponse(RollupPlan plan, UnitSummary unit, LocalDate asOf, RollupItem item,
            List<RollupChild> children) {
    }

    record RollupResponse(RollupPlan plan, UnitSummary unit, Long assignmentId, LocalDate asOf,
            RollupFigures summary, RollupOverview.Reach reach, List<RollupItem> items, List<RollupChild> children,
            Page<RollupLaggard> laggards, List<RollupWeek> trend) {
    }
}
