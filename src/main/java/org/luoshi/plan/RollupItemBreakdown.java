package org.luoshi.plan;

import java.util.List;

/** One item of the plan with a row per child unit: a table of the 工作情况报告. */
public record RollupItemBreakdown(RollupItem item, List<RollupChild> children) {
}
