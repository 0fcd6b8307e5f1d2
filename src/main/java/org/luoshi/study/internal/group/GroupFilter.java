package org.luoshi.study.internal.group;

/**
 * Which leading groups a list shows: of one plan (all when null), below one unit of the actor's subtree (the actor's
 * own when null), with or without a founding document (either when null).
 */
public record GroupFilter(Long planId, Long unitId, Boolean hasDocument) {
}
