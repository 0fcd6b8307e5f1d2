package org.luoshi.org.web;

import java.util.ArrayList;
import java.util.List;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The unit picker without JavaScript: the chosen unit, its ancestors up to the actor's own unit, and its children.
 * Choosing a child and applying shows that child's children, so any unit of a 5,000-unit tree is a few steps away.
 */
@Component
class MemberUnitOptions {

    private final UnitDirectory units;

    MemberUnitOptions(UnitDirectory units) {
        this.units = units;
    }

    List<Option> around(Actor actor, long unitId) {
        List<Option> options = new ArrayList<>();
        int depth = 0;
        for (UnitRef unit : units.lineage(unitId)) {
            if (actor.covers(unit.path())) {
                options.add(new Option(unit.id(), unit.name(), depth++));
            }
        }
        for (UnitRef child : units.children(unitId)) {
            options.add(new Option(child.id(), child.name(), depth));
        }
        return options;
    }

    /** One entry of the picker; {@code depth} indents it under its parent. */
    record Option(long id, String name, int depth) {

        public String label() {
            return "\u3000".repeat(depth) + name;
        }
    }
}
