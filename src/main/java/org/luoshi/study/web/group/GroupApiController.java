package org.luoshi.study.web.group;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.FileDownload;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.group.GroupFilter;
import org.luoshi.study.internal.group.GroupRollup;
import org.luoshi.study.internal.group.GroupRow;
import org.luoshi.study.internal.group.LeadingGroup;
import org.luoshi.study.internal.group.LeadingGroupQueries;
import org.luoshi.study.internal.group.LeadingGroups;
import org.luoshi.study.web.group.GroupApi.ChangeJson;
import org.luoshi.study.web.group.GroupApi.GroupJson;
import org.luoshi.study.web.group.GroupApi.GroupRequest;
import org.luoshi.study.web.group.GroupApi.GroupUpdate;
import org.luoshi.study.web.group.GroupApi.SeatJson;
import org.luoshi.study.web.group.GroupApi.SeatRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 领导小组 over JSON: record, change, seats, founding document, history, reveal, lists and the roll-up. */
@RestController
@RequestMapping("/api/v1/study/groups")
@Tag(name = "领导小组")
class GroupApiController {

    private final LeadingGroups groups;
    private final LeadingGroupQueries queries;
    private final GroupRollup rollup;
    private final GroupExport export;
    private final Clock clock;

    GroupApiController(LeadingGroups groups, LeadingGroupQueries queries, GroupRollup rollup, GroupExport export,
            Clock clock) {
        this.groups = groups;
        this.queries = queries;
        this.rollup = rollup;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "本单位及下级单位的领导小组（分页；可按方案、单位、是否上传成立文件筛选）")
    Page<GroupRow> list(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean hasDocument, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(CurrentActor.get(), new GroupFilter(planId, unitId, hasDocument), PageQuery.of(page, size));
    }

    @GetMapping("/export")
    @Operation(summary = "导出领导小组（Excel，筛选同列表）")
    void exportList(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Boolean hasDocument, HttpServletResponse response) throws IOException {
        export.groups(CurrentActor.get(), new GroupFilter(planId, unitId, hasDocument), response);
    }

    @GetMapping("/linkable-items")
    @Operation(summary = "单位可计入的工作方案事项（领导小组计入其中一项；默认本单位）")
    List<LinkableItem> linkableItems(@RequestParam(required = false) Long unitId) {
        Actor actor = CurrentActor.get();
        UnitRef unit = groups.unit(actor, unitId == null ? actor.unitId() : unitId);
        return groups.linkableByPlan(unit.id()).values().stream().flatMap(List::stream).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "登记本单位落实某方案的领导小组（成立日期不得晚于今天；itemId 缺省为该方案第一项可计入事项）")
    GroupJson record(@RequestBody GroupRequest request) {
        Actor actor = CurrentActor.get();
        return json(actor, groups.record(actor, request.command()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "一个领导小组及其成员（电话脱敏）")
    GroupJson get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return json(actor, groups.find(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改成立日期和计入事项（须带上 version；itemId 为空即不再计入）")
    GroupJson update(@PathVariable long id, @RequestBody GroupUpdate request) {
        if (request.version() == null) {
            throw BusinessException.invalid("version", "study.group.version.required");
        }
        Actor actor = CurrentActor.get();
        return json(actor, groups.edit(actor, id, request.command()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "删除领导小组（不再计入工作方案事项）")
    void delete(@PathVariable long id) {
        groups.delete(CurrentActor.get(), id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "领导小组的变更记录（谁、何时、改了什么），最新在前")
    List<ChangeJson> history(@PathVariable long id) {
        return groups.history(CurrentActor.get(), id).stream().map(ChangeJson::of).toList();
    }

    @PostMapping(path = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传成立文件（PDF、Word 或图片；替换原文件）")
    StoredFile upload(@PathVariable long id, @RequestPart(name = "document", required = false) MultipartFile document) {
        List<Upload> uploads = Upload.of(document == null ? null : Collections.singletonList(document));
        return groups.attachDocument(CurrentActor.get(), id, uploads.isEmpty() ? null : uploads.get(0));
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "下载成立文件")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        StoredFile file = groups.document(CurrentActor.get(), id);
        if (file == null) {
            throw BusinessException.notFound("study.group.document.none");
        }
        return FileDownload.of(file, groups.documentContent(file));
    }

    @PostMapping("/{id}/seats")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "增加成员：会员库中的会员（memberId），或登记人员（name、post、phone）；role 为 HEAD 组长、DEPUTY 副组长、MEMBER 成员、LIAISON 办公室主任/联络员")
    SeatJson addSeat(@PathVariable long id, @RequestBody SeatRequest request) {
        return SeatJson.of(groups.addSeat(CurrentActor.get(), id, request.details()));
    }

    @PutMapping("/{id}/seats/{seatId}")
    @Operation(summary = "修改成员（电话照脱敏值传回即保留原号码）")
    SeatJson editSeat(@PathVariable long id, @PathVariable long seatId, @RequestBody SeatRequest request) {
        return SeatJson.of(groups.editSeat(CurrentActor.get(), id, seatId, request.details()));
    }

    @DeleteMapping("/{id}/seats/{seatId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "移除成员")
    void removeSeat(@PathVariable long id, @PathVariable long seatId) {
        groups.removeSeat(CurrentActor.get(), id, seatId);
    }

    @PostMapping("/{id}/seats/{seatId}/reveal")
    @Operation(summary = "查看一名成员的完整电话（限系统管理员、单位管理员；每次记入审计日志）")
    ResponseEntity<SeatJson> reveal(@PathVariable long id, @PathVariable long seatId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(SeatJson.of(groups.reveal(CurrentActor.get(), id, seatId)));
    }

    @GetMapping("/rollup")
    @Operation(summary = "领导小组成立情况：单位（默认本单位）及各下级单位的收文单位数、已成立数和比例")
    GroupRollup.Overview rollup(@RequestParam(required = false) Long planId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        RollupScope scope = rollup.scope(CurrentActor.get(), planId, unitId);
        return rollup.overview(scope, date == null ? LocalDate.now(clock) : date);
    }

    @GetMapping("/rollup/without")
    @Operation(summary = "收到方案但未成立领导小组的单位（按名称，分页）")
    Page<UnitRef> without(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        RollupScope scope = rollup.scope(CurrentActor.get(), planId, unitId);
        return rollup.without(scope, date == null ? LocalDate.now(clock) : date, PageQuery.of(page, size));
    }

    @GetMapping("/rollup/export")
    @Operation(summary = "导出领导小组成立情况（Excel）")
    void exportRollup(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        export.rollup(rollup.scope(CurrentActor.get(), planId, unitId), LocalDate.now(clock), response);
    }

    private static GroupJson json(Actor actor, LeadingGroup group) {
        return GroupJson.of(group, group.mayEdit(actor), group.mayReveal(actor));
    }
}
