package org.luoshi.plan;

import java.time.Instant;

/**
 * 计入落实: a record of another module (a study session, an adopted submission, an activity held …) now counts
 * toward a plan item for a unit. Publish it in the transaction that writes the record: {@code plan} counts it in
 * that same transaction, or refuses (and so rolls the write back) if the item is not linkable for the unit.
 * Counting is idempotent on ({@code kind}, {@code recordId}): publishing again replaces the earlier count, so a
 * record relinked to another item, or whose quantity changed, is simply counted again.
 *
 * @param kind     a stable code owned by the publishing module, e.g. {@code study.session}; its Chinese label is the
 *                 message {@code work.kind.<kind>} in that module's bundle (e.g. {@code 集体学习}), the unit it is
 *                 counted in {@code work.kind.<kind>.unit} (e.g. {@code 次}); see docs/counting.md
 * @param quantity how much this record counts toward the item's target (1 for one session; a percentage for a
 *                 coverage)
 * @param link     the record's page, a local path such as {@code /study/sessions/42}: the evidence one click away
 */
public record WorkCounted(long unitId, ItemRef item, String kind, long recordId, int quantity, String title,
        String link, Instant at) {
}
