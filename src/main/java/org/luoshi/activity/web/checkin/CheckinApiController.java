package org.luoshi.activity.web.checkin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.checkin.CheckinDesk;
import org.luoshi.activity.internal.checkin.CheckinMethod;
import org.luoshi.activity.internal.checkin.CheckinQueries;
import org.luoshi.activity.internal.checkin.CheckinRepository;
import org.luoshi.activity.internal.checkin.CheckinWindow;
import org.luoshi.activity.internal.checkin.CheckinWorkflow;
import org.luoshi.activity.internal.checkin.PhoneCheckin;
import org.luoshi.activity.internal.checkin.PhoneOutcome;
import org.luoshi.activity.internal.checkin.SheetImport;
import org.luoshi.activity.internal.checkin.WalkIn;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.ClientAddress;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 签到 API: the screen, every way to check in, the roll call, the paper sheet, the figures and the window. */
@RestController
@RequestMapping("/api/v1/activities/{id}/checkins")
@Tag(name = "活动签到", description = "签到大屏（轮换二维码）、扫码签到、姓名加手机尾号签到、扫会员码、点名、现场登记、纸质签到表导入、签到统计")
class CheckinApiController {

    record CodeBody(String code) {
    }

    record PhoneBody(String code, String name, String phoneSuffix, Integer choice) {
    }

    record TokenBody(String token) {
    }

    record MemberBody(Long memberId) {
    }

    record WalkInBody(Long memberId, String name, String unitName) {
    }

    record WindowBody(Integer opensBeforeMinutes, Integer closesAfterMinutes) {
    }

    /** The window as set, and the times it makes for this activity. */
    record WindowJson(int opensBeforeMinutes, int closesAfterMinutes, Instant opensAt, Instant closesAt) {
    }

    /** A member's own check-in: {@code at} and {@code method} null when not checked in. */
    record Mine(boolean checkedIn, Instant at, CheckinMethod method) {
    }

    record ImportJson(int rows, int imported, List<ImportReport.RowError> rejected) {
    }

    private final CheckinWorkflow workflow;
    private final CheckinQueries queries;
    private final SheetImport sheets;
    private final CheckinScreen screen;
    private final CheckinAnswers answers;

    CheckinApiController(CheckinWorkflow workflow, CheckinQueries queries, SheetImport sheets, CheckinScreen screen,
            CheckinAnswers answers) {
        this.workflow = workflow;
        this.queries = queries;
        this.sheets = sheets;
        this.screen = screen;
        this.answers = answers;
    }

