package org.luoshi.study.internal.group;

import java.time.LocalDate;

/**
 * Command: a unit records its leading group for a plan it received. {@code itemId} is the plan item the group counts
 * toward; null means the first item of the plan the unit may link work to.
 */
public record RecordLeadingGroup(Long unitId, Long planId, Long itemId, LocalDate setUpOn) {
}
