package org.luoshi.publicity.internal.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.search.ChineseText;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 门户发布: publishes what editors write and what their unit adopted, edits, (re)schedules, pins and withdraws
 * articles; each change checked against the article's rules, indexed for search and audited in its transaction.
 */
@Service
@Transactional
public class ArticleWorkflow implements ArticlePublisher {

    static final Set<FileType> IMAGES = Set.of(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
    static final int MAX_IMAGES = 30;
    static final int MAX_CAPTION = 200;

    private final ArticleRepository articles;
    private final AdoptedSubmissions adopted;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    ArticleWorkflow(ArticleRepository articles, AdoptedSubmissions adopted, FileStore files, JdbcClient jdbc,
            AuditTrail audit, Messages messages, Clock clock) {
        this.articles = articles;
        this.adopted = adopted;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The article, if the actor may see it in the editors' list; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public Article visible(long id, Actor actor) {
        return articles.find(id).filter(a -> a.mayView(actor))
                .orElseThrow(() -> BusinessException.notFound("publicity.article.notFound"));
    }

    @Override
    public long publish(Actor actor, PublishArticle command) {
        if (!Article.mayPublish(actor)) {
            throw BusinessException.forbidden("publicity.article.notStaff");
        }
        if (command.column() == null) {
            throw BusinessException.invalid("column", "publicity.article.column.required");
        }
        ArticleContent content = ArticleContent.of(command.title(), command.summary(), command.bodyHtml(),
                command.source(), command.author());
        if (command.submissionId() != null) {
            adopted.adoptedBy(command.submissionId(), actor.unitId()).orElseThrow(
                    () -> BusinessException.invalid("submissionId", "publicity.article.submission.notAdopted"));
            if (articles.liveColumns(command.submissionId()).contains(command.column())) {
                throw BusinessException.conflict("publicity.article.submission.published",
                        messages.get("publicity.column." + command.column().name()));
            }
        }
        List<Image> images = images(actor, command.images(), command.submissionId());
        Instant now = clock.instant();
        Instant publishAt = command.publishAt() == null ? now : command.publishAt();
        long id;
        try {
            id = articles.insert(actor.unitId(), actor.unitPath(), command.column(), command.submissionId(),
                    content, cover(images), publishAt, command.pinned(), search(content), actor.accountId(), now);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("publicity.article.submission.published",
                    messages.get("publicity.column." + command.column().name()));
        }
        articles.replaceImages(id, images);
        audit.record("publicity.article.publish", "publicity_article", id, actor.unitPath(),
                messages.get(publishAt.isAfter(now) ? "publicity.article.audit.schedule"
                        : "publicity.article.audit.publish", content.title(),
                        messages.get("publicity.column." + command.column().name())),
                null, summary(command.column(), content, images, publishAt, command.pinned()));
        return id;
    }

    /** 发布采用稿件: the adopted submission as an article, its photos with their captions, 来源 its unit. */
    public long publishAdopted(Actor actor, PublishAdopted command) {
        if (!Article.mayPublish(actor)) {
            throw BusinessException.forbidden("publicity.article.notStaff");
        }
        AdoptedSubmissions.Adopted submission = adopted.adoptedBy(command.submissionId(), actor.unitId())
                .orElseThrow(() -> BusinessException.invalid("submissionId",
                        "publicity.article.submission.notAdopted"));
        PortalColumn column = command.column() == null ? submission.column() : command.column();
        return publish(actor, new PublishArticle(column, submission.title(), null, submission.bodyHtml(),
                submission.unitName(), submission.author(), submission.photos(), submission.id(),
                command.publishAt(), command.pinned()));
    }

    public void edit(Actor actor, long id, EditArticle command, Integer version) {
        Article article = editable(actor, id, version);
        if (command.column() == null) {
            throw BusinessException.invalid("column", "publicity.article.column.required");
        }
        ArticleContent content = ArticleContent.of(command.title(), command.summary(), command.bodyHtml(),
                command.source(), command.author());
        if (article.submissionId() != null && command.column() != article.column()
                && articles.liveColumns(article.submissionId()).contains(command.column())) {
            throw BusinessException.invalid("column", "publicity.article.submission.published",
                    messages.get("publicity.column." + command.column().name()));
        }
        List<Image> images = images(actor, command.images(), article.submissionId());
        Instant now = clock.instant();
        Instant publishAt = command.publishAt() == null ? article.publishAt() : command.publishAt();
        articles.update(id, command.column(), content, cover(images), publishAt, search(content),
                version == null ? article.version() : version, now);
        articles.replaceImages(id, images);
        audit.record("publicity.article.edit", "publicity_article", id, article.unitPath(),
                messages.get("publicity.article.audit.edit", content.title()),
                summary(article.column(), article.content(), articles.images(id).stream()
                        .map(i -> new Image(i.fileId(), i.caption())).toList(), article.publishAt(),
                        article.pinned()),
                summary(command.column(), content, images, publishAt, article.pinned()));
    }

    /** 置顶 / 取消置顶: pinned articles lead their column, the newest pinned first. */
    public void pin(Actor actor, long id, boolean pinned, Integer version) {
        Article article = editable(actor, id, version);
        articles.pin(id, pinned, version == null ? article.version() : version, clock.instant());
        audit.record(pinned ? "publicity.article.pin" : "publicity.article.unpin", "publicity_article", id,
                article.unitPath(), messages.get(pinned ? "publicity.article.audit.pin"
                        : "publicity.article.audit.unpin", article.title()),
                Map.of("pinned", article.pinned()), Map.of("pinned", pinned));
    }

    /** 撤稿: the article leaves the lists and feeds; its page says it was withdrawn, and why. */
    public void withdraw(Actor actor, long id, String reason, Integer version) {
        Article article = editable(actor, id, version);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw BusinessException.invalid("reason", "publicity.article.withdraw.reasonRequired");
        }
        if (why.length() > Article.MAX_REASON) {
            throw BusinessException.invalid("reason", "publicity.article.withdraw.reasonTooLong", Article.MAX_REASON);
        }
        articles.withdraw(id, why, version == null ? article.version() : version, clock.instant());
        audit.record("publicity.article.withdraw", "publicity_article", id, article.unitPath(),
                messages.get("publicity.article.audit.withdraw", article.title(), why), null,
                Map.of("reason", why));
    }

