package org.luoshi.plan.internal;

import org.luoshi.shared.text.RichText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.ItemDraft;
import org.luoshi.plan.PlanDraft;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing a plan: the draft, its item tree and attachments, and the Word import that starts one. Every change is
 * audited with the state before and after it.
 */
@Service
@Transactional
public class PlanDrafts {

    static final Set<FileType> ATTACHMENT_TYPES = Set.of(FileType.DOCX, FileType.PDF, FileType.PNG, FileType.JPEG,
            FileType.GIF, FileType.WEBP);

    private final PlanRepository plans;
    private final PlanAccess access;
    private final FileStore files;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    PlanDrafts(PlanRepository plans, PlanAccess access, FileStore files, AuditTrail audit, Messages messages,
            Clock clock) {
        this.plans = plans;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public long create(Actor actor, PlanDraft draft) {
        Plan plan = Plan.draft(actor, draft);
        long id = insert(plan, actor);
        audit.record("plan.create", "plan", id, actor.unitPath(), messages.get("plan.audit.create", plan.title()),
                null, state(plan));
        return id;
    }

    public void update(Actor actor, long planId, PlanDraft draft, Integer version) {
        Plan plan = editable(actor, planId, version);
        Map<String, Object> before = state(plan);
        plan.edit(actor, draft);
        requireUniqueNumber(plan);
        try {
            plans.update(plan, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateNumber(plan);
        }
        audit.record("plan.update", "plan", planId, plan.issuerPath(), messages.get("plan.audit.update", plan.title()),
                before, state(plan));
    }

    public long addItem(Actor actor, long planId, ItemDraft draft, Integer version) {
        Plan plan = editable(actor, planId, version);
        validate(planId, null, draft);
        long itemId = plans.insertItem(planId, draft);
        changed(plan, "plan.item.add", draft.title(), null, state(item(planId, itemId)));
        return itemId;
    }

    public void updateItem(Actor actor, long planId, long itemId, ItemDraft draft, Integer version) {
        Plan plan = editable(actor, planId, version);
        PlanItem before = item(planId, itemId);
        validate(planId, itemId, draft);
        plans.updateItem(itemId, draft);
        changed(plan, "plan.item.update", draft.title(), state(before), state(item(planId, itemId)));
    }

    public void moveItem(Actor actor, long planId, long itemId, boolean up, Integer version) {
        Plan plan = editable(actor, planId, version);
        PlanItem item = item(planId, itemId);
        plans.move(item, up);
        changed(plan, "plan.item.move", item.title(), Map.of("sortOrder", item.sortOrder()),
                Map.of("sortOrder", item(planId, itemId).sortOrder()));
    }

    /** Removes the item with the items below it (the database cascades); the audit keeps what was removed. */
    public void removeItem(Actor actor, long planId, long itemId, Integer version) {
        Plan plan = editable(actor, planId, version);
        PlanItem item = item(planId, itemId);
        plans.deleteItem(itemId);
        changed(plan, "plan.item.remove", item.title(), state(item), null);
    }

    public StoredFile attach(Actor actor, long planId, Upload upload, Integer version) {
        Plan plan = editable(actor, planId, version);
        StoredFile file = files.store("file", upload.filename(), upload.content(), ATTACHMENT_TYPES);
        plans.attach(planId, file.id());
        changed(plan, "plan.attachment.add", file.filename(), null, state(file));
        return file;
    }

    public void detach(Actor actor, long planId, long fileId, Integer version) {
        Plan plan = editable(actor, planId, version);
        StoredFile file = plans.attachments(planId).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("plan.file.notFound"));
        plans.detach(planId, fileId);
        changed(plan, "plan.attachment.remove", file.filename(), state(file), null);
    }

    /** 从 Word 创建: the document's title, preamble and numbered headings become a draft with its item tree. */
    public long importDocx(Actor actor, String title, Upload upload) {
        Plan.requireMayDraft(actor);
        byte[] content = upload.content();
        String filename = upload.filename() == null ? "" : upload.filename();
        if (content == null || content.length == 0 || FileType.detect(content).filter(FileType.DOCX::equals).isEmpty()) {
            throw BusinessException.invalid("file", "plan.import.notDocx", filename);
        }
        PlanOutline.Outline outline = PlanOutline.parse(paragraphs(content, filename));
        long planId = create(actor, new PlanDraft(title == null || title.isBlank() ? outline.title() : title, null,
                null, RichText.paragraphs(outline.preamble())));
        insertHeadings(planId, outline.headings(), index -> null);
        return planId;
    }

    /**
     * Adds outline headings as items; {@code actionable} gives, by the heading's index, what makes an item
     * actionable (due date, evidence, target), or null for a plain heading (the demo plan's shape).
     */
    void insertHeadings(long planId, List<PlanOutline.Heading> headings,
            java.util.function.IntFunction<ItemDraft> actionable) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            PlanOutline.Heading heading = headings.get(i);
            ItemDraft work = actionable.apply(i);
            ids.add(plans.insertItem(planId, new ItemDraft(heading.parent() == null ? null : ids.get(heading.parent()),
                    heading.numbering(), heading.title().isBlank() ? heading.numbering() : heading.title(),
                    String.join("\n", heading.body()), work != null, work == null ? null : work.dueOn(),
                    work == null ? List.of() : work.evidenceKinds(), work == null ? null : work.targetQuantity(),
                    work == null ? null : work.targetUnit())));
        }
    }

    private static List<String> paragraphs(byte[] content, String filename) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        } catch (IOException | RuntimeException e) {
            throw BusinessException.invalid("file", "plan.import.notDocx", filename == null ? "" : filename);
        }
    }

    private long insert(Plan plan, Actor actor) {
        requireUniqueNumber(plan);
        try {
            return plans.insert(plan, actor, clock.instant());
        } catch (DuplicateKeyException e) {
            throw duplicateNumber(plan);
        }
    }

    private void requireUniqueNumber(Plan plan) {
        if (plans.docNumberTaken(plan)) {
            throw duplicateNumber(plan);
        }
    }

    private static BusinessException duplicateNumber(Plan plan) {
        return BusinessException.invalid("docNumber", "plan.docNumber.taken", plan.docNumber());
    }

    private Plan editable(Actor actor, long planId, Integer version) {
        Plan plan = access.visible(planId, actor);
        plan.requireEditableBy(actor);
        if (version != null && version != plan.version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException("plan " + planId + " changed");
        }
        return plan;
    }

    private void changed(Plan plan, String action, String what, Map<String, Object> before,
            Map<String, Object> after) {
        plans.touch(plan.id(), plan.version(), clock.instant());
        audit.record(action, "plan", plan.id(), plan.issuerPath(), messages.get("plan.audit." + action.substring(5),
                plan.title(), what), before, after);
    }

    private static Map<String, Object> state(Plan plan) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", plan.title());
        state.put("docNumber", plan.docNumber());
        state.put("issuedOn", plan.issuedOn());
        state.put("body", plan.bodyHtml());
        return state;
    }

    private static Map<String, Object> state(PlanItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("item", item.id());
        state.put("parent", item.parentId());
        state.put("numbering", item.numbering());
        state.put("title", item.title());
        state.put("body", item.body());
        state.put("actionable", item.actionable());
        state.put("dueOn", item.dueOn());
        state.put("evidenceKinds", item.evidenceKinds());
        state.put("targetQuantity", item.targetQuantity());
        state.put("targetUnit", item.targetUnit());
        return state;
    }

    private static Map<String, Object> state(StoredFile file) {
        return Map.of("file", file.id(), "filename", file.filename(), "size", file.sizeBytes());
    }

    private PlanItem item(long planId, long itemId) {
        return plans.item(planId, itemId).orElseThrow(() -> BusinessException.notFound("plan.item.notFound"));
    }

    private void validate(long planId, Long itemId, ItemDraft form) {
        if (form.title() == null || form.title().isBlank()) {
            throw BusinessException.invalid("title", "plan.item.title.required");
        }
        if (form.title().strip().length() > 300) {
            throw BusinessException.invalid("title", "plan.title.tooLong", 300);
        }
        if (form.numbering() != null && form.numbering().strip().length() > 20) {
            throw BusinessException.invalid("numbering", "plan.item.numbering.tooLong", 20);
        }
        if (form.actionable() && form.dueOn() == null) {
            throw BusinessException.invalid("dueOn", "plan.item.dueOn.required");
        }
        if (form.actionable() && form.targetQuantity() != null && form.targetQuantity() < 1) {
            throw BusinessException.invalid("targetQuantity", "plan.item.target.positive");
        }
        if (form.targetUnit() != null && form.targetUnit().strip().length() > 20) {
            throw BusinessException.invalid("targetUnit", "plan.item.targetUnit.tooLong", 20);
        }
        if (form.evidenceKinds().stream().anyMatch(Objects::isNull)) {
            throw BusinessException.invalid("evidenceKinds", "plan.item.evidenceKinds.unknown");
        }
        if (form.parentId() != null) {
            requireParent(planId, itemId, form.parentId());
        }
    }

    /** The parent must be in the same plan and must not be the item itself or one of its descendants. */
    private void requireParent(long planId, Long itemId, long parentId) {
        Long cursor = parentId;
        while (cursor != null) {
            if (cursor.equals(itemId)) {
                throw BusinessException.invalid("parentId", "plan.item.parent.cycle");
            }
            cursor = plans.item(planId, cursor)
                    .orElseThrow(() -> BusinessException.invalid("parentId", "plan.item.parent.unknown")).parentId();
        }
    }

}
