package org.luoshi.activity.internal.activity;

import java.time.Instant;
import java.util.List;
import org.luoshi.activity.ActivityKind;
import org.luoshi.plan.ItemRef;

/**
 * What an activity is, once every rule has been checked ({@link Activity#details}): the form of the activity as
 * stored.
 *
 * @param audience     whose members it is for: the unit and its subtree
 * @param speakerIds   from the speaker library, in the order shown
 * @param item         the plan item it counts toward once held, or null
 */
public record ActivityDetails(Long seriesId, ActivityKind kind, String title, String description, String address,
        String onlineUrl, Instant startsAt, Instant endsAt, Integer capacity, UnitAt audience, boolean openToPublic,
        Instant registrationOpensAt, Instant registrationClosesAt, boolean approvalRequired,
        List<UnitAt> coOrganisers, List<Long> speakerIds, ItemRef item) {

    public ActivityDetails {
        coOrganisers = List.copyOf(coOrganisers);
        speakerIds = List.copyOf(speakerIds);
    }
}
