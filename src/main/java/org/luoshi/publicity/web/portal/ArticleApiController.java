package org.luoshi.publicity.web.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.AdoptedSubmissions;
import org.luoshi.publicity.internal.portal.Article;
import org.luoshi.publicity.internal.portal.ArticlePublisher.Image;
import org.luoshi.publicity.internal.portal.ArticlePublisher.PublishArticle;
import org.luoshi.publicity.internal.portal.ArticleQueries;
import org.luoshi.publicity.internal.portal.ArticleRepository;
import org.luoshi.publicity.internal.portal.ArticleRepository.ArticleImage;
import org.luoshi.publicity.internal.portal.ArticleWorkflow;
import org.luoshi.publicity.internal.portal.EditArticle;
import org.luoshi.publicity.internal.portal.PublishAdopted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.files.StoredFile;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 门户发布 API: the unit's articles, publishing (written or adopted), editing, scheduling, pinning, withdrawing. */
@RestController
@RequestMapping("/api/v1/publicity/articles")
@Tag(name = "信息报送与宣传：门户发布", description = "发布本单位采用的稿件或撰写的文章到门户栏目；定时发布、置顶、撤稿")
class ArticleApiController {

    /** An article written by the editor; {@code publishAt} in the future schedules it (null: now). */
    record ArticleBody(PortalColumn column, String title, String summary, String bodyHtml, String source,
            String author, List<Image> images, Instant publishAt, Boolean pinned, Integer version) {
    }

    /** An adopted submission to publish; {@code column} null: the column of its kind. */
    record AdoptedBody(Long submissionId, PortalColumn column, Instant publishAt, Boolean pinned) {
    }

    /** 撤稿: the reason the portal shows in the article's place. */
    record WithdrawBody(String reason, Integer version) {
    }

    /** What the actor may do with the article. */
    record Actions(boolean edit, boolean pin, boolean withdraw) {
    }

    /** An article as editors see it. */
    record ArticleJson(long id, long unitId, PortalColumn column, Long submissionId, String title, String summary,
            String bodyHtml, String source, String author, List<ArticleImage> images, Instant publishAt,
            boolean pinned, Article.Status status, Instant withdrawnAt, String withdrawnReason, String publicUrl,
            int version, Actions actions) {
    }

    private final ArticleWorkflow workflow;
    private final ArticleQueries queries;
    private final ArticleRepository articles;
    private final AdoptedSubmissions adopted;
    private final Clock clock;
    private final ArticleExport export;

    ArticleApiController(ArticleWorkflow workflow, ArticleQueries queries, ArticleRepository articles,
            AdoptedSubmissions adopted, Clock clock, ArticleExport export) {
        this.export = export;
        this.workflow = workflow;
        this.queries = queries;
        this.articles = articles;
        this.adopted = adopted;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "本单位发布的门户文章（分页；可按栏目、状态筛选：SCHEDULED 待发布、PUBLISHED 已发布、WITHDRAWN 已撤稿）")
    Page<ArticleQueries.Row> list(@RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) Article.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return queries.list(CurrentActor.get(), new ArticleQueries.Filter(column, status), PageQuery.of(page, size));
    }

    @GetMapping(path = "/export.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "导出本单位发布的门户文章（Excel；筛选同列表）")
    void export(@RequestParam(required = false) PortalColumn column,
            @RequestParam(required = false) Article.Status status, HttpServletResponse response) throws IOException {
        export.write(response, CurrentActor.get(), new ArticleQueries.Filter(column, status));
    }

    @GetMapping("/adopted")
    @Operation(summary = "本单位采用（本级采用或采用并推荐）、可发布到门户的稿件，及其已发布的栏目")
    Page<AdoptedSubmissions.Row> adopted(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        Actor actor = CurrentActor.get();
        if (!Article.mayPublish(actor)) {
            throw BusinessException.forbidden("publicity.article.notStaff");
        }
        return adopted.list(actor.unitId(), PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "撰写并发布文章（宣传编辑、单位管理员）；publishAt 为将来时间即定时发布")
    ResponseEntity<ArticleJson> publish(@RequestBody ArticleBody body) {
        long id = workflow.publish(CurrentActor.get(), new PublishArticle(body.column(), body.title(),
                body.summary(), body.bodyHtml(), body.source(), body.author(), body.images(), null,
                body.publishAt(), Boolean.TRUE.equals(body.pinned())));
        return ResponseEntity.created(URI.create("/api/v1/publicity/articles/" + id)).body(get(id));
    }

    @PostMapping("/from-submission")
    @Operation(summary = "发布本单位采用的稿件：标题、正文、照片及说明、作者随稿带入，来源为报送单位")
    ResponseEntity<ArticleJson> publishAdopted(@RequestBody AdoptedBody body) {
        if (body.submissionId() == null) {
            throw BusinessException.invalid("submissionId", "publicity.article.submission.notAdopted");
        }
        long id = workflow.publishAdopted(CurrentActor.get(), new PublishAdopted(body.submissionId(),
                body.column(), body.publishAt(), Boolean.TRUE.equals(body.pinned())));
        return ResponseEntity.created(URI.create("/api/v1/publicity/articles/" + id)).body(get(id));
    }

    @PostMapping(path = "/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传文章图片（JPG、PNG、GIF、WebP），再以 images[].fileId 加到文章")
    ResponseEntity<StoredFile> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
        List<Upload> uploads = Upload.of(file == null ? null : List.of(file));
        if (uploads.isEmpty()) {
            throw BusinessException.invalid("file", "file.empty", "");
        }
        return ResponseEntity.status(201).body(workflow.upload(CurrentActor.get(), uploads.get(0)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "文章详情：状态、图片、门户地址、可办操作")
    ArticleJson get(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        Article a = workflow.visible(id, actor);
        return new ArticleJson(a.id(), a.unitId(), a.column(), a.submissionId(), a.title(), a.content().summary(),
                a.content().bodyHtml(), a.content().source(), a.content().author(), articles.images(id),
                a.publishAt(), a.pinned(), a.status(clock.instant()), a.withdrawnAt(), a.withdrawnReason(),
                "/portal/articles/" + a.id(), a.version(),
                new Actions(a.mayEdit(actor), a.mayPin(actor), a.mayWithdraw(actor)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改文章（含栏目、图片）；publishAt 改为将来时间即改为定时发布；version 防止覆盖他人的修改")
    ArticleJson edit(@PathVariable long id, @RequestBody ArticleBody body) {
        workflow.edit(CurrentActor.get(), id, new EditArticle(body.column(), body.title(), body.summary(),
                body.bodyHtml(), body.source(), body.author(), body.images(), body.publishAt()), body.version());
        return get(id);
    }

    @PostMapping("/{id}/pin")
    @Operation(summary = "置顶：在栏目中排在最前")
    ArticleJson pin(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.pin(CurrentActor.get(), id, true, version);
        return get(id);
    }

    @PostMapping("/{id}/unpin")
    @Operation(summary = "取消置顶")
    ArticleJson unpin(@PathVariable long id, @RequestParam(required = false) Integer version) {
        workflow.pin(CurrentActor.get(), id, false, version);
        return get(id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤稿（须写原因）：文章离开栏目和订阅源，原地址显示“本文已撤稿”及原因")
    ArticleJson withdraw(@PathVariable long id, @RequestBody WithdrawBody body) {
        workflow.withdraw(CurrentActor.get(), id, body.reason(), body.version());
        return get(id);
    }
}
