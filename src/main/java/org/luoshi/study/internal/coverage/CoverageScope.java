package org.luoshi.study.internal.coverage;

import org.luoshi.org.UnitRef;

/**
 * A material's coverage seen from a unit: over the unit's subtree, as far as the material reaches ({@code prefix}:
 * the unit's path, or the publisher's when a unit below published it).
 */
public record CoverageScope(CoverageMaterial material, UnitRef unit) {

    public String prefix() {
        return unit.path().startsWith(material.unitPath()) ? unit.path() : material.unitPath();
    }
}
