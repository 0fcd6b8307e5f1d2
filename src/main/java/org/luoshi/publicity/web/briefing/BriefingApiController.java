package org.luoshi.publicity.web.briefing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.luoshi.publicity.SubmissionKind;
import org.luoshi.publicity.internal.briefing.AdoptedFilter;
import org.luoshi.publicity.internal.briefing.Briefing;
import org.luoshi.publicity.internal.briefing.BriefingCandidates;
import org.luoshi.publicity.internal.briefing.BriefingQueries;
import org.luoshi.publicity.internal.briefing.BriefingWorkflow;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 工作简报 API: compile a numbered briefing from adopted submissions, issue it as Word, publish it to the portal. */
@RestController
@Tag(name = "信息报送：工作简报", description = "按单位、年度编号的工作简报：选取采用稿件、排序修改、编者按与报送范围、印发（Word）、发布到门户")
class BriefingApiController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String BASE = "/api/v1/publicity/briefings";
    private static final String ITEMS = "/api/v1/publicity/briefing-items";

    /** The number a new briefing gets. */
    record NextNumber(int year, int number) {
    }

    private final BriefingWorkflow workflow;
    private final BriefingQueries queries;
    private final BriefingCandidates adopted;
    private final Clock clock;
    private final BriefingExport export;

    BriefingApiController(BriefingWorkflow workflow, BriefingQueries queries, BriefingCandidates adopted,
            Clock clock, BriefingExport export) {
        this.export = export;
        this.workflow = workflow;
        this.queries = queries;
        this.adopted = adopted;
        this.clock = clock;
    }

    @GetMapping(BASE)
    @Operation(summary = "本单位及下级的工作简报（分页；可按年度筛选），最新一期在前")
    Page<BriefingQueries.Row> list(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Actor actor = reader();
        return queries.list(actor, year, PageQuery.of(page, size));
    }

    @GetMapping(path = BASE + "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出本单位及下级的工作简报（Excel；可按年度筛选）")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response)
            throws IOException {
        export.write(response, reader(), year);
    }

    @GetMapping(BASE + "/next-number")
    @Operation(summary = "本单位某年度的下一个期号（默认今年）")
    NextNumber nextNumber(@RequestParam(required = false) Integer year) {
        Actor actor = CurrentActor.get();
        if (!Briefing.mayCompile(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        if (y < 2000 || y > 2999) {
            throw BusinessException.invalid("year", "publicity.briefing.year.range", 2000, 2999);
        }
        return new NextNumber(y, workflow.nextNumber(actor, y));
    }

    @PostMapping(BASE)
    @Operation(summary = "新建一期简报（本单位宣传编辑）；number 留空取本年度下一期，已被占用则提示下一个可用期号")
    ResponseEntity<BriefingJson> create(@RequestBody BriefingBodies.Compile body) {
        long id = workflow.create(CurrentActor.get(), body.command());
        return ResponseEntity.created(URI.create(BASE + "/" + id)).body(get(id));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "简报详情：报头、编者按、稿件（按顺序）、报送范围、可办操作")
    BriefingJson get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        return BriefingJson.of(workflow.visible(id, actor), actor);
    }

    @PutMapping(BASE + "/{id}")
    @Operation(summary = "修改报头、编者按和报/送/发（印发前）")
    BriefingJson revise(@PathVariable long id, @RequestBody BriefingBodies.Compile body) {
        workflow.revise(CurrentActor.get(), id, body.command(), body.version());
        return get(id);
    }

    @DeleteMapping(BASE + "/{id}")
    @Operation(summary = "删除未印发的简报草稿")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.delete(CurrentActor.get(), id, version);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(BASE + "/{id}/candidates")
    @Operation(summary = "可选稿件：本单位采用且未撤回的稿件（分页；可按类别、采用日期、标题筛选），不含已在本期的")
    Page<BriefingCandidates.Adopted> candidates(@PathVariable long id,
            @RequestParam(required = false) SubmissionKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Briefing briefing = workflow.visible(id, CurrentActor.get());
        return adopted.list(briefing.unitId(), id, new AdoptedFilter(kind, from, to, q), PageQuery.of(page, size));
    }

    @PostMapping(BASE + "/{id}/picks")
    @Operation(summary = "选取采用稿件，按给出的顺序加到简报末尾")
    BriefingJson pick(@PathVariable long id, @RequestBody BriefingBodies.Pick body) {
        workflow.pick(CurrentActor.get(), id, body.submissionIds(), body.version());
        return get(id);
    }

    @PutMapping(ITEMS + "/{id}")
    @Operation(summary = "修改简报中一篇稿件的标题、正文（富文本，清洗后保存）和来源单位")
    BriefingJson editItem(@PathVariable long id, @RequestBody BriefingBodies.Item body) {
        Actor actor = CurrentActor.get();
        workflow.editItem(actor, id, body.command(), body.version());
        return BriefingJson.of(workflow.visibleByItem(id, actor), actor);
    }

    @PostMapping(ITEMS + "/{id}/move")
    @Operation(summary = "把稿件上移（UP）或下移（DOWN）一位")
    BriefingJson moveItem(@PathVariable long id, @RequestBody BriefingBodies.Move body) {
        Actor actor = CurrentActor.get();
        workflow.moveItem(actor, id, body.direction(), body.version());
        return BriefingJson.of(workflow.visibleByItem(id, actor), actor);
    }

    @DeleteMapping(ITEMS + "/{id}")
    @Operation(summary = "把稿件移出简报（印发前）")
    BriefingJson removeItem(@PathVariable long id, @RequestParam(required = false) Integer version) {
        long briefingId = workflow.removeItem(CurrentActor.get(), id, version);
        return get(briefingId);
    }

    @PostMapping(BASE + "/{id}/issue")
    @Operation(summary = "印发：内容定稿，生成并保存 Word 文件；此后再下载得到同一份文件")
    BriefingJson issue(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.issue(CurrentActor.get(), id, version);
        return get(id);
    }

    @PostMapping(BASE + "/{id}/publish")
    @Operation(summary = "把已印发的简报发布到门户“工作简报”栏目，返回文章编号")
    Map<String, Object> publish(@PathVariable long id, @RequestParam(required = false) Integer version) {
        long article = workflow.publish(CurrentActor.get(), id, version);
        return Map.of("articleId", article, "url", "/portal/articles/" + article);
    }

    @GetMapping(path = BASE + "/{id}/document.docx", produces = DOCX)
    @Operation(summary = "下载 Word：已印发的为印发时保存的文件（每次相同），未印发的为当前内容的预览稿")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        return download(workflow.document(CurrentActor.get(), id));
    }

    static ResponseEntity<byte[]> download(BriefingWorkflow.Document document) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(document.content());
    }

    private static Actor reader() {
        Actor actor = CurrentActor.get();
        if (!Briefing.mayRead(actor)) {
            throw BusinessException.forbidden("publicity.briefing.notStaff");
        }
        return actor;
    }
}
