package org.luoshi.org;

/**
 * Unit {@code unitId} now hangs elsewhere in the tree (迁移): the paths of it and its whole subtree changed from the
 * prefix {@code oldPath} to {@code newPath}. Published by a move, and by a merge for each child of the merged unit
 * (its subtree changes place under the survivor), in the same transaction as the change. Modules that keep a unit's
 * path next to their own data (to scope queries with {@code path LIKE :scope || '%'}) listen and rewrite it the
 * same way: {@code newPath || substr(path, length(oldPath) + 1) where path like oldPath || '%'}.
 */
public record UnitMoved(long unitId, String oldPath, String newPath) {
}
