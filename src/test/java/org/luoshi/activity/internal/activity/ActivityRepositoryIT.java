package org.luoshi.activity.internal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.ActivityKind;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/** The activity row, its co-organisers and speakers round-trip through V112 as the aggregate holds them. */
@IntegrationTest
@Transactional
class ActivityRepositoryIT {

    @Autowired
    ActivityRepository activities;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UnitDirectory units;

    @Test
    void anActivityIsReadBackAsWrittenAndARevisionOnAStaleVersionIsRefused() {
        Fixtures.Tree tree = fixtures.tree();
        UnitAt province = unitAt(tree.provinceA());
        UnitAt county = unitAt(tree.countyA());
        UnitAt coOrganiser = unitAt(tree.provinceB());
        Actor admin = new Actor(1, "a", "管理员", province.id(), province.path(), Set.of(Role.UNIT_ADMIN));
        LocalDateTime start = LocalDateTime.of(2026, 12, 20, 9, 30);
        SaveActivity command = new SaveActivity(null, ActivityKind.LECTURE_HALL, "大讲堂", "讲党的二十大精神",
                "省科技馆", "https://meeting.example.cn/123", start, start.plusHours(2), 80, county.id(), true,
                start.minusDays(7), start.minusDays(1), true, List.of(coOrganiser.id()), List.of(), null);
        ActivityDetails details = Activity.details(command, province, county, List.of(coOrganiser), null,
                ZoneId.of("Asia/Shanghai"));
        long id = activities.insert(Activity.planned(admin, province, details), 1, Instant.now());

        Activity read = activities.find(id).orElseThrow();
        assertThat(read.details()).isEqualTo(details);
        assertThat(read.unitName()).isEqualTo(province.name());
        assertThat(read.status()).isEqualTo(ActivityStatus.PLANNED);

        Activity held = read.markedHeld(admin, Instant.parse("2026-12-20T03:00:00Z"));
        activities.update(held, read.version(), Instant.now());
        assertThat(activities.find(id).orElseThrow().status()).isEqualTo(ActivityStatus.HELD);
        assertThatThrownBy(() -> activities.update(held, read.version(), Instant.now()))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    private UnitAt unitAt(long id) {
        UnitRef unit = units.find(id).orElseThrow();
        return new UnitAt(unit.id(), unit.path(), unit.name());
    }
}
