package org.luoshi.study;

import java.util.Optional;
import org.luoshi.shared.security.Actor;

/**
 * 学习覆盖 in brief, for the work bench: how far the newest material published to the actor's unit has been read over
 * its subtree, with the page that shows the rest.
 */
public interface ReadingCoverage {

    /** Empty when no material reaches the unit, or the actor may not see others' coverage (a member). */
    Optional<Brief> newest(Actor actor);

    /** @param link the coverage page of the material for the actor's unit */
    record Brief(long materialId, String title, long members, long started, long finished, double finishedShare,
            String link) {
    }
}
