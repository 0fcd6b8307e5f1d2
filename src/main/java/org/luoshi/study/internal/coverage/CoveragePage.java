package org.luoshi.study.internal.coverage;

import java.util.List;
import org.luoshi.shared.web.Page;

/** The coverage page's figures, read together: the overview, one page of the units behind, the weekly trend. */
public record CoveragePage(CoverageOverview overview, Page<BehindUnit> behind, List<WeekCoverage> trend) {
}
