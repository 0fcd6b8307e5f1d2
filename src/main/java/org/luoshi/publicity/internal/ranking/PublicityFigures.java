package org.luoshi.publicity.internal.ranking;

import java.math.BigDecimal;

/**
 * 报送统计: what a unit (or a child's whole subtree) did in a period: submitted (报送数), how many of those were
 * adopted at least once, adoptions by the deciding level (采用数: 国家级, 省级, 市级, 县级; {@code adopted} counts every
 * level, so branches and committees too), the adoption rate in percent (采用率; null when nothing was submitted),
 * recommendations (推荐数) and points (积分). Every figure comes from SQL.
 */
public record PublicityFigures(long submitted, long adoptedSubmissions, BigDecimal rate, long adoptedNational,
        long adoptedProvincial, long adoptedPrefecture, long adoptedCounty, long adopted, long recommended,
        long points) {

    /** Adoptions at levels other than the four the columns name (分会, 专门委员会). */
    public long adoptedOther() {
        return adopted - adoptedNational - adoptedProvincial - adoptedPrefecture - adoptedCounty;
    }
}
