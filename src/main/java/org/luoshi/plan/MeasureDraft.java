package org.luoshi.plan;

import java.time.LocalDate;

/** 落实举措: one concrete measure of a unit for one item, who answers for it, by when, and its target. */
public record MeasureDraft(Long itemId, String content, String responsible, LocalDate dueOn, String target) {
}
