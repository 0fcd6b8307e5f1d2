package org.luoshi.activity.web.registration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.luoshi.activity.internal.registration.BulkRegistration;
import org.luoshi.activity.internal.registration.PlaceShares;
import org.luoshi.activity.internal.registration.Registration;
import org.luoshi.activity.internal.registration.RegistrationDesk;
import org.luoshi.activity.internal.registration.RegistrationPanel;
import org.luoshi.activity.internal.registration.RegistrationQueries;
import org.luoshi.activity.internal.registration.RegistrationStatus;
import org.luoshi.activity.internal.registration.Rosters;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 报名 API: register, cancel, 我的报名, and for staff 报名名单, 审核, 代为报名 (picked or from Excel) and 名额分配. */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "活动报名", description = "报名、取消报名、候补、审核、代为报名（选择或 Excel 导入）、名额分配、我的报名")
class RegistrationApiController {

    private final RegistrationDesk desk;
    private final BulkRegistration bulk;
    private final PlaceShares shares;
    private final Rosters rosters;
    private final RegistrationQueries queries;
    private final RegistrationPanel panels;

    RegistrationApiController(RegistrationDesk desk, BulkRegistration bulk, PlaceShares shares, Rosters rosters,
            RegistrationQueries queries, RegistrationPanel panels) {
        this.desk = desk;
        this.bulk = bulk;
        this.shares = shares;
        this.rosters = rosters;
        this.queries = queries;
        this.panels = panels;
    }

    /** A registration as the API shows it; {@code position} in the waiting list while waiting. */
    record RegistrationJson(long id, long activityId, long memberId, String memberName, String unitName,
            RegistrationStatus status, Instant createdAt, String reason, Long position) {

        static RegistrationJson of(Registration r, Long position) {
            return new RegistrationJson(r.id(), r.activityId(), r.memberId(), r.memberName(), r.unitName(),
                    r.status(), r.createdAt(), r.reason(), position);
        }
    }

    record RegistrationDecisionBody(Boolean approve, String reason) {
    }

    /** Members of the caller's subtree to register, by id. */
    record RegistrationMembersBody(List<Long> memberIds) {
    }

    /** A unit's share of the places; {@code places} 0 takes it back; {@code returnsAt} 北京时间, optional. */
    record PlaceShareBody(Long unitId, Integer places, LocalDateTime returnsAt) {
    }

    @Operation(summary = "活动的报名情况：人数、我的报名与可做的操作")
    @GetMapping("/{id}/registration")
    RegistrationPanel.RegistrationSummary panel(@PathVariable long id) {
        return panels.of(id, CurrentActor.get());
    }

    @Operation(summary = "报名（本人）：有名额即报名成功（需审核时为待审核），已满则列入候补")
    @PostMapping("/{id}/registration")
    ResponseEntity<RegistrationJson> register(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        RegistrationDesk.Outcome outcome = desk.registerSelf(actor, id);
        return created(actor, outcome.registrationId());
    }

    @Operation(summary = "我的报名")
    @GetMapping("/registrations/mine")
    Page<RegistrationQueries.MyRegistration> mine(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return desk.self(CurrentActor.get()).map(m -> queries.mine(m.id(), PageQuery.of(page, size)))
                .orElse(Page.of(List.of(), 0, PageQuery.of(page, size)));
    }

    @Operation(summary = "一条报名（本人的，或本单位及下级会员的）")
    @GetMapping("/registrations/{id}")
    RegistrationJson show(@PathVariable long id) {
        return json(desk.visible(id, CurrentActor.get()));
    }

    @Operation(summary = "取消报名：名额依次递补给候补者")
    @PostMapping("/registrations/{id}/cancel")
    RegistrationJson cancel(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        desk.cancel(actor, id);
        return json(desk.visible(id, actor));
    }

    @Operation(summary = "审核报名：通过，或不通过（须填写原因）")
    @PostMapping("/registrations/{id}/decision")
    RegistrationJson decide(@PathVariable long id, @RequestBody RegistrationDecisionBody body) {
        Actor actor = CurrentActor.get();
        desk.decide(actor, id, Boolean.TRUE.equals(body.approve()), body.reason());
        return json(desk.visible(id, actor));
    }

    @Operation(summary = "报名名单：主办单位看全部，其他单位看本单位及下级会员")
    @GetMapping("/{id}/registrations")
    Page<RegistrationQueries.RosterLine> roster(@PathVariable long id,
            @RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return rosters.of(CurrentActor.get(), id, status, q, PageQuery.of(page, size)).page();
    }

    @Operation(summary = "代为报名：本单位及下级的会员（按会员编号），逐人报告结果")
    @PostMapping("/{id}/registrations")
    BulkRegistration.BulkResult registerMembers(@PathVariable long id, @RequestBody RegistrationMembersBody body) {
        return bulk.registerPicked(CurrentActor.get(), id, body.memberIds());
    }

    @Operation(summary = "Excel 导入报名（列：姓名、身份证号），逐行报告结果")
    @PostMapping(path = "/{id}/registrations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BulkRegistration.BulkResult importSheet(@PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "registration.import.noFile");
        }
        return bulk.importSheet(CurrentActor.get(), id, new ByteArrayInputStream(Upload.of(file).content()));
    }

    @Operation(summary = "可代为报名的会员：按姓名（开头）或身份证号查找本单位及下级会员")
    @GetMapping("/{id}/registrations/candidates")
    List<Rosters.RegistrationCandidate> candidates(@PathVariable long id, @RequestParam(required = false) String q) {
        if (q == null || q.isBlank()) {
            throw BusinessException.invalid("q", "registration.candidates.q");
        }
        return rosters.candidates(CurrentActor.get(), id, q);
    }

    @Operation(summary = "名额分配")
    @GetMapping("/{id}/places")
    List<PlaceShares.PlaceShare> places(@PathVariable long id) {
        return shares.list(CurrentActor.get(), id);
    }

    @Operation(summary = "分配名额给下级单位（0 为收回）；过期未用的名额回到公共名额")
    @PutMapping("/{id}/places")
    List<PlaceShares.PlaceShare> allocate(@PathVariable long id, @RequestBody PlaceShareBody body) {
        Actor actor = CurrentActor.get();
        shares.allocate(actor, id, body.unitId(), body.places(), body.returnsAt());
        return shares.list(actor, id);
    }

    private ResponseEntity<RegistrationJson> created(Actor actor, long registrationId) {
        return ResponseEntity.created(URI.create("/api/v1/activities/registrations/" + registrationId))
                .body(json(desk.visible(registrationId, actor)));
    }

    private RegistrationJson json(Registration r) {
        return RegistrationJson.of(r, r.status() == RegistrationStatus.WAITING ? queries.position(r.id()) : null);
    }
}
