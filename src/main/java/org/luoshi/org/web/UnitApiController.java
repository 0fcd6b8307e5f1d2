package org.luoshi.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.internal.unit.Unit;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitImport;
import org.luoshi.org.internal.unit.UnitPersonService;
import org.luoshi.org.internal.unit.UnitQueries;
import org.luoshi.org.internal.unit.UnitService;
import org.luoshi.org.internal.unit.UnitSheet;
import org.luoshi.org.web.UnitApiModels.CreateRequest;
import org.luoshi.org.web.UnitApiModels.ImportError;
import org.luoshi.org.web.UnitApiModels.ImportJson;
import org.luoshi.org.web.UnitApiModels.MoveRequest;
import org.luoshi.org.web.UnitApiModels.PageJson;
import org.luoshi.org.web.UnitApiModels.UnitJson;
import org.luoshi.org.web.UnitApiModels.UpdateRequest;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The organisation tree over JSON; the same rules, scope and messages as the pages. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "单位", description = "组织树：查询、新建、修改、移动、合并、撤销、导入导出")
class UnitApiController {

    private final UnitAccess access;
    private final UnitService service;
    private final UnitQueries queries;
    private final UnitPersonService persons;
    private final UnitImport importer;
    private final UnitSheet sheet;
    private final Messages messages;

    UnitApiController(UnitAccess access, UnitService service, UnitQueries queries, UnitPersonService persons,
            UnitImport importer, UnitSheet sheet, Messages messages) {
        this.access = access;
        this.service = service;
        this.queries = queries;
        this.persons = persons;
        this.importer = importer;
        this.sheet = sheet;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "查找本单位及下级单位（分页，按名称、简称、编码、类型筛选）")
    PageJson<UnitQueries.UnitRow> list(@ParameterObject UnitListParams params) {
        Actor actor = CurrentActor.get();
        access.requireReader(actor);
        return UnitApiModels.page(queries.search(actor.scopePath(), params.search(), params.pageQuery()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "单位详情：基本信息、会员数、领导与联系人")
    UnitJson get(@PathVariable long id) {
        Unit unit = access.readable(CurrentActor.get(), id);
        return UnitJson.of(unit, typeName(unit), queries.subtreeMemberCount(unit), queries.directMemberCount(unit),
                persons.of(unit));
    }

    @GetMapping("/{id}/children")
    @Operation(summary = "直接下级单位及其会员数")
    List<UnitQueries.ChildRow> children(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all) {
        access.readable(CurrentActor.get(), id);
        return queries.childrenWithCounts(id, all);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "新建下级单位")
    UnitJson create(@RequestBody CreateRequest request) {
        if (request.parentId() == null) {
            throw BusinessException.invalid("parentId", "unit.destination.required");
        }
        return json(service.create(CurrentActor.get(), request.parentId(), request.input().details()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改单位（须带上读取时的 version，防止覆盖他人的修改）")
    UnitJson update(@PathVariable long id, @RequestBody UpdateRequest request) {
        if (request.version() == null) {
            throw BusinessException.invalid("version", "unit.version.required");
        }
        return json(service.edit(CurrentActor.get(), id, request.version(), request.input().details()));
    }

    @PostMapping("/{id}/move")
    @Operation(summary = "连同全部下级单位和会员移到新的上级单位之下")
    UnitJson move(@PathVariable long id, @RequestBody MoveRequest request) {
        if (request.parentId() == null) {
            throw BusinessException.invalid("parentId", "unit.destination.required");
        }
        return json(service.move(CurrentActor.get(), id, request.parentId(), request.version()));
    }

    @PostMapping("/{id}/merge-into/{targetId}")
    @Operation(summary = "把本单位合并到目标单位：会员和下级单位转入目标单位，本单位标记为已合并；返回目标单位")
    UnitJson merge(@PathVariable long id, @PathVariable long targetId,
            @RequestParam(required = false) Integer version) {
        return json(service.merge(CurrentActor.get(), id, targetId, version));
    }

    @PostMapping("/{id}/dissolve")
    @Operation(summary = "撤销单位（须没有正常的下级单位和会员）")
    UnitJson dissolve(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return json(service.dissolve(CurrentActor.get(), id, version));
    }

    @PostMapping(path = "/import", consumes = "multipart/form-data")
    @Operation(summary = "从 Excel 批量导入单位：保存正确的行，返回每个错误行的行号、列和原因")
    ImportJson importUnits(@RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            ImportReport report = importer.importFrom(CurrentActor.get(), in);
            return new ImportJson(report.rows(), report.importedCount(), report.rejectedRowCount(),
                    report.errors().stream().map(e -> new ImportError(e.rowNumber(), e.column(), e.reason()))
                            .toList());
        }
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出本单位及下级单位列表（Excel，筛选条件同列表）")
    void export(@ParameterObject UnitListParams params, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        access.requireReader(actor);
        ExcelDownload.headers(response, messages.get("unit.sheet.title") + ".xlsx");
        sheet.export(actor, params.search(), response.getOutputStream());
    }

    @GetMapping("/import-template.xlsx")
    @Operation(summary = "下载单位导入模板")
    void template(HttpServletResponse response) throws IOException {
        access.requireReader(CurrentActor.get());
        ExcelDownload.headers(response, messages.get("unit.import.template") + ".xlsx");
        sheet.template(response.getOutputStream());
    }

    private UnitJson json(Unit unit) {
        return UnitJson.of(unit, typeName(unit));
    }

    private String typeName(Unit unit) {
        return messages.get("unit.type." + unit.type().name());
    }
}
