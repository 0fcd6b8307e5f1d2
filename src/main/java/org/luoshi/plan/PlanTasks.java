package org.luoshi.plan;

import java.util.List;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;

/**
 * 待办: what the actor's unit has to do now on the plans being carried out, and what happened lately below it.
 * The work bench and the task list read the same rows, so a count on the bench is the length of the list it opens.
 */
public interface PlanTasks {

    /** The first {@code perKind} tasks of each kind and how many there are of each kind in all. */
    RollupTasks tasks(Actor actor, int perKind);

    /** The unit's tasks of one kind (all kinds when null), 已退回 first, paged. */
    Page<RollupTask> list(Actor actor, RollupTask.Kind kind, PageQuery page);

    /** The latest acknowledgements and accepted items in the actor's subtree, newest first. */
    List<RollupActivity> recentActivity(Actor actor, int limit);
}
