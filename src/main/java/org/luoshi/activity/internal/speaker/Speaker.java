package org.luoshi.activity.internal.speaker;

import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;

/**
 * 主讲人: a speaker in a unit's library. The units below pick from it (a province's 二十大代表 speak in its
 * counties), so a speaker is seen by the unit's subtree and the units above; the unit's staff (and the staff above)
 * keep the entry.
 */
public record Speaker(long id, long unitId, String unitPath, String unitName, String name, String post, String bio,
        Long photoFileId, boolean congressDelegate, int version) {

    static final int MAX_NAME = 50;
    static final int MAX_POST = 100;
    static final int MAX_BIO = 2000;

    public static boolean mayCreate(Actor actor) {
        return ActivityRoles.isStaff(actor);
    }

    public boolean visibleTo(Actor actor) {
        return actor.covers(unitPath) || actor.unitPath().startsWith(unitPath);
    }

    /** An activity of the organiser may name this speaker: from a library above it, its own, or one below it. */
    public boolean usableBy(String organiserPath) {
        return organiserPath.startsWith(unitPath) || unitPath.startsWith(organiserPath);
    }

    public boolean mayEdit(Actor actor) {
        return ActivityRoles.isStaff(actor) && actor.covers(unitPath);
    }

    public void guardEdit(Actor actor) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("activity.speaker.notYourUnit");
        }
    }

    public static SaveSpeaker validated(SaveSpeaker c) {
        String name = text("name", c.name(), MAX_NAME);
        if (name.isEmpty()) {
            throw BusinessException.invalid("name", "activity.speaker.name.required");
        }
        return new SaveSpeaker(name, text("post", c.post(), MAX_POST), text("bio", c.bio(), MAX_BIO),
                c.congressDelegate());
    }

    private static String text(String field, String value, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw BusinessException.invalid(field, "activity.text.tooLong", max);
        }
        return clean;
    }
}
