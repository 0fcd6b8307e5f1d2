package org.luoshi.study.internal.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The leading groups of a subtree, paged and filtered in SQL; unit names looked up once per page. */
@Component
public class LeadingGroupQueries {

    static final int EXPORT_MAX = 100_000;
    private static final String FROM = """
             from study_group g
            where g.unit_path like :scope || '%'
              and (cast(:plan as bigint) is null or g.plan_id = :plan)
              and (cast(:doc as boolean) is null or (g.document_id is not null) = :doc)
            """;
    private static final String COLUMNS = """
            select g.id, g.unit_id, g.plan_id, g.plan_title, g.set_up_on, g.document_id is not null as has_document,
                   g.item_id is not null as counted,
                   (select count(*) from study_group_seat s where s.group_id = g.id) as seats,
                   (select s.name from study_group_seat s where s.group_id = g.id and s.role = 'HEAD'
                     order by s.sort_order, s.id limit 1) as head_name
            """;

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    LeadingGroupQueries(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public Page<GroupRow> list(Actor actor, GroupFilter filter, PageQuery page) {
        String scope = scope(actor, filter);
        long total = statement("select count(*)" + FROM, scope, filter).query(Long.class).single();
        List<Raw> rows = statement(COLUMNS + FROM + " order by g.unit_path, g.plan_id limit :limit offset :offset",
                scope, filter).param("limit", page.size()).param("offset", page.offset()).query(Raw.class).list();
        return Page.of(named(rows), total, page);
    }

    /** Every group of the filter, for an export: names looked up in batches as the rows stream. */
    public Stream<GroupRow> export(Actor actor, GroupFilter filter) {
        String scope = scope(actor, filter);
        List<Raw> rows = statement(COLUMNS + FROM + " order by g.unit_path, g.plan_id limit " + EXPORT_MAX, scope,
                filter).query(Raw.class).list();
        return named(rows).stream();
    }

    private String scope(Actor actor, GroupFilter filter) {
        if (filter.unitId() == null) {
            return actor.scopePath();
        }
        return units.find(filter.unitId()).filter(unit -> actor.covers(unit.path())).map(UnitRef::path)
                .orElseThrow(() -> BusinessException.notFound("study.group.unit.notFound"));
    }

    private JdbcClient.StatementSpec statement(String sql, String scope, GroupFilter filter) {
        return jdbc.sql(sql).param("scope", scope).param("plan", filter.planId())
                .param("doc", filter.hasDocument());
    }

    private List<GroupRow> named(List<Raw> rows) {
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(Raw::unitId).distinct().toList());
        return rows.stream().map(r -> new GroupRow(r.id(), r.unitId(),
                names.containsKey(r.unitId()) ? names.get(r.unitId()).name() : "", r.planId(), r.planTitle(),
                r.setUpOn(), r.headName(), r.seats(), r.hasDocument(), r.counted())).toList();
    }

    record Raw(long id, long unitId, long planId, String planTitle, LocalDate setUpOn, boolean hasDocument,
            boolean counted, int seats, String headName) {
    }
}
