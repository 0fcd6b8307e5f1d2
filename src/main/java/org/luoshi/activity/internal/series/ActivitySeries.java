package org.luoshi.activity.internal.series;

import java.time.LocalDate;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * 系列活动, e.g. 党的二十大代表进协会: organised by a unit over a period. The organiser's staff (and the staff of the
 * units above it) keep it; the units below it add their own activities to it, so it is seen by the organiser's
 * subtree and by the units above.
 */
public record ActivitySeries(long id, long unitId, String unitPath, String unitName, String title,
        String description, LocalDate startsOn, LocalDate endsOn, int version) {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5000;

    public static boolean mayCreate(Actor actor) {
        return ActivityRoles.isStaff(actor);
    }

    /** Above the organiser (its subtree's work) or below it (a series their activities may join). */
    public boolean visibleTo(Actor actor) {
        return actor.covers(unitPath) || actor.unitPath().startsWith(unitPath);
    }

    public boolean mayEdit(Actor actor) {
        return ActivityRoles.isStaff(actor) && actor.covers(unitPath);
    }

    /** A unit may put its activities in a series of its own or of a unit above it. */
    public boolean mayJoin(String organiserPath) {
        return organiserPath.startsWith(unitPath);
    }

    public void guardEdit(Actor actor) {
        if (!mayEdit(actor)) {
            throw BusinessException.forbidden("activity.series.notYourUnit");
        }
    }

    /** The command with every rule checked and its text trimmed. */
    public static SaveSeries validated(SaveSeries c) {
        String title = c.title() == null ? "" : c.title().strip();
        if (title.isEmpty()) {
            throw BusinessException.invalid("title", "activity.series.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw BusinessException.invalid("title", "activity.text.tooLong", MAX_TITLE);
        }
        String description = c.description() == null ? "" : c.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw BusinessException.invalid("description", "activity.text.tooLong", MAX_DESCRIPTION);
        }
        if (c.startsOn() == null) {
            throw BusinessException.invalid("startsOn", "activity.series.startsOn.required");
        }
        if (c.endsOn() == null) {
            throw BusinessException.invalid("endsOn", "activity.series.endsOn.required");
        }
        if (c.endsOn().isBefore(c.startsOn())) {
            throw BusinessException.invalid("endsOn", "activity.series.endsOn.beforeStart");
        }
        if (c.startsOn().getYear() < 2000) {
            throw BusinessException.invalid("startsOn", "activity.time.year",
                    new DefaultMessageSourceResolvable("field.startsOn"));
        }
        if (c.endsOn().getYear() > 2100) {
            throw BusinessException.invalid("endsOn", "activity.time.year",
                    new DefaultMessageSourceResolvable("field.endsOn"));
        }
        return new SaveSeries(title, description, c.startsOn(), c.endsOn());
    }
}
