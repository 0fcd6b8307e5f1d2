package org.luoshi.publicity.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;

class RankingPeriodTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void leftOpenItIsThisYearUpToToday() {
        assertThat(RankingPeriod.of(null, null, TODAY))
                .isEqualTo(new RankingPeriod(LocalDate.of(2026, 1, 1), TODAY));
    }

    @Test
    void anEndAloneStartsOnTheFirstOfItsYear() {
        assertThat(RankingPeriod.of(null, LocalDate.of(2025, 6, 30), TODAY).from()).isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void bothEndsAreWholeDaysInTheAssociationsZone() {
        RankingPeriod day = RankingPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), TODAY);
        assertThat(day.start(CHINA).toString()).isEqualTo("2026-01-01T00:00+08:00");
        assertThat(day.until(CHINA).toString()).isEqualTo("2026-01-02T00:00+08:00");
    }

    @Test
    void aStartAfterTheEndIsRefusedOnTheStart() {
        assertThatThrownBy(() -> RankingPeriod.of(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo("from");
                    assertThat(e.messageKey()).isEqualTo("ranking.period.reversed");
                });
        assertThatThrownBy(() -> RankingPeriod.of(LocalDate.of(2027, 1, 1), null, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "ranking.period.reversed");
    }

    @Test
    void daysOutsideTheYearsTheSystemHoldsAreRefused() {
        assertThatThrownBy(() -> RankingPeriod.of(null, LocalDate.of(99999, 1, 1), TODAY))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> RankingPeriod.of(LocalDate.of(1, 1, 1), null, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "ranking.period.outOfRange");
    }

    @Test
    void theWholeUtcMonthsInsideAYearInChinaLeaveEightHoursAtTheStartAndDecemberAtTheEnd() {
        RankingPeriod.WholeMonths months = RankingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                TODAY).wholeMonths(CHINA);
        assertThat(months.from().toString()).isEqualTo("2025-01-01T00:00Z");
        assertThat(months.until().toString()).isEqualTo("2025-12-01T00:00Z");
    }

    @Test
    void aPeriodWithoutAWholeMonthIsReadDayByDay() {
        RankingPeriod period = RankingPeriod.of(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 20), TODAY);
        RankingPeriod.WholeMonths months = period.wholeMonths(CHINA);
        assertThat(months.from()).isEqualTo(months.until());
        assertThat(months.until().toInstant()).isEqualTo(period.until(CHINA).toInstant());
    }

    @Test
    void aMonthStartingExactlyAtThePeriodsStartIsWhole() {
        RankingPeriod.WholeMonths months = RankingPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30),
                TODAY).wholeMonths(ZoneId.of("UTC"));
        assertThat(months.firstMonth()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(months.endMonth()).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
