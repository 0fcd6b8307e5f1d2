package org.luoshi.study.internal.session;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.study.DueStudy;
import org.luoshi.study.StudyDue;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/** The planned sessions due this week, for the administrators of the unit that planned them. */
@Component
class WeeklyStudyDue implements StudyDue {

    private final PlannedSessions planned;
    private final Clock clock;

    WeeklyStudyDue(PlannedSessions planned, Clock clock) {
        this.planned = planned;
        this.clock = clock;
    }

    @Override
    public List<DueStudy> thisWeek(Actor actor) {
        if (!actor.mayManage()) {
            return List.of();
        }
        return planned.dueThisWeek(actor.unitId(), LocalDate.now(clock));
    }
}
