package org.luoshi.publicity.internal.ranking;

/** One row of 信息报送排名: the unit (or a child summed over its subtree), its rank and its figures. */
public record RankingRow(long rank, long unitId, String unitName, boolean own, PublicityFigures figures) {
}
