package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 已达标: the counted work of the kinds counted in the target's unit reaches the target. */
class CountedWorkTests {

    private static final CountedKind FOUR_SESSIONS = new CountedKind("study.session", "集体学习", "次", 4);
    private static final CountedKind THREE_SESSIONS = new CountedKind("study.session", "集体学习", "次", 3);
    private static final CountedKind COVERAGE = new CountedKind("study.reading", "读原著覆盖率", "%", 80);

    @Test
    void fourSessionsReachATargetOfFourTimes() {
        assertThat(new CountedWork(List.of(FOUR_SESSIONS), 4, "次").reached()).isTrue();
        assertThat(new CountedWork(List.of(THREE_SESSIONS), 4, "次").reached()).isFalse();
    }

    @Test
    void onlyTheKindsCountedInTheTargetsUnitCountTowardIt() {
        CountedWork work = new CountedWork(List.of(THREE_SESSIONS, COVERAGE), 4, "次");

        assertThat(work.towardTarget()).isEqualTo(3);
        assertThat(work.reached()).isFalse();
        assertThat(new CountedWork(List.of(COVERAGE), 80, "%").reached()).isTrue();
    }

    @Test
    void withoutATargetNothingIsReached() {
        assertThat(new CountedWork(List.of(FOUR_SESSIONS), null, null).reached()).isFalse();
        assertThat(CountedWork.none(4, "次").reached()).isFalse();
        assertThat(CountedWork.none(4, "次").isEmpty()).isTrue();
    }

    @Test
    void aTargetWithoutAUnitTakesTheKindsWithoutOne() {
        CountedKind unnamed = new CountedKind("other.kind", "other.kind", "", 2);

        assertThat(new CountedWork(List.of(unnamed, FOUR_SESSIONS), 2, null).towardTarget()).isEqualTo(2);
    }

    @Test
    void subtreesAddUpKindByKindAndUnitByUnit() {
        RollupCounted a = new RollupCounted(new CountedWork(List.of(FOUR_SESSIONS), 4, "次"), 1);
        RollupCounted b = new RollupCounted(new CountedWork(List.of(THREE_SESSIONS, COVERAGE), 4, "次"), 0);

        RollupCounted sum = a.plus(b).plus(RollupCounted.none(4, "次"));

        assertThat(sum.work().kinds()).containsExactly(new CountedKind("study.session", "集体学习", "次", 7), COVERAGE);
        assertThat(sum.unitsReached()).isEqualTo(1);
        assertThat(sum.work().targetQuantity()).isEqualTo(4);
    }
}
