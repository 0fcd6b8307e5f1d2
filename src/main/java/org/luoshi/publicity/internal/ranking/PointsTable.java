package org.luoshi.publicity.internal.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 积分设置: points per level of the deciding unit, for an adoption and for a recommendation, credited to the submitting
 * unit. Only the national body's administrators change them, each to a whole number from 0 to 1000.
 */
public final class PointsTable {

    public static final int MAX = 1000;
    /** The levels a decision can be made at: the unit types that have units below them. */
    public static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY", "BRANCH",
            "COMMITTEE");

    private final Map<String, PointRule> rules;

    public PointsTable(List<PointRule> rules) {
        Map<String, PointRule> byLevel = new LinkedHashMap<>();
        LEVELS.forEach(level -> byLevel.put(level, new PointRule(level, 0, 0)));
        rules.forEach(rule -> byLevel.put(rule.level(), rule));
        this.rules = byLevel;
    }

    /** Who may change the points: an administrator (系统管理员, 单位管理员) acting for the national body. */
    public static boolean mayChange(Actor actor, long nationalUnitId) {
        return actor.mayManage() && actor.unitId() == nationalUnitId;
    }

    public List<PointRule> rules() {
        return List.copyOf(rules.values());
    }

    public PointRule rule(String level) {
        return rules.get(level);
    }

    /** What one live decision at {@code level} earns: the adoption's points, the recommendation's, or both. */
    public int worth(String level, boolean adoption, boolean recommendation) {
        PointRule rule = rules.get(level);
        if (rule == null) {
            return 0;
        }
        return (adoption ? rule.adopted() : 0) + (recommendation ? rule.recommended() : 0);
    }

    /** The table after {@code change}, each level checked; refused as a whole when any value is wrong. */
    public PointsTable changed(Actor actor, long nationalUnitId, ChangePoints change) {
        if (!mayChange(actor, nationalUnitId)) {
            throw BusinessException.forbidden("ranking.points.forbidden");
        }
        if (change == null || change.levels() == null || change.levels().isEmpty()) {
            throw BusinessException.invalid("levels", "ranking.points.levels.required");
        }
        List<PointRule> next = new ArrayList<>(rules.values());
        Set<String> seen = new java.util.HashSet<>();
        for (PointRule rule : change.levels()) {
            if (rule == null || rule.level() == null || !LEVELS.contains(rule.level())) {
                throw BusinessException.invalid("level", "ranking.points.level.unknown",
                        rule == null || rule.level() == null ? "" : rule.level(), String.join("、", LEVELS));
            }
            if (!seen.add(rule.level())) {
                throw BusinessException.invalid("level", "ranking.points.level.twice", label(rule.level()));
            }
            check("adopted", rule.level(), rule.adopted());
            check("recommended", rule.level(), rule.recommended());
            next.set(LEVELS.indexOf(rule.level()), rule);
        }
        return new PointsTable(next);
    }

    private static void check(String field, String level, Integer points) {
        if (points == null || points < 0 || points > MAX) {
            throw BusinessException.invalid(field, "ranking.points." + field + ".range", label(level), MAX);
        }
    }

    /** The level's Chinese name (the unit type's, from the org bundle), resolved when the message is. */
    static MessageSourceResolvable label(String level) {
        return new DefaultMessageSourceResolvable("unit.type." + level);
    }

    /** level → [adopted, recommended], for the audit record's before and after. */
    public Map<String, List<Integer>> asMap() {
        Map<String, List<Integer>> map = new LinkedHashMap<>();
        rules.values().forEach(rule -> map.put(rule.level(), List.of(rule.adopted(), rule.recommended())));
        return map;
    }
}