    @GetMapping
    @Operation(summary = "已签到名单（主办单位工作人员）：按签到时间倒序分页，可按姓名开头和签到方式筛选")
    Page<CheckinRepository.Entry> list(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) CheckinMethod checkinMethod, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        workflow.staffDesk(CurrentActor.get(), id);
        return queries.page(id, q, checkinMethod, PageQuery.of(page, size));
    }

    @GetMapping("/figures")
    @Operation(summary = "签到统计：签到人数、其中现场登记人数、各签到方式人数（工作人员、编辑、领导）")
    CheckinQueries.Figures figures(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        workflow.visibleDesk(actor, id);
        if (!ActivityRoles.readsSubtree(actor)) {
            throw BusinessException.forbidden("activity.checkin.forbidden");
        }
        return queries.figures(id);
    }

    @GetMapping("/live")
    @Operation(summary = "签到大屏的当前状态：当前二维码及其地址、剩余秒数、签到人数、最新签到名单")
    CheckinScreen.Live live(@PathVariable long id) {
        return screen.live(workflow.staffDesk(CurrentActor.get(), id));
    }

    @GetMapping("/mine")
    @Operation(summary = "我的签到：本人（账号关联的会员）是否已签到、时间和方式")
    Mine mine(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        workflow.visibleDesk(actor, id);
        return workflow.memberOfAccount(actor).flatMap(m -> queries.ofMember(id, m.id()))
                .map(e -> new Mine(true, e.checkedInAt(), e.method())).orElse(new Mine(false, null, null));
    }

    @PostMapping("/scan")
    @Operation(summary = "扫码签到：登录的会员提交现场屏幕上的二维码（code）；已签到时 already 为 true 并给出签到时间")
    CheckinAnswers.Answer scan(@PathVariable long id, @RequestBody CodeBody body) {
        return answers.of(workflow.scan(CurrentActor.get(), id, body.code()));
    }

    @PostMapping("/by-phone")
    @Operation(summary = "姓名加手机号后四位签到（现场屏幕上的二维码 code）；多位会员相符时返回 choices，请以 choice（序号）再次提交")
    CheckinAnswers.PhoneAnswer byPhone(@PathVariable long id, @RequestBody PhoneBody body) {
        PhoneOutcome outcome = workflow.byPhone(CurrentActor.get().accountId(), id,
                new PhoneCheckin(body.code(), body.name(), body.phoneSuffix(), body.choice()),
                ClientAddress.current().orElse("?"));
        return answers.of(outcome);
    }

    @PostMapping("/member-code")
    @Operation(summary = "扫会员码签到（工作人员）：会员本人签到码的内容（token）")
    CheckinAnswers.Answer memberCode(@PathVariable long id, @RequestBody TokenBody body) {
        return answers.of(workflow.byMemberCode(CurrentActor.get(), id, body.token()));
    }

    @GetMapping("/roll-call")
    @Operation(summary = "点名表（工作人员）：活动面向范围内的会员，按姓名分页，可按姓名开头查找，附签到时间")
    Page<CheckinQueries.RollCallLine> rollCall(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        CheckinDesk desk = workflow.staffDesk(CurrentActor.get(), id);
        return queries.rollCall(desk, q, PageQuery.of(page, size));
    }

    @PostMapping("/roll-call")
    @Operation(summary = "点名签到（工作人员）：勾选面向范围内的一位会员（memberId）")
    CheckinAnswers.Answer tick(@PathVariable long id, @RequestBody MemberBody body) {
        return answers.of(workflow.rollCall(CurrentActor.get(), id, body.memberId()));
    }

    @PostMapping("/walk-ins")
    @Operation(summary = "现场登记（工作人员）：本单位及下级的会员（memberId），或非会员的姓名（name）和单位（unitName）")
    CheckinAnswers.Answer walkIn(@PathVariable long id, @RequestBody WalkInBody body) {
        return answers.of(workflow.walkIn(CurrentActor.get(), id,
                new WalkIn(body.memberId(), body.name(), body.unitName())));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "导入纸质签到表（Excel；表头：姓名，可选 身份证号、手机号后四位、单位）；合格的行签到，其余逐行说明原因")
    ImportJson importSheet(@PathVariable long id, @RequestPart(name = "file", required = false) MultipartFile file) {
        List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw BusinessException.invalid("file", "file.empty", "");
        }
        ImportReport report = sheets.importSheet(CurrentActor.get(), id,
                new ByteArrayInputStream(uploads.get(0).content()));
        return new ImportJson(report.rows(), report.importedCount(), report.errors());
    }

    @DeleteMapping("/{checkinId}")
    @Operation(summary = "撤销一条签到（工作人员，如点错了名）")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long checkinId) {
        workflow.remove(CurrentActor.get(), id, checkinId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/window")
    @Operation(summary = "签到时间：开始前多少分钟起、结束后多少分钟止（默认开始前 60 分钟至结束）")
    WindowJson window(@PathVariable long id) {
        return window(workflow.staffDesk(CurrentActor.get(), id));
    }

    @PutMapping("/window")
    @Operation(summary = "设置签到时间（工作人员）：opensBeforeMinutes、closesAfterMinutes，各 0 至 1440 分钟")
    WindowJson saveWindow(@PathVariable long id, @RequestBody WindowBody body) {
        Actor actor = CurrentActor.get();
        workflow.saveWindow(actor, id, body.opensBeforeMinutes(), body.closesAfterMinutes());
        return window(workflow.staffDesk(actor, id));
    }

    private static WindowJson window(CheckinDesk desk) {
        CheckinWindow w = desk.window();
        return new WindowJson(w.opensBeforeMinutes(), w.closesAfterMinutes(), desk.opensAt(), desk.closesAt());
    }
}
