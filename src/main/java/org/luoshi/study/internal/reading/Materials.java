package org.luoshi.study.internal.reading;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.ImportMaterial;
import org.luoshi.study.PasteMaterial;
import org.luoshi.study.RetitleMaterial;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 学习材料管理: a unit's administrators import a material (from Word or pasted) as a draft of their unit, preview it,
 * publish it to their subtree, retitle or withdraw it. Materials outside the actor's reach are "not found".
 */
@Service
public class Materials {

    static final String ENTITY = "STUDY_MATERIAL";
    /** A Word file beyond this is not a text to read on a phone. */
    static final int MAX_DOCX_BYTES = 20 * 1024 * 1024;

    private final MaterialRepository repository;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    Materials(MaterialRepository repository, AuditTrail audit, Messages messages, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public static boolean mayDraft(Actor actor) {
        return actor.mayManage();
    }

    public Page<MaterialRepository.MaterialRow> list(Actor actor, MaterialFilter filter, PageQuery page) {
        List<String> ancestors = MaterialRepository.ancestors(actor.scopePath());
        return Page.of(repository.page(actor.scopePath(), ancestors, filter, page),
                repository.count(actor.scopePath(), ancestors, filter), page);
    }

    /** Every matching material, for the Excel export; the caller closes the stream. */
    public Stream<MaterialRepository.MaterialRow> export(Actor actor, MaterialFilter filter) {
        return repository.stream(actor.scopePath(), MaterialRepository.ancestors(actor.scopePath()), filter);
    }

    /** A material of the actor's subtree (as the list shows it), or one published to the actor's unit. */
    public Material get(Actor actor, long id) {
        return repository.find(id).filter(m -> m.mayPreview(actor) || m.reaches(actor.unitPath()))
                .orElseThrow(() -> BusinessException.notFound("study.reading.material.notFound"));
    }

    @Transactional
    public Material paste(Actor actor, PasteMaterial command) {
        requireDrafter(actor);
        String title = MaterialText.title(command.title());
        String source = MaterialText.source(command.source());
        return create(actor, title, source, PastedOutline.read(command.text(), preamble()));
    }

    @Transactional
    public Material importDocx(Actor actor, ImportMaterial command) {
        requireDrafter(actor);
        if (command.file() == null || command.file().content() == null) {
            throw BusinessException.invalid("file", "study.reading.import.fileRequired");
        }
        String filename = command.file().filename();
        if (command.file().content().length > MAX_DOCX_BYTES) {
            throw BusinessException.invalid("file", "study.reading.import.tooLarge", MAX_DOCX_BYTES / 1024 / 1024);
        }
        List<SectionDraft> sections = DocxOutline.read(filename, command.file().content(), preamble());
        String title = command.title() == null || command.title().isBlank() ? baseName(filename) : command.title();
        return create(actor, MaterialText.title(title), MaterialText.source(command.source()), sections);
    }

    @Transactional
    public Material retitle(Actor actor, long id, RetitleMaterial command) {
        Material before = managed(actor, id);
        Material after = before.retitle(actor, command.title(), command.source());
        if (command.version() != null && command.version() != before.version()) {
            throw new OptimisticLockingFailureException("material " + id + " changed since " + command.version());
        }
        return save("STUDY_MATERIAL_UPDATED", actor, before, after);
    }

    @Transactional
    public Material publish(Actor actor, long id) {
        Material before = managed(actor, id);
        return save("STUDY_MATERIAL_PUBLISHED", actor, before, before.publish(actor, clock.instant()));
    }

    @Transactional
    public Material withdraw(Actor actor, long id) {
        Material before = managed(actor, id);
        return save("STUDY_MATERIAL_WITHDRAWN", actor, before, before.withdraw(actor));
    }

    private Material create(Actor actor, String title, String source, List<SectionDraft> sections) {
        Instant now = clock.instant();
        Long createdBy = actor.accountId() > 0 ? actor.accountId() : null; // the demo loader acts as nobody's account
        long id = repository.insert(actor.unitId(), actor.unitPath(), title, source, createdBy, now, sections);
        Material created = repository.find(id).orElseThrow();
        audit.record("STUDY_MATERIAL_CREATED", ENTITY, id, created.unitPath(), title, null, state(created));
        return created;
    }

    private Material save(String action, Actor actor, Material before, Material after) {
        if (!repository.update(after, clock.instant())) {
            throw new OptimisticLockingFailureException("material " + before.id() + " changed");
        }
        Material saved = repository.find(before.id()).orElseThrow();
        audit.record(action, ENTITY, saved.id(), saved.unitPath(), saved.title(), state(before), state(saved));
        return saved;
    }

    private Material managed(Actor actor, long id) {
        Material material = get(actor, id);
        if (!material.mayManage(actor)) {
            throw BusinessException.forbidden("error.forbidden");
        }
        return material;
    }

    private static void requireDrafter(Actor actor) {
        if (!mayDraft(actor)) {
            throw BusinessException.forbidden("error.forbidden");
        }
    }

    private String preamble() {
        return messages.get("study.reading.preamble");
    }

    private static String baseName(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".docx") ? name.substring(0, name.length() - 5) : name;
    }

    private static Map<String, Object> state(Material m) {
        return Map.of("title", m.title(), "source", m.source() == null ? "" : m.source(), "status", m.status(),
                "sections", m.sectionCount());
    }
}
