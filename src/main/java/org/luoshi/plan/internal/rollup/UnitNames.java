package org.luoshi.plan.internal.rollup;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.springframework.stereotype.Component;

/** The names of the units a list shows, in one look-up for the whole list rather than one per row. */
@Component
public class UnitNames {

    private final UnitDirectory units;

    UnitNames(UnitDirectory units) {
        this.units = units;
    }

    /** Every id given mapped to its unit's name ("#id" for a unit no longer there, so a row never shows blank). */
    public Map<Long, String> of(Collection<Long> unitIds) {
        Map<Long, UnitRef> found = units.findAll(new LinkedHashSet<>(unitIds));
        Map<Long, String> names = new HashMap<>();
        for (Long id : unitIds) {
            UnitRef unit = found.get(id);
            names.put(id, unit == null ? "#" + id : unit.name());
        }
        return names;
    }
}
