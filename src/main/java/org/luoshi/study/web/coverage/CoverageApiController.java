package org.luoshi.study.web.coverage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.LinkableItem;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.coverage.BehindUnit;
import org.luoshi.study.internal.coverage.ChildCoverage;
import org.luoshi.study.internal.coverage.Coverage;
import org.luoshi.study.internal.coverage.CoverageLink;
import org.luoshi.study.internal.coverage.CoverageLinks;
import org.luoshi.study.internal.coverage.CoverageMaterial;
import org.luoshi.study.internal.coverage.CoverageOverview;
import org.luoshi.study.internal.coverage.CoverageQueries;
import org.luoshi.study.internal.coverage.CoverageScope;
import org.luoshi.study.internal.coverage.SectionCoverage;
import org.luoshi.study.internal.coverage.WeekCoverage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/study/coverage")
@Tag(name = "学习覆盖", description = "原文通读覆盖情况：本单位及下级会员的开始、读完人数与占比，按下级单位、章节、周统计；计入方案事项")
class CoverageApiController {

    private final CoverageAccess access;
    private final CoverageQueries queries;
    private final CoverageLinks links;
    private final CoverageDownloads downloads;

    CoverageApiController(CoverageAccess access, CoverageQueries queries, CoverageLinks links,
            CoverageDownloads downloads) {
        this.access = access;
        this.queries = queries;
        this.links = links;
        this.downloads = downloads;
    }

    @GetMapping("/materials")
    @Operation(summary = "可统计覆盖情况的学习材料（分页）",
            description = "已发布到本单位的材料及本单位下级发布的材料，新的在前。会员（仅本人）返回 403。")
    Page<CoverageMaterial> materials(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.materials(access.viewer().scopePath(), PageQuery.of(page, size));
    }

    @GetMapping("/{materialId:\\d+}")
    @Operation(summary = "某材料在某单位及其下级的覆盖情况：合计、各下级单位（各含其下级）",
            description = "unitId 缺省为本单位；只能查看本单位及下级单位（否则 404）。只统计状态正常的会员。")
    CoverageResponse coverage(@PathVariable long materialId, @RequestParam(required = false) Long unitId) {
        CoverageScope scope = access.scope(materialId, unitId);
        LocalDate today = access.today();
        CoverageOverview overview = queries.overview(scope);
        return new CoverageResponse(scope.material(), UnitSummary.of(scope), today, overview.total(),
                overview.children());
    }

    @GetMapping("/{materialId:\\d+}/trend")
    @Operation(summary = "每周累计趋势：每周末已开始、已读完的人数与占比（占比以今天的会员数计）",
            description = "unitId 缺省为本单位。")
    List<WeekCoverage> trend(@PathVariable long materialId, @RequestParam(required = false) Long unitId) {
        return queries.trend(access.scope(materialId, unitId), access.today());
    }

    @GetMapping("/{materialId:\\d+}/sections")
    @Operation(summary = "各章节读完人数与占比", description = "unitId 缺省为本单位。")
    List<SectionCoverage> sections(@PathVariable long materialId, @RequestParam(required = false) Long unitId) {
        return queries.sections(access.scope(materialId, unitId));
    }

    @GetMapping("/{materialId:\\d+}/behind")
    @Operation(summary = "进度最慢的单位（分页）",
            description = "按本单位会员读完占比从低到高；会员数少于 luoshi.study.coverage.behind-min-members 的单位不列入。")
    Page<BehindUnit> behind(@PathVariable long materialId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return queries.behind(access.scope(materialId, unitId), PageQuery.of(page, size));
    }

    @GetMapping("/{materialId:\\d+}/export.xlsx")
    @Operation(summary = "导出覆盖情况为 Excel", description = "view：children（各下级单位，缺省）、sections（各章节）、"
            + "behind（进度最慢的单位）、trend（每周趋势）")
    void export(@PathVariable long materialId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String view, HttpServletResponse response) throws IOException {
        downloads.export(materialId, unitId, view, response);
    }

    @GetMapping("/linkable-items")
    @Operation(summary = "本单位可计入覆盖率的方案事项", description = "已签收方案中目标单位为 % 的可落实事项。")
    List<LinkableItem> linkableItems() {
        Actor actor = access.viewer();
        return CoverageLink.mayLink(actor) ? links.items(actor) : List.of();
    }

    @GetMapping("/links")
    @Operation(summary = "覆盖率计入事项的记录（分页）", description = "本单位及下级单位的；materialId 可选。")
    Page<CoverageLink> links(@RequestParam(required = false) Long materialId,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return links.list(access.viewer(), materialId, PageQuery.of(page, size));
    }

    @PostMapping("/links")
    @Operation(summary = "把某材料在本单位的读完占比计入方案事项",
            description = "事项须是本单位可计入、目标单位为 % 的事项；同一单位同一事项只计入一个材料。立即按当前读完占比（整数百分比）"
                    + "计入，之后每 10 分钟重新计入。仅单位管理员。")
    ResponseEntity<CoverageLink> link(@RequestBody LinkRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(links.link(CurrentActor.get(), request.materialId(), request.itemId()));
    }

    @DeleteMapping("/links/{id:\\d+}")
    @Operation(summary = "取消计入", description = "本单位的记录；上级单位的管理员可查看但不能取消（403），其他单位 404。")
    ResponseEntity<Void> unlink(@PathVariable long id) {
        links.unlink(CurrentActor.get(), id);
        return ResponseEntity.noContent().build();
    }

    record LinkRequest(Long materialId, Long itemId) {
    }

    record UnitSummary(long id, String name, String path) {

        static UnitSummary of(CoverageScope scope) {
            return new UnitSummary(scope.unit().id(), scope.unit().name(), scope.unit().path());
        }
    }

    record CoverageResponse(CoverageMaterial material, UnitSummary unit, LocalDate asOf, Coverage total,
            List<ChildCoverage> children) {
    }
}
