package org.luoshi.publicity.internal.ranking;

import java.util.Locale;
import org.luoshi.shared.error.BusinessException;

/** The two ways to rank a subtree: each unit that took part (按单位), or each direct child summed (按下级汇总). */
public enum RankingView {
    UNITS, CHILDREN;

    public static RankingView parse(String value) {
        if (value == null || value.isBlank()) {
            return UNITS;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("view", "ranking.view.invalid");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
