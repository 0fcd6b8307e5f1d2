package org.luoshi.org;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The organisation tree as other modules may read it. */
public interface UnitDirectory {

    Optional<UnitRef> find(long id);

    /** The units with these ids, by id, in one query (ids not found are missing from the map). */
    Map<Long, UnitRef> findAll(Collection<Long> ids);

    Optional<UnitRef> findByCode(String code);

    /** The root unit (the national body). */
    UnitRef root();

    /** Direct children, active ones only, in display order. */
    List<UnitRef> children(long parentId);

    /**
     * The active units below {@code scopePath} (not the unit at {@code scopePath} itself) whose type is one of
     * {@code types}, in path order: the targets of anything sent down a subtree, thousands at once, in one query.
     */
    List<UnitRef> subtree(String scopePath, Set<UnitType> types);

    /** The unit and its ancestors, root first: for breadcrumbs and lineage. */
    List<UnitRef> lineage(long id);

    /** The unit's contact e-mail address, where notifications for the unit are also sent. */
    Optional<String> email(long unitId);
}
