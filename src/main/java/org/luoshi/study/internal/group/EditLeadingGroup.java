package org.luoshi.study.internal.group;

import java.time.LocalDate;

/**
 * Command: the group's date and the item it counts toward ({@code itemId} null: it no longer counts), as read at
 * {@code version}.
 */
public record EditLeadingGroup(LocalDate setUpOn, Long itemId, Integer version) {
}
