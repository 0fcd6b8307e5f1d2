package org.luoshi.study.internal.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The rules of a study plan, without Spring. */
class StudyPlanTests {

    static final Actor COUNTY_ADMIN = new Actor(1, "county", "县管理员", 30, "/1/3/30/", Set.of(Role.UNIT_ADMIN));
    static final Actor PROVINCE_ADMIN = new Actor(2, "province", "省管理员", 3, "/1/3/", Set.of(Role.UNIT_ADMIN));
    static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    @Test
    void theUnitWritesItsPlanAndItsAncestorsOnlyReadIt() {
        StudyPlan plan = plan();

        assertThat(plan.mayEdit(COUNTY_ADMIN)).isTrue();
        assertThat(plan.mayView(PROVINCE_ADMIN)).isTrue();
        assertThat(plan.mayEdit(PROVINCE_ADMIN)).isFalse();
        assertThatThrownBy(() -> plan.writeTopics(PROVINCE_ADMIN, "专题")).isInstanceOf(BusinessException.class);
        plan.writeTopics(COUNTY_ADMIN, "  一、学习党章  ");
        assertThat(plan.topics()).isEqualTo("一、学习党章");
    }

    @Test
    void aPlannedSessionNeedsADayAFormAndATopic() {
        StudyPlan plan = plan();

        assertThatThrownBy(() -> plan.requirePlannable(COUNTY_ADMIN, new PlanSession(null, StudyForm.THEMATIC, "学习",
                null, null, null))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.field()).isEqualTo("plannedOn"));
        assertThatThrownBy(() -> plan.requirePlannable(COUNTY_ADMIN, new PlanSession(DAY, null, "学习", null, null,
                null))).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("form"));
        assertThatThrownBy(() -> plan.requirePlannable(COUNTY_ADMIN, new PlanSession(DAY, StudyForm.THEMATIC, " ",
                null, null, null))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.field()).isEqualTo("topic"));
        plan.requirePlannable(COUNTY_ADMIN, new PlanSession(DAY, StudyForm.THEMATIC, "学习", null, null, null));
    }

    @Test
    void aPlannedSessionThatWasHeldStaysOnThePlan() {
        StudyPlan plan = plan();

        assertThatThrownBy(() -> plan.requireRemovable(COUNTY_ADMIN, 11)).isInstanceOfSatisfying(
                BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("study.plan.planned.held"));
        plan.requireRemovable(COUNTY_ADMIN, 12);
        assertThat(plan.heldCount()).isEqualTo(1);
    }

    private static StudyPlan plan() {
        return new StudyPlan(1, 30, "/1/3/30/", 7, "方案", "", List.of(
                new StudyPlan.Planned(11, DAY.minusDays(7), StudyForm.CENTRAL_GROUP, "学习党章", null, null, null, 5L),
                new StudyPlan.Planned(12, DAY, StudyForm.SEMINAR, "研讨", null, null, null, null)), 0);
    }
}
