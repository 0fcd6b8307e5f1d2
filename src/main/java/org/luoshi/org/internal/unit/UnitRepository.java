package org.luoshi.org.internal.unit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.luoshi.org.UnitType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads units as aggregates. Subtree changes (move, merge) are set-based: one UPDATE rewrites the
 * path prefix of every unit and every member below, whatever the size of the subtree.
 */
@Repository
class UnitRepository {

    static final String COLUMNS = """
            id, parent_id, path, depth, status, merged_into_id, code, name, short_name, type, region_code,
            address, phone, email, version""";

    static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getLong("id"), (Long) rs.getObject("parent_id"),
            rs.getString("path"), rs.getInt("depth"), UnitStatus.valueOf(rs.getString("status")),
            (Long) rs.getObject("merged_into_id"),
            new UnitDetails(rs.getString("code"), rs.getString("name"), rs.getString("short_name"),
                    UnitType.valueOf(rs.getString("type")), rs.getString("region_code"), rs.getString("address"),
                    rs.getString("phone"), rs.getString("email")),
            rs.getInt("version"));

    private static final long NONE = -1;

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit, if it lies in the subtree {@code scope}; outside it, it does not exist for the caller. */
    Optional<Unit> findInScope(long id, String scope) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = :id and path like :scope || '%'")
                .param("id", id).param("scope", scope).query(UNIT).optional();
    }

    Optional<Unit> findByCodeInScope(String code, String scope) {
        return jdbc.sql("select " + COLUMNS + " from unit where code = :code and path like :scope || '%'")
                .param("code", code).param("scope", scope).query(UNIT).optional();
    }

    /** Locks the unit's row for the rest of the transaction, so two restructurings of one unit queue up. */
    Optional<Unit> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = ? for update").param(id).query(UNIT)
                .optional();
    }

    boolean codeTaken(String code, Long exceptId) {
        return jdbc.sql("select exists (select 1 from unit where code = :code and id <> :except)")
                .param("code", code).param("except", exceptId == null ? -1L : exceptId)
                .query(Boolean.class).single();
    }

    Set<UnitType> activeChildTypes(long id) {
        Set<UnitType> types = EnumSet.noneOf(UnitType.class);
        jdbc.sql("select distinct type from unit where parent_id = ? and status = 'ACTIVE'").param(id)
                .query(String.class).list().forEach(type -> types.add(UnitType.valueOf(type)));
        return types;
    }

    long activeChildCount(long id) {
        return jdbc.sql("select count(*) from unit where parent_id = ? and status = 'ACTIVE'").param(id)
                .query(Long.class).single();
    }

    long activeMemberCount(String path) {
        return jdbc.sql("select count(*) from member where unit_path like :path || '%' and status = 'ACTIVE'")
                .param("path", path).query(Long.class).single();
    }

    /** Inserts a child of {@code parent}; the id is drawn first so the path is right from the start. */
    long insert(UnitDetails d, Unit parent) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('unit', 'id'))").query(Long.class).single();
        jdbc.sql("""
                insert into unit (id, code, name, short_name, type, parent_id, path, depth, region_code,
                                  address, phone, email)
                values (:id, :code, :name, :shortName, :type, :parentId, :path, :depth, :regionCode,
                        :address, :phone, :email)
                """)
                .param("id", id).param("parentId", parent.id()).param("path", parent.path() + id + "/")
                .param("depth", parent.depth() + 1)
                .param("code", d.code()).param("name", d.name()).param("shortName", d.shortName())
                .param("type", d.type().name()).param("regionCode", d.regionCode()).param("address", d.address())
                .param("phone", d.phone()).param("email", d.email())
                .update();
        return id;
    }

    /** Saves the details if nobody saved the unit since {@code version} was read; false when someone did. */
    boolean update(long id, int version, UnitDetails d) {
        return jdbc.sql("""
                update unit set code = :code, name = :name, short_name = :shortName, type = :type,
                       region_code = :regionCode, address = :address, phone = :phone, email = :email,
                       version = version + 1, updated_at = now()
                 where id = :id and version = :version
                """)
                .param("id", id).param("version", version)
                .param("code", d.code()).param("name", d.name()).param("shortName", d.shortName())
                .param("type", d.type().name()).param("regionCode", d.regionCode()).param("address", d.address())
                .param("phone", d.phone()).param("email", d.email())
                .update() == 1;
    }

    /** Hangs {@code unit} under {@code newParent}: its subtree's paths and depths and its members' unit paths. */
    void moveSubtree(Unit unit, Unit newParent) {
        jdbc.sql("update unit set parent_id = :parent, version = version + 1 where id = :id")
                .param("parent", newParent.id()).param("id", unit.id()).update();
        rewritePaths(unit.path(), unit.pathUnder(newParent), newParent.depth() + 1 - unit.depth(), NONE);
        rewriteMemberPaths(unit.path(), unit.pathUnder(newParent));
    }

    /**
     * Moves everything of {@code from} to {@code into}: its members (their unit becomes the survivor), its child
     * units with their subtrees; then marks {@code from} as merged.
     */
    void merge(Unit from, Unit into) {
        // version + 1: a member form opened before the merge must not put the member back into the merged unit
        jdbc.sql("update member set unit_id = :into, version = version + 1, updated_at = now() where unit_id = :from")
                .param("into", into.id()).param("from", from.id()).update();
        jdbc.sql("update unit set parent_id = :into, version = version + 1 where parent_id = :from")
                .param("into", into.id()).param("from", from.id()).update();
        // descendants only: the merged unit keeps its own path, which stays unique and names it in history
        rewritePaths(from.path(), into.path(), into.depth() - from.depth(), from.id());
        rewriteMemberPaths(from.path(), into.path());
        jdbc.sql("""
                update unit set status = 'MERGED', merged_into_id = :into, version = version + 1,
                       updated_at = now() where id = :from
                """).param("into", into.id()).param("from", from.id()).update();
    }

    /** Every child, whatever its status: a merge hangs them all under the survivor. */
    List<Long> childIds(long parentId) {
        return jdbc.sql("select id from unit where parent_id = ? order by id").param(parentId).query(Long.class)
                .list();
    }

    void markDissolved(long id) {
        jdbc.sql("update unit set status = 'DISSOLVED', version = version + 1, updated_at = now() where id = ?")
                .param(id).update();
    }

    private void rewritePaths(String oldPrefix, String newPrefix, int depthDelta, long exceptId) {
        jdbc.sql("""
                update unit set path = :newPrefix || substring(path from length(:oldPrefix) + 1),
                       depth = depth + :delta, updated_at = now()
                 where path like :oldPrefix || '%' and id <> :except
                """)
                .param("newPrefix", newPrefix).param("oldPrefix", oldPrefix).param("delta", depthDelta)
                .param("except", exceptId).update();
    }

    private void rewriteMemberPaths(String oldPrefix, String newPrefix) {
        jdbc.sql("""
                update member set unit_path = :newPrefix || substring(unit_path from length(:oldPrefix) + 1)
                 where unit_path like :oldPrefix || '%'
                """)
                .param("newPrefix", newPrefix).param("oldPrefix", oldPrefix).update();
    }
}
