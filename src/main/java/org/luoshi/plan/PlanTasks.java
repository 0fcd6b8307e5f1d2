package org.luoshi.plan;

import java.util.List;
import org.luoshi.shared.security.Actor;

/** 待办: what the actor's unit has to do now on the plans being carried out, and what happened lately below it. */
public interface PlanTasks {

    /** The unit's open tasks, one per assignment and kind; {@link RollupTasks#count} sums them per kind. */
    RollupTasks tasks(Actor actor);

    /** The latest acknowledgements and accepted items in the actor's subtree, newest first. */
    List<RollupActivity> recentActivity(Actor actor, int limit);
}
