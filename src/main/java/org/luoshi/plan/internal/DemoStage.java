package org.luoshi.plan.internal;

import java.util.List;
import org.luoshi.plan.AssignmentRef;

/**
 * 进度: how far a unit of the demo plan has got, five weeks after issue. The units other than the named ones of
 * the demo accounts take these in turn, in the order the plan reached them ({@link #CYCLE}), so every start of
 * the demo shows the same units in the same state. Items are numbered as in demo/seed-plan.properties: 1 三、(一)
 * and 5 四、(一) fell due in the first two weeks, 6 四、(二) and 2 三、(二) in weeks three and four, 3 三、(三) falls due
 * today (issuedDaysAgo).
 */
enum DemoStage {

    /** 未签收: a laggard. */
    NOT_ACKNOWLEDGED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
        }
    },
    /** 已签收, no implementation plan yet. */
    ACKNOWLEDGED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            steps.acknowledge(task);
        }
    },
    /** 实施方案待审核; the first item's report already accepted. */
    PLAN_SUBMITTED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            submitted(steps, task);
            steps.accepted(task, 1);
        }
    },
    /** 实施方案退回 with the reviewer's comment; the first item's report awaiting review. */
    PLAN_RETURNED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            submitted(steps, task);
            steps.returnImplementationPlan(task);
            steps.awaitingReview(task, 1);
        }
    },
    /** 实施方案已批准, the two items of the first fortnight accepted. */
    PLAN_APPROVED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            approved(steps, task);
            steps.accepted(task, 1);
            steps.accepted(task, 5);
        }
    },
    /** Approved, the first fortnight's items accepted, two more reports awaiting review. */
    REPORTING {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            PLAN_APPROVED.play(steps, task);
            steps.awaitingReview(task, 6);
            steps.reportedPartly(task, 2);
        }
    },
    /** Approved, the first item accepted, the second report 退回 with a reason. */
    REPORT_RETURNED {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            approved(steps, task);
            steps.accepted(task, 1);
            steps.returned(task, 5);
        }
    },
    /** Every item due so far accepted, the one due today (3) included. */
    AHEAD {
        @Override
        void play(DemoSteps steps, AssignmentRef task) {
            PLAN_APPROVED.play(steps, task);
            for (int item : new int[] {6, 2, 3}) {
                steps.accepted(task, item);
            }
        }
    };

    /** Twenty units in turn: 13 acknowledged (65 %), 11 implementation plans submitted (one returned), 7 approved. */
    static final List<DemoStage> CYCLE = List.of(AHEAD, ACKNOWLEDGED, NOT_ACKNOWLEDGED, PLAN_SUBMITTED, REPORTING,
            NOT_ACKNOWLEDGED, PLAN_APPROVED, REPORT_RETURNED, NOT_ACKNOWLEDGED, PLAN_SUBMITTED, REPORTING,
            NOT_ACKNOWLEDGED, ACKNOWLEDGED, PLAN_RETURNED, NOT_ACKNOWLEDGED, PLAN_APPROVED, PLAN_SUBMITTED,
            NOT_ACKNOWLEDGED, REPORTING, NOT_ACKNOWLEDGED);

    abstract void play(DemoSteps steps, AssignmentRef task);

    /** The share of the units taking these stages in turn that acknowledge (13 of 20). */
    static double acknowledgingShare() {
        return (double) CYCLE.stream().filter(stage -> stage != NOT_ACKNOWLEDGED).count() / CYCLE.size();
    }

    /** The stage of the {@code n}-th unit (from 0) in the order the plan reached them. */
    static DemoStage of(int n) {
        return CYCLE.get(n % CYCLE.size());
    }

    private static void submitted(DemoSteps steps, AssignmentRef task) {
        steps.acknowledge(task);
        steps.submitImplementationPlan(task);
    }

    private static void approved(DemoSteps steps, AssignmentRef task) {
        submitted(steps, task);
        steps.approveImplementationPlan(task);
    }
}
