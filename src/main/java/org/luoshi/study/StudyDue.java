package org.luoshi.study;

import java.util.List;
import org.luoshi.shared.security.Actor;

/** What study work is due for the actor's unit, for the 工作台. */
public interface StudyDue {

    /** The planned sessions of the actor's unit due this week and not yet held; none for those who only read. */
    List<DueStudy> thisWeek(Actor actor);
}
