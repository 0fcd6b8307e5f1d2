package org.luoshi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.PlanDraft;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.http.HttpStatus;

/** The rules of a plan (工作方案) without Spring: who drafts, edits and issues it, and when. */
class PlanTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final PlanDraft DRAFT = new PlanDraft("学习宣传贯彻工作方案", "中老科协发〔2026〕3号", null,
            "<p>正文</p>");

    private final Actor admin = actor(Role.UNIT_ADMIN);

    @Test
    void onlyAdministratorsMayDraftAPlan() {
        assertThat(Plan.mayDraft(admin)).isTrue();
        assertThat(Plan.mayDraft(actor(Role.SYSTEM_ADMIN))).isTrue();
        for (Role role : new Role[] {Role.MEMBER, Role.LEADER, Role.EDITOR, Role.EVALUATOR}) {
            assertThat(Plan.mayDraft(actor(role))).as(role.name()).isFalse();
            assertThatThrownBy(() -> Plan.draft(actor(role), DRAFT))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                        assertThat(e.messageKey()).isEqualTo("plan.draft.notAllowed");
                    });
        }
    }

    @Test
    void aDraftNeedsATitle() {
        assertThatThrownBy(() -> Plan.draft(admin, new PlanDraft("  ", null, null, null)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void theIssuersAdministratorsEditTheDraftUntilItIsIssued() {
        Plan plan = stored(Plan.Status.DRAFT);
        Actor leader = actor(Role.LEADER);
        Actor below = new Actor(2, "b", "下级", 2, "/1/2/", Set.of(Role.UNIT_ADMIN));

        assertThat(plan.mayEdit(admin)).isTrue();
        assertThat(plan.mayEdit(leader)).isFalse();
        assertThat(plan.mayEdit(below)).isFalse();

        plan.issue(admin, 1, TODAY);

        assertThat(plan.status()).isEqualTo(Plan.Status.ISSUED);
        assertThat(plan.issuedOn()).isEqualTo(TODAY);
        assertThat(plan.mayEdit(admin)).isFalse();
        assertThatThrownBy(() -> plan.edit(admin, DRAFT)).isInstanceOf(BusinessException.class);
        assertThat(plan.mayIssue(admin)).as("issuing further is allowed").isTrue();
        assertThat(plan.mayIssue(leader)).isFalse();
    }

    @Test
    void aPlanWithoutActionableItemsIsNotIssued() {
        Plan plan = stored(Plan.Status.DRAFT);

        assertThatThrownBy(() -> plan.issue(admin, 0, TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("items"));
        assertThat(plan.isDraft()).isTrue();
    }

    @Test
    void aClosedPlanIsNotIssuedAgain() {
        Plan plan = stored(Plan.Status.CLOSED);

        assertThat(plan.mayIssue(admin)).isFalse();
        assertThatThrownBy(() -> plan.issue(admin, 3, TODAY)).isInstanceOf(BusinessException.class);
    }

    private Plan stored(Plan.Status status) {
        return new Plan(9L, 1, "/1/", null, null, "学习宣传贯彻工作方案", null, "", status, 0);
    }

    private static Actor actor(Role role) {
        return new Actor(1, "a", "管理员", 1, "/1/", Set.of(role));
    }
}
