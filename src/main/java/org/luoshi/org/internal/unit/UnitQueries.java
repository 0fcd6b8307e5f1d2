package org.luoshi.org.internal.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.luoshi.org.OrgOverview;
import org.luoshi.org.UnitType;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read models of the tree: one level of children for the lazily expanded tree, the searchable list, a unit's
 * children with their member counts. Every query is bounded: a level of the tree or a page of the list, never the
 * whole subtree, so the pages stay fast with 5,000 units and 2,000,000 members.
 */
@Component
public class UnitQueries {

    /** One entry of the tree. */
    public record TreeNode(long id, String code, String name, String shortName, UnitType type, UnitStatus status,
            boolean hasChildren) {
    }

    /** One row of the searchable list and of the export. */
    public record UnitRow(long id, String code, String name, String shortName, UnitType type, UnitStatus status,
            String regionCode, String parentCode, String parentName, String address, String phone, String email) {
    }

    /** A child on its parent's page: how many units and active members its subtree holds. */
    public record ChildRow(long id, String code, String name, UnitType type, UnitStatus status, long childCount,
            long memberCount) {
    }

    /*
     * Subtree of a row's own path, written as a range so the planner can use the path index row by row: paths
     * under '/1/23/' are exactly those >= '/1/23/' and < '/1/230' ('0' follows '/' in the "C" collation).
     */
    private static final String UNDER = " >= %1$s.path and %2$s < left(%1$s.path, -1) || '0'";

    private final JdbcClient jdbc;
    private final OrgOverview overview;

    UnitQueries(JdbcClient jdbc, OrgOverview overview) {
        this.jdbc = jdbc;
        this.overview = overview;
    }

    public TreeNode node(Unit unit) {
        return new TreeNode(unit.id(), unit.details().code(), unit.name(), unit.details().shortName(), unit.type(),
                unit.status(), hasChildren(unit.id()));
    }

    public List<TreeNode> children(long parentId, boolean includeInactive) {
        return jdbc.sql("""
                select u.id, u.code, u.name, u.short_name, u.type, u.status,
                       exists (select 1 from unit c where c.parent_id = u.id %s) as has_children
                  from unit u
                 where u.parent_id = :parent %s
                 order by u.sort_order, u.id
                """.formatted(includeInactive ? "" : "and c.status = 'ACTIVE'",
                includeInactive ? "" : "and u.status = 'ACTIVE'"))
                .param("parent", parentId)
                .query((rs, i) -> new TreeNode(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getString("short_name"), UnitType.valueOf(rs.getString("type")),
                        UnitStatus.valueOf(rs.getString("status")), rs.getBoolean("has_children")))
                .list();
    }

    public List<ChildRow> childrenWithCounts(long parentId, boolean includeInactive) {
        return jdbc.sql("""
                select u.id, u.code, u.name, u.type, u.status,
                       (select count(*) from unit c where c.parent_id = u.id and c.status = 'ACTIVE') as child_count,
                       (select coalesce(sum(n.members), 0) from unit_member_count n join unit d on d.id = n.unit_id
                         where n.status = 'ACTIVE' and d.path %s) as member_count
                  from unit u
                 where u.parent_id = :parent %s
                 order by u.sort_order, u.id
                """.formatted(UNDER.formatted("u", "d.path"), includeInactive ? "" : "and u.status = 'ACTIVE'"))
                .param("parent", parentId)
                .query((rs, i) -> new ChildRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        UnitType.valueOf(rs.getString("type")), UnitStatus.valueOf(rs.getString("status")),
                        rs.getLong("child_count"), rs.getLong("member_count")))
                .list();
    }

    /** Active members of the whole subtree, from the per-unit counters (V63) as the work bench counts them. */
    public long subtreeMemberCount(Unit unit) {
        return overview.memberCount(unit.path());
    }

    /** Active members whose own unit is this one. */
    public long directMemberCount(Unit unit) {
        return jdbc.sql("select coalesce(sum(members), 0) from unit_member_count where unit_id = :id and status = 'ACTIVE'")
                .param("id", unit.id()).query(Long.class).single();
    }

    public Page<UnitRow> search(String scope, UnitSearch search, PageQuery page) {
        Filter filter = filter(scope, search);
        long total = jdbc.sql("select count(*) from unit u where " + filter.where).params(filter.params)
                .query(Long.class).single();
        List<UnitRow> rows = jdbc.sql(SELECT_ROWS + filter.where + " order by " + search.orderBy()
                + " limit :limit offset :offset")
                .params(filter.params).param("limit", page.size()).param("offset", page.offset())
                .query(this::row).list();
        return Page.of(rows, total, page);
    }

    /** The whole filtered list, for the Excel export; read as a stream so memory stays flat. */
    public Stream<UnitRow> export(String scope, UnitSearch search) {
        Filter filter = filter(scope, search);
        return jdbc.sql(SELECT_ROWS + filter.where + " order by " + search.orderBy()).params(filter.params)
                .query(this::row).stream();
    }

    /** The parent is named only when it lies in the actor's scope, like the breadcrumb. */
    private static final String SELECT_ROWS = """
            select u.id, u.code, u.name, u.short_name, u.type, u.status, u.region_code, u.address, u.phone,
                   u.email, p.code as parent_code, p.name as parent_name
              from unit u left join unit p on p.id = u.parent_id and p.path like :scope || '%'
             where\s""";

    private UnitRow row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")), UnitStatus.valueOf(rs.getString("status")),
                rs.getString("region_code"), rs.getString("parent_code"), rs.getString("parent_name"),
                rs.getString("address"), rs.getString("phone"), rs.getString("email"));
    }

    private record Filter(String where, Map<String, Object> params) {
    }

    private static Filter filter(String scope, UnitSearch search) {
        List<String> conditions = new ArrayList<>(List.of("u.path like :scope || '%'"));
        Map<String, Object> params = new LinkedHashMap<>(Map.of("scope", scope));
        if (search.q() != null) {
            conditions.add("(u.name ilike :like or u.short_name ilike :like or u.code ilike :like)");
            params.put("like", "%" + escapeLike(search.q()) + "%");
        }
        if (search.type() != null) {
            conditions.add("u.type = :type");
            params.put("type", search.type().name());
        }
        if (!search.includeInactive()) {
            conditions.add("u.status = 'ACTIVE'");
        }
        return new Filter(String.join(" and ", conditions), params);
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private boolean hasChildren(long id) {
        return jdbc.sql("select exists (select 1 from unit where parent_id = ? and status = 'ACTIVE')").param(id)
                .query(Boolean.class).single();
    }
}
