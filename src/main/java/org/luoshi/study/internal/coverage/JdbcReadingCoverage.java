package org.luoshi.study.internal.coverage;

import java.util.Optional;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.ReadingCoverage;
import org.springframework.stereotype.Component;

@Component
class JdbcReadingCoverage implements ReadingCoverage {

    private final CoverageQueries queries;

    JdbcReadingCoverage(CoverageQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Brief> newest(Actor actor) {
        if (!CoverageLink.mayView(actor)) {
            return Optional.empty();
        }
        return queries.materials(actor.scopePath(), new PageQuery(1, 1)).items().stream().findFirst()
                .flatMap(material -> queries.scope(actor, material.id(), actor.unitId()))
                .map(scope -> {
                    Coverage total = queries.total(scope);
                    return new Brief(scope.material().id(), scope.material().title(), total.members(),
                            total.started(), total.finished(), total.finishedShare(),
                            "/study/coverage/" + scope.material().id());
                });
    }
}