    /** 上传图片 for an article the editor writes; it may be attached by them afterwards. */
    public StoredFile upload(Actor actor, Upload upload) {
        if (!Article.mayPublish(actor)) {
            throw BusinessException.forbidden("publicity.article.notStaff");
        }
        return files.store("file", upload.filename(), upload.content(), IMAGES);
    }

    /** An image the actor may attach (or did), for the editors' pages; else 404. */
    @Transactional(readOnly = true)
    public StoredFile staffImage(Actor actor, long fileId) {
        if (!Article.mayPublish(actor) || usable(actor, Set.of(fileId)).isEmpty()) {
            throw BusinessException.notFound("publicity.article.image.missing");
        }
        return files.find(fileId).filter(StoredFile::isImage)
                .orElseThrow(() -> BusinessException.notFound("publicity.article.image.missing"));
    }

    private Article editable(Actor actor, long id, Integer version) {
        Article article = visible(id, actor);
        if (!article.mayEdit(actor)) {
            if (article.withdrawnAt() != null) {
                throw BusinessException.conflict("publicity.article.withdrawn");
            }
            throw BusinessException.forbidden("publicity.article.notYourUnit");
        }
        if (version != null && version != article.version()) {
            throw new OptimisticLockingFailureException("publicity_article " + id);
        }
        return article;
    }

    /**
     * The images checked: at most {@value #MAX_IMAGES}, each an image in the file store that the actor may show the
     * public (they uploaded it, or it is a photo of a submission their unit adopted or wrote, or their unit
     * already published it), captions of at most {@value #MAX_CAPTION} characters; listed twice counts once.
     */
    private List<Image> images(Actor actor, List<Image> given, Long submissionId) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > MAX_IMAGES) {
            throw BusinessException.invalid("images", "publicity.article.images.tooMany", MAX_IMAGES);
        }
        Map<Long, Image> unique = new LinkedHashMap<>();
        for (Image image : given) {
            if (image == null) {
                throw BusinessException.invalid("images", "publicity.article.image.notFound", "");
            }
            String caption = image.caption() == null || image.caption().isBlank() ? null : image.caption().strip();
            if (caption != null && caption.length() > MAX_CAPTION) {
                throw BusinessException.invalid("images", "publicity.article.image.captionTooLong", MAX_CAPTION);
            }
            unique.putIfAbsent(image.fileId(), new Image(image.fileId(), caption));
        }
        Set<Long> usable = new HashSet<>(usable(actor, unique.keySet()));
        List<Image> images = new ArrayList<>();
        for (Image image : unique.values()) {
            StoredFile file = files.find(image.fileId()).filter(f -> usable.contains(f.id()))
                    .orElseThrow(() -> BusinessException.invalid("images", "publicity.article.image.notFound",
                            image.fileId()));
            if (!file.isImage()) {
                throw BusinessException.invalid("images", "publicity.article.image.notImage", file.filename());
            }
            images.add(image);
        }
        return images;
    }

    private List<Long> usable(Actor actor, Set<Long> ids) {
        return jdbc.sql("""
                select f.id from stored_file f
                 where f.id in (:ids)
                   and (f.uploaded_by = :account
                        or exists (select 1 from publicity_submission_file sf
                                     join publicity_submission s on s.id = sf.submission_id
                                    where sf.file_id = f.id and s.unit_id = :unit)
                        or exists (select 1 from publicity_submission_file sf
                                     join publicity_decision d on d.submission_id = sf.submission_id
                                    where sf.file_id = f.id and d.unit_id = :unit and d.withdrawn_at is null
                                      and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED'))
                        or exists (select 1 from publicity_article_image ai
                                     join publicity_article a on a.id = ai.article_id
                                    where ai.file_id = f.id and a.unit_id = :unit))
                """).param("ids", ids).param("account", actor.accountId()).param("unit", actor.unitId())
                .query(Long.class).list();
    }

    private static Long cover(List<Image> images) {
        return images.isEmpty() ? null : images.get(0).fileId();
    }

    static String search(ArticleContent content) {
        return ChineseText.tsvector(content.title(), content.plainText());
    }

    private static Map<String, Object> summary(PortalColumn column, ArticleContent content, List<Image> images,
            Instant publishAt, boolean pinned) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("column", column.name());
        summary.put("title", content.title());
        summary.put("summary", content.summary());
        summary.put("source", content.source());
        summary.put("author", content.author());
        summary.put("images", images.stream().map(Image::fileId).toList());
        summary.put("publishAt", publishAt.toString());
        summary.put("pinned", pinned);
        return summary;
    }
}
