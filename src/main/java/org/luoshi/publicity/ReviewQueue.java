package org.luoshi.publicity;

import org.luoshi.shared.security.Actor;

/** 待我审核: what awaits the actor's unit in publicity, for the work bench. */
public interface ReviewQueue {

    /** How many submissions await the actor's unit's review; 0 for anyone who does not review. */
    long awaiting(Actor actor);
}
