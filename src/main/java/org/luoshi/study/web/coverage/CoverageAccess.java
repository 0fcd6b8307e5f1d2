package org.luoshi.study.web.coverage;

import java.time.Clock;
import java.time.LocalDate;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.study.internal.coverage.CoverageLink;
import org.luoshi.study.internal.coverage.CoverageQueries;
import org.luoshi.study.internal.coverage.CoverageScope;
import org.springframework.stereotype.Component;

/** Who may see coverage, and of what: the pages and the API ask the same questions here. */
@Component
class CoverageAccess {

    private final CoverageQueries queries;
    private final Clock clock;

    CoverageAccess(CoverageQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The actor, if they may see others' coverage at all: a plain member may not (403). */
    Actor viewer() {
        Actor actor = CurrentActor.get();
        if (!CoverageLink.mayView(actor)) {
            throw BusinessException.forbidden("coverage.forbidden");
        }
        return actor;
    }

    /**
     * The material's coverage seen from {@code unitId} (default: the actor's unit); a unit outside the actor's
     * subtree, or a material that does not reach it, is "not found" (404), so its existence is not revealed.
     */
    CoverageScope scope(long materialId, Long unitId) {
        Actor actor = viewer();
        return queries.scope(actor, materialId, unitId == null ? actor.unitId() : unitId)
                .orElseThrow(() -> BusinessException.notFound("coverage.notFound"));
    }
}
