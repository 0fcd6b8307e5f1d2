package org.luoshi.study.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DwellRuleTests {

    private final DwellRule rule = new DwellRule(10, 10_000, 2_000);

    @Test
    void aSectionNeedsTimeInProportionToItsLength() {
        assertThat(rule.requiredMillis(600)).isEqualTo(60_000);
        assertThat(rule.requiredMillis(1_500)).isEqualTo(150_000);
    }

    @Test
    void aShortSectionStillNeedsTheMinimum() {
        assertThat(rule.requiredMillis(12)).isEqualTo(10_000);
        assertThat(rule.requiredMillis(0)).isEqualTo(10_000);
    }

    @Test
    void reportedTimeCountsUpToTheRealTimeSinceThePreviousReport() {
        assertThat(rule.countedMillis(20_000, 30_000L)).isEqualTo(20_000);
        assertThat(rule.countedMillis(20_000, 10_000L)).isEqualTo(12_000);
    }

    @Test
    void aForgedLargeNumberRightAfterThePreviousReportBringsOnlyTheSlack() {
        assertThat(rule.countedMillis(3_600_000, 0L)).isEqualTo(2_000);
    }

    @Test
    void theFirstReportOfASectionOpensItAndBringsNoMoreThanTheSlack() {
        assertThat(rule.countedMillis(600_000, null)).isEqualTo(2_000);
        assertThat(rule.countedMillis(0, null)).isZero();
    }

    @Test
    void aClockThatWentBackwardsCountsAsNoTimeAtAll() {
        assertThat(rule.countedMillis(5_000, -60_000L)).isEqualTo(2_000);
    }

    @Test
    void scrollingToTheEndWithoutTheTimeIsNotReading() {
        assertThat(rule.isRead(5_000, true, 600)).isFalse();
    }

    @Test
    void theTimeWithoutReachingTheEndIsNotReading() {
        assertThat(rule.isRead(600_000, false, 600)).isFalse();
    }

    @Test
    void theTimeAndTheEndTogetherAreReading() {
        assertThat(rule.isRead(60_000, true, 600)).isTrue();
    }
}
