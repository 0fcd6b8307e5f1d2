package org.luoshi.activity.internal.activity;

/**
 * What a change of an activity asks of its registrations (报名): the fewest places it may be given (the places held
 * and those set aside for units; asked under the activity row's lock, so no registration slips in between), and,
 * once revised, whether those waiting may now move up.
 */
public interface PlacesTaken {

    int minimumCapacity(long activityId);

    void revised(long activityId);
}
