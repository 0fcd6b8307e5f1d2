package org.luoshi.study.internal.coverage;

import java.util.List;

/** The subtree's coverage of a material in total and per child unit (the unit's own members first). */
public record CoverageOverview(Coverage total, List<ChildCoverage> children) {
}
