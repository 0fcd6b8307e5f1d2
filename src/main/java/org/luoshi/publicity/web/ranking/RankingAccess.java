package org.luoshi.publicity.web.ranking;

import java.time.LocalDate;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.internal.ranking.RankingPeriod;
import org.luoshi.publicity.internal.ranking.RankingQueries;
import org.luoshi.publicity.internal.ranking.RankingScope;
import org.luoshi.publicity.internal.ranking.RankingView;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/** Who may see rankings and points, and over what: the pages and the API ask the same questions here. */
@Component
class RankingAccess {

    private final UnitDirectory units;
    private final RankingQueries queries;

    RankingAccess(UnitDirectory units, RankingQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    /** The actor, if they work in publicity or lead (a plain member: 403). */
    Actor viewer() {
        Actor actor = CurrentActor.get();
        if (!RankingScope.mayView(actor)) {
            throw BusinessException.forbidden("ranking.forbidden");
        }
        return actor;
    }

    /**
     * The ranking asked for: {@code unitId} (default the actor's unit) within the actor's subtree, else "not found"
     * (404) so a sibling's units are not revealed; the period defaults to this year up to today.
     */
    RankingScope scope(Long unitId, LocalDate from, LocalDate to, String view) {
        Actor actor = viewer();
        RankingView chosen = RankingView.parse(view);
        RankingPeriod period = RankingPeriod.of(from, to, queries.today());
        UnitRef unit = units.find(unitId == null ? actor.unitId() : unitId)
                .filter(u -> u.isWithin(actor.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("ranking.unit.notFound"));
        return new RankingScope(unit, period, chosen);
    }

    UnitRef own(Actor actor) {
        return units.find(actor.unitId()).orElseThrow(() -> BusinessException.notFound("ranking.unit.notFound"));
    }
}
