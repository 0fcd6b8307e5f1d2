package org.luoshi.activity.internal.activity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.luoshi.activity.ActivityKind;

/**
 * Creates or revises an activity. Times are wall-clock times of the association's zone (北京时间), as typed.
 *
 * @param audienceUnitId   whose members it is for (their subtree); null: the organiser's own subtree
 * @param capacity         places; null: no limit
 * @param coOrganiserIds   协办单位
 * @param speakerIds       主讲人, in the order shown, from the speaker library
 * @param itemId           the plan item it counts toward once held, or null
 */
public record SaveActivity(Long seriesId, ActivityKind kind, String title, String description, String address,
        String onlineUrl, LocalDateTime startsAt, LocalDateTime endsAt, Integer capacity, Long audienceUnitId,
        boolean openToPublic, LocalDateTime registrationOpensAt, LocalDateTime registrationClosesAt,
        boolean approvalRequired, List<Long> coOrganiserIds, List<Long> speakerIds, Long itemId) {

    public SaveActivity {
        coOrganiserIds = ids(coOrganiserIds);
        speakerIds = ids(speakerIds);
    }

    private static List<Long> ids(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
    }
}
