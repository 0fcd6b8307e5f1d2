package org.luoshi.publicity.web.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.internal.ranking.PublicityFigures;
import org.luoshi.publicity.internal.ranking.RankingExport;
import org.luoshi.publicity.internal.ranking.RankingPeriod;
import org.luoshi.publicity.internal.ranking.RankingQueries;
import org.luoshi.publicity.internal.ranking.RankingRow;
import org.luoshi.publicity.internal.ranking.RankingScope;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 信息报送排名 and 报送统计 over the API. */
@RestController
@RequestMapping("/api/v1/publicity/ranking")
@Tag(name = "信息报送排名", description = "本单位及下级单位在某期间的报送数、各级采用数、采用率、推荐数与积分，按积分排名；可导出 Excel")
class RankingApiController {

    private final RankingAccess access;
    private final RankingQueries queries;
    private final RankingExport export;

    RankingApiController(RankingAccess access, RankingQueries queries, RankingExport export) {
        this.access = access;
        this.queries = queries;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "信息报送排名（分页）",
            description = "unitId 缺省为本单位，只能是本单位或下级单位（否则 404）。view：units（按单位，缺省，列出期间内有报送或获采用、推荐的"
                    + "每个单位）、children（按下级汇总：各直属下级单位含其下级合计，另列本级）。from、to 为起止日期（含），缺省为今年 1 月 1 日至今天。"
                    + "报送数按首次报送时间计；采用数、推荐数与积分按期间内未撤销的审核决定计，积分按当前积分设置；采用率 = 期间内报送且获采用（任一级）的"
                    + "报送数 / 报送数。按积分、再按采用数排名，并列同名次。会员返回 403。")
    RankingResponse ranking(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        RankingScope scope = access.scope(unitId, from, to, view);
        return new RankingResponse(UnitSummary.of(scope.unit()), scope.view().code(), scope.period(),
                queries.page(scope, PageQuery.of(page, size)));
    }

    @GetMapping("/figures")
    @Operation(summary = "某单位本级的报送统计",
            description = "报送数、各级采用数、采用率、推荐数、积分，只计该单位本级的报送（不含下级）。unitId 缺省为本单位，只能是本单位或下级单位。")
    FiguresResponse figures(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        RankingScope scope = access.scope(unitId, from, to, null);
        return new FiguresResponse(UnitSummary.of(scope.unit()), scope.period(),
                queries.figures(scope.unit(), scope.period()));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出信息报送排名为 Excel", description = "参数同排名；导出全部行，首行为标题（单位、视图、期间）。")
    void export(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        RankingScope scope = access.scope(unitId, from, to, view);
        ExcelDownload.headers(response, export.filename(scope));
        export.write(response.getOutputStream(), scope);
    }

    record UnitSummary(long id, String name) {

        static UnitSummary of(UnitRef unit) {
            return new UnitSummary(unit.id(), unit.name());
        }
    }

    record RankingResponse(UnitSummary unit, String view, RankingPeriod period, Page<RankingRow> rows) {
    }

    record FiguresResponse(UnitSummary unit, RankingPeriod period, PublicityFigures figures) {
    }
}
