package org.luoshi.plan;

import java.util.List;
import java.util.Set;
import org.luoshi.org.UnitType;

/**
 * Whom to issue (下发) or forward (转发) to: the whole subtree, the direct children, all units of some types, or a
 * hand-picked list (ids, or codes typed one per line) — always within the acting unit's subtree.
 */
public record Targets(Mode mode, Set<UnitType> types, List<Long> unitIds, String unitCodes) {

    public enum Mode { SUBTREE, CHILDREN, TYPES, UNITS }

    public Targets {
        java.util.Objects.requireNonNull(mode, "mode");
        types = types == null ? Set.of() : types.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        unitIds = unitIds == null ? List.of() : unitIds.stream().filter(java.util.Objects::nonNull).toList();
    }

    public static Targets of(Mode mode) {
        return new Targets(mode, Set.of(), List.of(), null);
    }
}
