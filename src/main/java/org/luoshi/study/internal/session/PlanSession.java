package org.luoshi.study.internal.session;

import java.time.LocalDate;

/**
 * 计划安排一次学习: a planned session of a unit's study plan: when, in what form, on what, who leads, what is to be
 * studied, and the plan item it is meant for (null: none).
 */
public record PlanSession(LocalDate plannedOn, StudyForm form, String topic, String leadName, String materials,
        Long itemId) {
}
