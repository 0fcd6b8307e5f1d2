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
    void aYearInChinaIsEightHoursOfRecordsTheWholeUtcDaysAsSumsThenSixteenHours() {
        RankingPeriod.Parts parts = RankingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), TODAY)
                .parts(CHINA);
        assertThat(parts.start().toInstant().toString()).isEqualTo("2024-12-31T16:00:00Z");
        assertThat(parts.dayStart().toInstant().toString()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(parts.dayEnd().toInstant().toString()).isEqualTo("2025-12-31T00:00:00Z");
        assertThat(parts.until().toInstant().toString()).isEqualTo("2025-12-31T16:00:00Z");
        // 2025 less its last day
        assertThat(parts.sums().firsts(SumsCover.Grain.YEAR)).isEqualTo("{2025-01-01}");
        assertThat(parts.sums().firsts(SumsCover.Grain.MONTH)).isEqualTo("{}");
        assertThat(parts.sums().firsts(SumsCover.Grain.DAY)).isEqualTo("{2025-12-31}");
        assertThat(parts.sums().signs(SumsCover.Grain.DAY)).isEqualTo("{-1}");
    }

    @Test
    void aDayInChinaHoldsNoWholeUtcDayAndIsReadFromTheRecords() {
        RankingPeriod period = RankingPeriod.of(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5), TODAY);
        RankingPeriod.Parts parts = period.parts(CHINA);
        assertThat(parts.dayStart()).isEqualTo(parts.until()).isEqualTo(parts.dayEnd());
        assertThat(parts.sums().cost()).isZero();
        assertThat(parts.until()).isEqualTo(period.until(CHINA));
    }

    @Test
    void inUtcAPeriodIsWholeDays() {
        RankingPeriod.Parts parts = RankingPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), TODAY)
                .parts(ZoneId.of("UTC"));
        assertThat(parts.dayStart()).isEqualTo(parts.start());
        assertThat(parts.dayEnd()).isEqualTo(parts.until());
        assertThat(parts.sums().firsts(SumsCover.Grain.MONTH)).isEqualTo("{2025-02-01,2025-03-01,2025-04-01}");
    }

    @Test
    void westOfGreenwichTheFirstWholeUtcDayIsTheNextOne() {
        RankingPeriod.Parts parts = RankingPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 30), TODAY)
                .parts(ZoneId.of("America/New_York"));
        assertThat(parts.start().toInstant().toString()).isEqualTo("2025-02-01T05:00:00Z");
        assertThat(parts.dayStart().toInstant().toString()).isEqualTo("2025-02-02T00:00:00Z");
        assertThat(parts.sums().days().keySet()).first().isEqualTo(LocalDate.of(2025, 2, 2));
        assertThat(parts.dayEnd().toInstant().toString()).isEqualTo("2025-05-01T00:00:00Z");
        assertThat(parts.until().toInstant().toString()).isEqualTo("2025-05-01T04:00:00Z");
    }
}
