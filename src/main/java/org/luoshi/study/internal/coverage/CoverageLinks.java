package org.luoshi.study.internal.coverage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.luoshi.audit.AuditTrail;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.plan.WorkCounted;
import org.luoshi.plan.WorkUncounted;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 计入落实 for coverage: linking a material's coverage over the unit's subtree to a plan item with a target in %,
 * counting it (WorkCounted, in the link's transaction), counting it again as members read, and unlinking it.
 */
@Service
public class CoverageLinks {

    static final String ENTITY = "READING_COVERAGE_LINK";
    private static final String PERCENT = "%";
    private static final String SELECT = """
            select l.id, l.unit_id, l.unit_path, l.material_id, m.title, l.plan_id, l.item_id, l.counted_percent,
                   l.counted_at, l.created_at
              from reading_coverage_link l join study_material m on m.id = l.material_id
            """;

    private final JdbcClient jdbc;
    private final CoverageQueries queries;
    private final LinkableItems linkable;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Messages messages;
    private final Clock clock;

    CoverageLinks(JdbcClient jdbc, CoverageQueries queries, LinkableItems linkable, UnitDirectory units,
            ApplicationEventPublisher events, AuditTrail audit, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.linkable = linkable;
        this.units = units;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The unit's items a coverage may count toward: those whose target is in %. */
    public List<LinkableItem> items(Actor actor) {
        return linkable.of(actor.unitId()).stream().filter(CoverageLinks::inPercent).toList();
    }

    /** The names of the unit's linkable items (plan and item), by item id: to name the links on a page. */
    public Map<Long, String> labels(long unitId) {
        Map<Long, String> labels = new java.util.HashMap<>();
        linkable.of(unitId).forEach(i -> labels.put(i.item().itemId(),
                messages.get("coverage.link.label", i.planTitle(), i.label())));
        return labels;
    }

    private static boolean inPercent(LinkableItem item) {
        return item.hasTarget() && PERCENT.equals(item.targetUnit() == null ? null : item.targetUnit().trim());
    }

    /** The links of the actor's subtree, newest first. */
    @Transactional(readOnly = true)
    public Page<CoverageLink> list(Actor actor, Long materialId, PageQuery page) {
        String where = " where l.unit_path like :scope || '%' and (cast(:material as bigint) is null"
                + " or l.material_id = :material)";
        long total = jdbc.sql("select count(*) from reading_coverage_link l" + where)
                .param("scope", actor.scopePath()).param("material", materialId).query(Long.class).single();
        List<CoverageLink> rows = jdbc.sql(SELECT + where + " order by l.id desc limit :limit offset :offset")
                .param("scope", actor.scopePath()).param("material", materialId).param("limit", page.size())
                .param("offset", page.offset()).query(CoverageLinks::row).list();
        return Page.of(rows, total, page);
    }

    @Transactional(readOnly = true)
    public CoverageLink find(Actor actor, long id) {
        return jdbc.sql(SELECT + " where l.id = :id and l.unit_path like :scope || '%'").param("id", id)
                .param("scope", actor.scopePath()).query(CoverageLinks::row).optional()
                .orElseThrow(() -> BusinessException.notFound("coverage.link.notFound"));
    }

    /** Links the material's coverage over the actor's unit to the item, and counts it at once. */
    @Transactional
    public CoverageLink link(Actor actor, Long materialId, Long itemId) {
        if (!CoverageLink.mayLink(actor)) {
            throw BusinessException.forbidden("coverage.link.forbidden");
        }
        if (materialId == null) {
            throw BusinessException.invalid("materialId", "coverage.link.material.required");
        }
        if (itemId == null) {
            throw BusinessException.invalid("itemId", "coverage.link.item.required");
        }
        CoverageScope scope = queries.scope(actor, materialId, actor.unitId())
                .orElseThrow(() -> BusinessException.invalid("materialId", "coverage.link.material.unknown"));
        LinkableItem item = linkable.find(actor.unitId(), itemId).filter(CoverageLinks::inPercent)
                .orElseThrow(() -> BusinessException.invalid("itemId", "coverage.link.item.notLinkable"));
        Instant now = clock.instant();
        long id;
        try {
            id = jdbc.sql("""
                    insert into reading_coverage_link (unit_id, unit_path, material_id, plan_id, item_id, created_by,
                                                       created_at)
                    values (:unit, :path, :material, :plan, :item, :by, :now) returning id
                    """).param("unit", actor.unitId()).param("path", scope.unit().path())
                    .param("material", materialId).param("plan", item.item().planId())
                    .param("item", item.item().itemId()).param("by", actor.accountId())
                    .param("now", Timestamp.from(now)).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw BusinessException.invalid("itemId", "coverage.link.item.taken", item.label());
        }
        CoverageLink link = count(find(actor, id), scope, now, true);
        audit.record("COVERAGE_LINKED", ENTITY, id, scope.unit().path(),
                messages.get("coverage.audit.linked", scope.material().title(), item.label()), null,
                Map.of("materialId", materialId, "itemId", itemId, "percent", link.countedPercent()));
        return link;
    }

    @Transactional
    public void unlink(Actor actor, long id) {
        CoverageLink link = find(actor, id);
        if (!link.mayUnlink(actor)) {
            throw BusinessException.forbidden("coverage.link.unlinkForbidden");
        }
        jdbc.sql("delete from reading_coverage_link where id = :id").param("id", id).update();
        events.publishEvent(WorkUncounted.of(counted(link, link.countedPercent() == null ? 0
                : link.countedPercent()), clock.instant()));
        audit.record("COVERAGE_UNLINKED", ENTITY, id, link.unitPath(),
                messages.get("coverage.audit.unlinked", link.materialTitle()),
                Map.of("materialId", link.materialId(), "itemId", link.item().itemId()), null);
    }

    /**
     * Counts one link again: publishes WorkCounted when its share changed (or was never counted). Runs in the
     * caller's transaction.
     */
    public boolean recount(long id) {
        Optional<CoverageLink> found = jdbc.sql(SELECT + " where l.id = :id for update of l").param("id", id)
                .query(CoverageLinks::row).optional();
        if (found.isEmpty()) {
            return false;
        }
        CoverageLink link = found.get();
        Optional<UnitRef> unit = units.find(link.unitId());
        Optional<CoverageMaterial> material = queries.material(link.materialId());
        if (unit.isEmpty() || material.isEmpty()) {
            return false;
        }
        CoverageLink after = count(link, new CoverageScope(material.get(), unit.get()), clock.instant(), false);
        return after != link;
    }

    private CoverageLink count(CoverageLink link, CoverageScope scope, Instant now, boolean always) {
        int percent = queries.total(scope).finishedPercent();
        if (!always && link.countedPercent() != null && link.countedPercent() == percent) {
            return link;
        }
        events.publishEvent(counted(link, percent));
        jdbc.sql("update reading_coverage_link set counted_percent = :percent, counted_at = :now where id = :id")
                .param("percent", percent).param("now", Timestamp.from(now)).param("id", link.id()).update();
        return new CoverageLink(link.id(), link.unitId(), link.unitPath(), link.materialId(), link.materialTitle(),
                link.item(), percent, now, link.createdAt());
    }

    private WorkCounted counted(CoverageLink link, int percent) {
        return new WorkCounted(link.unitId(), link.item(), CoverageLink.KIND, link.id(), percent,
                messages.get("coverage.work.title", link.materialTitle()), link.link(), clock.instant());
    }

    /** Ids of every link, for the scheduled recount. */
    List<Long> allIds() {
        return jdbc.sql("select id from reading_coverage_link order by id").query(Long.class).list();
    }

    private static CoverageLink row(ResultSet rs, int i) throws SQLException {
        Timestamp counted = rs.getTimestamp("counted_at");
        return new CoverageLink(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_path"),
                rs.getLong("material_id"), rs.getString("title"),
                new ItemRef(rs.getLong("plan_id"), rs.getLong("item_id")),
                (Integer) rs.getObject("counted_percent"), counted == null ? null : counted.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }
}
