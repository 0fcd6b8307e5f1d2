package org.luoshi.activity.internal.rollup;

/**
 * One line of the roll-up (a child unit, a kind or a month): activities held, those among them where a
 * 党的二十大代表 was a speaker, and the people who checked in to them (参加人次: a person at two activities counts twice).
 *
 * @param key  the unit's id, the kind's name or the month (yyyy-MM)
 * @param name what the line is called on the page and in the sheet
 */
public record RollupRow(String key, String name, long held, long withDelegates, long participants) {
}
