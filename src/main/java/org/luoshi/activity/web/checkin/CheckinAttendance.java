package org.luoshi.activity.web.checkin;

import java.util.Optional;
import org.luoshi.activity.internal.ActivityRoles;
import org.luoshi.activity.internal.checkin.CheckinDesk;
import org.luoshi.activity.internal.checkin.CheckinQueries;
import org.luoshi.activity.internal.checkin.CheckinRepository;
import org.luoshi.activity.internal.checkin.CheckinWorkflow;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * The 签到 block of the activity's page (templates call it as {@code @checkinAttendance}): the figures for those
 * who read the subtree's activities, the way to the desk for its staff, and a member's own check-in.
 */
@Component("checkinAttendance")
public class CheckinAttendance {

    /** {@code figures} null when the reader may not see them; {@code mine} null when not checked in. */
    public record Block(CheckinQueries.Figures figures, boolean runsDesk, CheckinRepository.Entry mine) {
    }

    private final CheckinWorkflow workflow;
    private final CheckinQueries queries;

    CheckinAttendance(CheckinWorkflow workflow, CheckinQueries queries) {
        this.workflow = workflow;
        this.queries = queries;
    }

    public Block of(long activityId) {
        Actor actor = CurrentActor.get();
        CheckinDesk desk = workflow.visibleDesk(actor, activityId);
        CheckinQueries.Figures figures = ActivityRoles.readsSubtree(actor) ? queries.figures(activityId) : null;
        Optional<CheckinRepository.Entry> mine = workflow.memberOfAccount(actor)
                .flatMap(m -> queries.ofMember(activityId, m.id()));
        return new Block(figures, desk.mayRun(actor), mine.orElse(null));
    }
}
