package org.luoshi.publicity.internal.briefing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.audit.AuditTrail;
import org.luoshi.publicity.PortalColumn;
import org.luoshi.publicity.internal.portal.ArticlePublisher;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.text.RichText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Compiles, issues and publishes briefings: each command checked by the briefing, saved with optimistic locking,
 * audited in the same transaction. Issuing prints the Word document once and keeps it, so a reprint is the same file.
 */
@Service
@Transactional
public class BriefingWorkflow {

    static final String CREATE = "publicity.briefing.create";
    static final String REVISE = "publicity.briefing.revise";
    static final String PICK = "publicity.briefing.pick";
    static final String EDIT_ITEM = "publicity.briefing.item.edit";
    static final String MOVE_ITEM = "publicity.briefing.item.move";
    static final String REMOVE_ITEM = "publicity.briefing.item.remove";
    static final String ISSUE = "publicity.briefing.issue";
    static final String PUBLISH = "publicity.briefing.publish";
    static final String DELETE = "publicity.briefing.delete";

    /** A briefing's Word document: its name and bytes. */
    public record Document(String filename, byte[] content) {
    }

    private final BriefingRepository briefings;
    private final BriefingCandidates adopted;
    private final BriefingDocument printer;
    private final FileStore files;
    private final ArticlePublisher publisher;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    BriefingWorkflow(BriefingRepository briefings, BriefingCandidates adopted, BriefingDocument printer,
            FileStore files, ArticlePublisher publisher, AuditTrail audit, Messages messages,
            Clock clock) {
        this.briefings = briefings;
        this.adopted = adopted;
        this.printer = printer;
        this.files = files;
        this.publisher = publisher;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The briefing, if the actor may read it; else 404, as if it did not exist. */
    @Transactional(readOnly = true)
    public Briefing visible(long id, Actor actor) {
        return briefings.find(id).filter(b -> b.mayView(actor))
                .orElseThrow(() -> BusinessException.notFound("publicity.briefing.notFound"));
    }

    /** The briefing an item belongs to, if the actor may read it. */
    @Transactional(readOnly = true)
    public Briefing visibleByItem(long itemId, Actor actor) {
        return visible(briefings.briefingOf(itemId)
                .orElseThrow(() -> BusinessException.notFound("publicity.briefing.item.notFound")), actor);
    }

    /** The number a new briefing of the actor's unit gets in the year. */
    @Transactional(readOnly = true)
    public int nextNumber(Actor actor, int year) {
        return briefings.nextNumber(actor.unitId(), year);
    }

    public long create(Actor actor, CompileBriefing command) {
        Briefing briefing = Briefing.newFor(actor);
        write(actor, briefing, command);
        Instant now = clock.instant();
        long id;
        try {
            id = briefings.insert(briefing, actor.accountId(), now);
        } catch (DuplicateKeyException e) {
            throw numberTaken(briefing);
        }
        audit.record(CREATE, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.create", briefing.year(), briefing.number()), null,
                summary(briefing));
        return id;
    }

    public void revise(Actor actor, long id, CompileBriefing command, Integer version) {
        Briefing briefing = visible(id, actor);
        Map<String, Object> before = summary(briefing);
        write(actor, briefing, command);
        save(actor, briefing, version);
        audit.record(REVISE, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.revise", briefing.year(), briefing.number()), before,
                summary(briefing));
    }

    private void write(Actor actor, Briefing briefing, CompileBriefing command) {
        int year = command.year() == null ? 0 : command.year();
        int free = year >= Briefing.MIN_YEAR && year <= Briefing.MAX_YEAR
                ? briefings.nextNumber(briefing.unitId(), year) : 1;
        briefing.write(actor, command, free);
        if (briefings.taken(briefing.unitId(), briefing.year(), briefing.number(), briefing.id())) {
            throw numberTaken(briefing);
        }
    }

    private BusinessException numberTaken(Briefing briefing) {
        return BusinessException.invalid("number", "publicity.briefing.number.taken", briefing.year(),
                briefing.number(), briefings.nextNumber(briefing.unitId(), briefing.year()));
    }

    /** 选取稿件: adds the unit's adopted submissions to the end, as adopted, their source unit named. */
    public int pick(Actor actor, long id, List<Long> submissionIds, Integer version) {
        Briefing briefing = visible(id, actor);
        List<Long> wanted = submissionIds == null ? List.of()
                : submissionIds.stream().filter(s -> s != null).distinct().toList();
        if (wanted.isEmpty()) {
            throw BusinessException.invalid("submissionIds", "publicity.briefing.pick.required");
        }
        List<BriefingCandidates.Adopted> found = adopted.find(briefing.unitId(), wanted);
        if (found.size() < wanted.size()) {
            throw BusinessException.invalid("submissionIds", "publicity.briefing.pick.notAdopted");
        }
        List<Briefing.Item> added = briefing.add(actor, found.stream().map(a -> new Briefing.Item(0,
                a.submissionId(), a.title(), RichText.sanitise(a.bodyHtml()), a.unitName())).toList());
        save(actor, briefing, version);
        audit.record(PICK, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.pick", briefing.year(), briefing.number(), added.size()),
                null, added.stream().map(Briefing.Item::title).toList());
        return added.size();
    }

    public void editItem(Actor actor, long itemId, EditItem command, Integer version) {
        Briefing briefing = visibleByItem(itemId, actor);
        Briefing.Item before = item(briefing, itemId);
        briefing.edit(actor, itemId, command);
        save(actor, briefing, version);
        audit.record(EDIT_ITEM, BriefingConfiguration.ENTITY, briefing.id(), briefing.unitPath(),
                messages.get("publicity.briefing.audit.item.edit", briefing.year(), briefing.number(),
                        item(briefing, itemId).title()), before, item(briefing, itemId));
    }

    public void moveItem(Actor actor, long itemId, Briefing.Direction direction, Integer version) {
        Briefing briefing = visibleByItem(itemId, actor);
        briefing.move(actor, itemId, direction);
        save(actor, briefing, version);
        audit.record(MOVE_ITEM, BriefingConfiguration.ENTITY, briefing.id(), briefing.unitPath(),
                messages.get("publicity.briefing.audit.item.move", briefing.year(), briefing.number(),
                        item(briefing, itemId).title()), null,
                briefing.items().stream().map(Briefing.Item::title).toList());
    }

    public long removeItem(Actor actor, long itemId, Integer version) {
        Briefing briefing = visibleByItem(itemId, actor);
        Briefing.Item removed = briefing.remove(actor, itemId);
        save(actor, briefing, version);
        audit.record(REMOVE_ITEM, BriefingConfiguration.ENTITY, briefing.id(), briefing.unitPath(),
                messages.get("publicity.briefing.audit.item.remove", briefing.year(), briefing.number(),
                        removed.title()), removed, null);
        return briefing.id();
    }

    /** 印发: checks that every adoption it prints still stands, prints the document once and keeps it. */
    public void issue(Actor actor, long id, Integer version) {
        Briefing briefing = visible(id, actor);
        briefing.requireIssuable(actor);
        for (Briefing.Item item : briefing.items()) {
            if (item.submissionId() != null && !adopted.stillAdopted(briefing.unitId(), item.submissionId())) {
                throw BusinessException.conflict("publicity.briefing.issue.withdrawn", item.title());
            }
        }
        if (version != null && version != briefing.version()) {
            throw new OptimisticLockingFailureException("publicity_briefing " + id);
        }
        Instant now = clock.instant();
        StoredFile document = files.store("document", filename(briefing), printer.render(briefing),
                Set.of(FileType.DOCX));
        briefing.issue(actor, document.id(), now);
        save(actor, briefing, version);
        audit.record(ISSUE, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.issue", briefing.year(), briefing.number()), null,
                summary(briefing));
    }

    /** 发布到门户: the issued briefing becomes an article of the 工作简报 column. */
    public long publish(Actor actor, long id, Integer version) {
        Briefing briefing = visible(id, actor);
        briefing.requirePublishable(actor);
        long article = publisher.publish(actor, new ArticlePublisher.PublishArticle(PortalColumn.BRIEFINGS,
                articleTitle(briefing), summaryText(briefing), articleBody(briefing), briefing.issuerName(), null,
                List.of(), null, null, false));
        briefing.published(actor, article);
        save(actor, briefing, version);
        audit.record(PUBLISH, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.publish", briefing.year(), briefing.number()), null,
                Map.of("articleId", article));
        return article;
    }

    public void delete(Actor actor, long id, Integer version) {
        Briefing briefing = visible(id, actor);
        briefing.requireDeletable(actor);
        briefings.delete(id, version == null ? briefing.version() : version);
        audit.record(DELETE, BriefingConfiguration.ENTITY, id, briefing.unitPath(),
                messages.get("publicity.briefing.audit.delete", briefing.year(), briefing.number()),
                summary(briefing), null);
    }

    /** The Word document: as issued (the same bytes every time), or, for a draft, printed now as a preview. */
    @Transactional(readOnly = true)
    public Document document(Actor actor, long id) {
        Briefing briefing = visible(id, actor);
        byte[] content = briefing.issued()
                ? files.content(briefing.documentFileId()).orElseThrow(
                        () -> BusinessException.notFound("publicity.briefing.notFound"))
                : printer.render(briefing);
        return new Document(filename(briefing), content);
    }

    public String filename(Briefing briefing) {
        return messages.get("publicity.briefing.file", briefing.title(), briefing.year(), briefing.number())
                .replaceAll("[\\\\/:*?\"<>|\\s]", "_") + ".docx";
    }

    String articleTitle(Briefing briefing) {
        return messages.get("publicity.briefing.article.title", briefing.title(), briefing.year(),
                briefing.number());
    }

    private String summaryText(Briefing briefing) {
        String text = briefing.editorNote().isBlank()
                ? messages.get("publicity.briefing.article.summary", briefing.issuerName(),
                        BriefingDocument.CHINESE_DATE.format(briefing.issueDate()), briefing.items().size())
                : briefing.editorNote().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** The article: the masthead line, 编者按, and each item with its title and source, as printed. */
    String articleBody(Briefing briefing) {
        StringBuilder html = new StringBuilder();
        html.append("<p>").append(esc(messages.get("publicity.briefing.article.meta", briefing.issuerName(),
                BriefingDocument.CHINESE_DATE.format(briefing.issueDate())))).append("</p>\n");
        if (!briefing.editorNote().isBlank()) {
            html.append("<p><strong>").append(esc(messages.get("publicity.briefing.editorNote.label")))
                    .append("</strong>");
            html.append(String.join("<br>", briefing.editorNote().lines().map(BriefingWorkflow::esc).toList()))
                    .append("</p>\n");
        }
        for (Briefing.Item item : briefing.items()) {
            html.append("<p><strong>").append(esc(item.title())).append("</strong></p>\n").append(item.bodyHtml());
            if (!item.sourceUnit().isBlank()) {
                html.append("<p>").append(esc(messages.get("publicity.briefing.item.source", item.sourceUnit())))
                        .append("</p>\n");
            }
        }
        return html.toString();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private void save(Actor actor, Briefing briefing, Integer version) {
        try {
            briefings.update(briefing, version, actor.accountId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw numberTaken(briefing);
        }
    }

    private static Briefing.Item item(Briefing briefing, long itemId) {
        return briefing.items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("publicity.briefing.item.notFound"));
    }

    private static Map<String, Object> summary(Briefing b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", b.year());
        m.put("number", b.number());
        m.put("title", b.title());
        m.put("issuerName", b.issuerName());
        m.put("issueDate", String.valueOf(b.issueDate()));
        m.put("status", b.status().name());
        m.put("items", b.items().size());
        return m;
    }
}
