package org.luoshi.plan.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.FileStore;
import org.luoshi.shared.files.FileType;
import org.luoshi.shared.files.StoredFile;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writing a plan: the draft, its item tree and attachments, and the Word import that starts one. */
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

    PlanDrafts(PlanRepository plans, PlanAccess access, FileStore files, AuditTrail audit, Messages messages) {
        this.plans = plans;
        this.access = access;
        this.files = files;
        this.audit = audit;
        this.messages = messages;
    }

    public long create(Actor actor, PlanForm form) {
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("plan.notIssuer");
        }
        Plan plan = Plan.draft(actor, form);
        long id = insert(plan, actor);
        audit.record("plan.create", "plan", id, actor.unitPath(), messages.get("plan.audit.create", plan.title()),
                null, Map.of("title", plan.title()));
        return id;
    }

    public void update(Actor actor, long planId, PlanForm form) {
        Plan plan = editable(actor, planId, form.getVersion());
        String before = plan.title();
        plan.edit(actor, form);
        requireUniqueNumber(plan);
        try {
            plans.update(plan);
        } catch (DuplicateKeyException e) {
            throw duplicateNumber(plan);
        }
        audit.record("plan.update", "plan", planId, plan.issuerPath(), messages.get("plan.audit.update", plan.title()),
                Map.of("title", before), Map.of("title", plan.title()));
    }

    public long addItem(Actor actor, long planId, ItemForm form) {
        Plan plan = editable(actor, planId, form.getVersion());
        validate(planId, null, form);
        long itemId = plans.insertItem(planId, form);
        changed(plan, "plan.item.add", form.getTitle());
        return itemId;
    }

    public void updateItem(Actor actor, long planId, long itemId, ItemForm form) {
        Plan plan = editable(actor, planId, form.getVersion());
        item(planId, itemId);
        validate(planId, itemId, form);
        plans.updateItem(itemId, form);
        changed(plan, "plan.item.update", form.getTitle());
    }

    public void moveItem(Actor actor, long planId, long itemId, boolean up, Integer version) {
        Plan plan = editable(actor, planId, version);
        PlanItem item = item(planId, itemId);
        plans.move(item, up);
        changed(plan, "plan.item.move", item.title());
    }

    public void removeItem(Actor actor, long planId, long itemId, Integer version) {
        Plan plan = editable(actor, planId, version);
        PlanItem item = item(planId, itemId);
        plans.deleteItem(itemId);
        changed(plan, "plan.item.remove", item.title());
    }

    public StoredFile attach(Actor actor, long planId, String filename, byte[] content, Integer version) {
        Plan plan = editable(actor, planId, version);
        StoredFile file = files.store("file", filename, content, ATTACHMENT_TYPES);
        plans.attach(planId, file.id());
        changed(plan, "plan.attachment.add", file.filename());
        return file;
    }

    public void detach(Actor actor, long planId, long fileId, Integer version) {
        Plan plan = editable(actor, planId, version);
        if (!plans.detach(planId, fileId)) {
            throw BusinessException.notFound("plan.file.notFound");
        }
        changed(plan, "plan.attachment.remove", String.valueOf(fileId));
    }

    /** 从 Word 创建: the document's title, preamble and numbered headings become a draft with its item tree. */
    public long importDocx(Actor actor, String title, String filename, byte[] content) {
        if (content == null || content.length == 0 || FileType.detect(content).filter(FileType.DOCX::equals).isEmpty()) {
            throw BusinessException.invalid("file", "plan.import.notDocx", filename == null ? "" : filename);
        }
        PlanOutline.Outline outline = PlanOutline.parse(paragraphs(content, filename));
        PlanForm form = new PlanForm();
        form.setTitle(title == null || title.isBlank() ? outline.title() : title);
        form.setBodyHtml(RichText.paragraphs(outline.preamble()));
        long planId = create(actor, form);
        insertHeadings(planId, outline.headings(), null);
        return planId;
    }

    /** Adds outline headings as items; {@code due} makes the level-2 items actionable (the demo plan's shape). */
    void insertHeadings(long planId, List<PlanOutline.Heading> headings, java.util.function.Function<Integer,
            ItemForm> actionable) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            PlanOutline.Heading heading = headings.get(i);
            ItemForm item = actionable == null ? new ItemForm() : actionable.apply(i);
            item.setParentId(heading.parent() == null ? null : ids.get(heading.parent()));
            item.setNumbering(heading.numbering());
            item.setTitle(heading.title().isBlank() ? heading.numbering() : heading.title());
            item.setBody(String.join("\n", heading.body()));
            ids.add(plans.insertItem(planId, item));
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
            return plans.insert(plan, actor);
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

    private void changed(Plan plan, String action, String what) {
        plans.touch(plan.id(), plan.version());
        audit.record(action, "plan", plan.id(), plan.issuerPath(), messages.get("plan.audit." + action.substring(5),
                plan.title(), what), null, null);
    }

    private PlanItem item(long planId, long itemId) {
        return plans.item(planId, itemId).orElseThrow(() -> BusinessException.notFound("plan.item.notFound"));
    }

    private void validate(long planId, Long itemId, ItemForm form) {
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            throw BusinessException.invalid("title", "plan.item.title.required");
        }
        if (form.getTitle().strip().length() > 300) {
            throw BusinessException.invalid("title", "plan.title.tooLong", 300);
        }
        if (form.getNumbering() != null && form.getNumbering().strip().length() > 20) {
            throw BusinessException.invalid("numbering", "plan.item.numbering.tooLong", 20);
        }
        if (form.isActionable() && form.getDueOn() == null) {
            throw BusinessException.invalid("dueOn", "plan.item.dueOn.required");
        }
        if (form.isActionable() && form.getTargetQuantity() != null && form.getTargetQuantity() < 1) {
            throw BusinessException.invalid("targetQuantity", "plan.item.target.positive");
        }
        if (form.getTargetUnit() != null && form.getTargetUnit().strip().length() > 20) {
            throw BusinessException.invalid("targetUnit", "plan.item.targetUnit.tooLong", 20);
        }
        if (form.getParentId() != null) {
            requireParent(planId, itemId, form.getParentId());
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
