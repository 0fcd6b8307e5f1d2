package org.luoshi.study;

import java.time.LocalDate;

/**
 * 本周待学: a session a unit's study plan schedules this week, not yet held; {@code link} opens the form that
 * records it. {@code form} is the code of the form of study, named by the message {@code study.session.form.<form>}.
 */
public record DueStudy(long plannedId, long planId, String planTitle, LocalDate plannedOn, String form,
        String topic, String link) {
}
