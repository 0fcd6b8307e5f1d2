package org.luoshi.activity.internal.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class ActivitySeriesTests {

    private final ActivitySeries series = new ActivitySeries(1, 2, "/1/2/", "浙江省老科协", "党的二十大代表进协会", "",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0);

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedOnTheEndDate() {
        assertThatThrownBy(() -> ActivitySeries.validated(new SaveSeries("系列", "", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 30)))).isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.field()).isEqualTo("endsOn"));
        assertThat(ActivitySeries.validated(new SaveSeries("  系列 ", null, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 1))).title()).isEqualTo("系列");
    }

    @Test
    void theUnitsBelowJoinItSiblingsNeitherSeeNorJoinIt() {
        assertThat(series.mayJoin("/1/2/7/")).isTrue();
        assertThat(series.mayJoin("/1/3/")).isFalse();
        assertThat(series.visibleTo(actor(7, "/1/2/7/", Role.UNIT_ADMIN))).isTrue();
        assertThat(series.visibleTo(actor(3, "/1/3/", Role.UNIT_ADMIN))).isFalse();
        assertThat(series.mayEdit(actor(7, "/1/2/7/", Role.UNIT_ADMIN))).isFalse();
        assertThat(series.mayEdit(actor(1, "/1/", Role.SYSTEM_ADMIN))).isTrue();
    }

    private static Actor actor(long unitId, String path, Role role) {
        return new Actor(unitId * 100, "u" + unitId, "用户", unitId, path, Set.of(role));
    }
}
