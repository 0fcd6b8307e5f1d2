package org.luoshi.publicity.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SumsCoverTests {

    @Test
    void aYearFromSevenDecemberToTodayIsDecemberLessSixDaysAndTheNextYearLessDecemberFromToday() {
        SumsCover cover = SumsCover.of(LocalDate.of(2025, 12, 7), LocalDate.of(2026, 12, 7));
        assertThat(cover.firsts(SumsCover.Grain.YEAR)).isEqualTo("{2026-01-01}");
        assertThat(cover.signs(SumsCover.Grain.YEAR)).isEqualTo("{1}");
        assertThat(cover.firsts(SumsCover.Grain.MONTH)).isEqualTo("{2025-12-01,2026-12-01}");
        assertThat(cover.signs(SumsCover.Grain.MONTH)).isEqualTo("{1,-1}");
        assertThat(cover.firsts(SumsCover.Grain.DAY)).isEqualTo("{2025-12-01,2025-12-02,2025-12-03,2025-12-04,"
                + "2025-12-05,2025-12-06,2026-12-01,2026-12-02,2026-12-03,2026-12-04,2026-12-05,2026-12-06}");
        assertThat(cover.signs(SumsCover.Grain.DAY)).isEqualTo("{-1,-1,-1,-1,-1,-1,1,1,1,1,1,1}");
    }

    @Test
    void thisYearUpToTodayIsTheYearLessTheRestOfTheMonthAndWholeMonthsAreMonths() {
        SumsCover cover = SumsCover.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 8));
        assertThat(cover.firsts(SumsCover.Grain.YEAR)).isEqualTo("{2026-01-01}");
        assertThat(cover.firsts(SumsCover.Grain.MONTH)).isEqualTo("{2026-12-01}");
        assertThat(cover.signs(SumsCover.Grain.MONTH)).isEqualTo("{-1}");
        assertThat(cover.signs(SumsCover.Grain.DAY)).isEqualTo("{1,1,1,1,1,1,1}");
        assertThat(SumsCover.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1)).firsts(SumsCover.Grain.MONTH))
                .isEqualTo("{2026-03-01,2026-04-01}");
    }

    @Test
    void anEmptyRangeReadsNothing() {
        SumsCover cover = SumsCover.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1));
        assertThat(cover.cost()).isZero();
        assertThat(cover.firsts(SumsCover.Grain.DAY)).isEqualTo("{}");
    }

    @Test
    void everyDayOfAnyRangeIsCountedOnceAndNoOtherAndNeverAtMoreCostThanMonthsAndDays() {
        Random random = new Random(20261208);
        for (int i = 0; i < 3000; i++) {
            LocalDate from = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(40000));
            LocalDate until = from.plusDays(random.nextInt(i % 3 == 0 ? 40 : 900));
            SumsCover cover = SumsCover.of(from, until);
            Map<LocalDate, Integer> expected = new TreeMap<>();
            from.datesUntil(until).forEach(day -> expected.put(day, 1));
            assertThat(cover.days()).as("%s – %s", from, until).isEqualTo(expected);
            assertThat(cover.cost()).as("%s – %s", from, until).isLessThanOrEqualTo(plainCost(from, until));
        }
    }

    /** Whole months as months, the rest as days. */
    private static int plainCost(LocalDate from, LocalDate until) {
        LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endMonth = until.withDayOfMonth(1);
        if (!firstMonth.isBefore(endMonth)) {
            return 2 * (int) ChronoUnit.DAYS.between(from, until);
        }
        return 5 * (int) ChronoUnit.MONTHS.between(firstMonth, endMonth)
                + 2 * (int) (ChronoUnit.DAYS.between(from, firstMonth) + ChronoUnit.DAYS.between(endMonth, until));
    }
}
