package org.luoshi.publicity.internal.ranking;

import org.luoshi.publicity.internal.PublicityRoles;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;

/** What a ranking covers: the chosen unit's subtree, over a period, in one of the two views. */
public record RankingScope(UnitRef unit, RankingPeriod period, RankingView view) {

    /** Publicity staff and leaders read the rankings and the points; a plain member does not. */
    public static boolean mayView(Actor actor) {
        return PublicityRoles.mayRead(actor);
    }
}
