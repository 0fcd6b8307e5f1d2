package org.luoshi.publicity.internal.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.springframework.http.HttpStatus;

class PointsTableTests {

    static final long NATION = 1;
    final PointsTable seeded = new PointsTable(List.of(new PointRule("NATIONAL", 10, 0),
            new PointRule("PROVINCIAL", 5, 1), new PointRule("PREFECTURE", 2, 1), new PointRule("COUNTY", 1, 1)));

    @Test
    void anAdoptionAndARecommendationAtOneLevelEarnBoth() {
        assertThat(seeded.worth("PROVINCIAL", true, true)).isEqualTo(6);
        assertThat(seeded.worth("PROVINCIAL", true, false)).isEqualTo(5);
        assertThat(seeded.worth("PROVINCIAL", false, true)).isEqualTo(1);
        assertThat(seeded.worth("NATIONAL", true, false)).isEqualTo(10);
        assertThat(seeded.worth("GROUP_MEMBER", true, true)).isZero();
    }

    @Test
    void aLevelNotStoredIsWorthNothingButIsListed() {
        assertThat(seeded.rules()).extracting(PointRule::level).containsExactlyElementsOf(PointsTable.LEVELS);
        assertThat(seeded.worth("BRANCH", true, true)).isZero();
    }

    @Test
    void onlyTheNationalAdministratorsMayChangeThePoints() {
        assertThat(PointsTable.mayChange(actor(NATION, Role.SYSTEM_ADMIN), NATION)).isTrue();
        assertThat(PointsTable.mayChange(actor(NATION, Role.UNIT_ADMIN), NATION)).isTrue();
        assertThat(PointsTable.mayChange(actor(NATION, Role.EDITOR), NATION)).isFalse();
        assertThat(PointsTable.mayChange(actor(2, Role.SYSTEM_ADMIN), NATION)).isFalse();
        assertThatThrownBy(() -> seeded.changed(actor(2, Role.SYSTEM_ADMIN), NATION,
                new ChangePoints(List.of(new PointRule("COUNTY", 3, 3)))))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void aChangeKeepsTheLevelsItDoesNotName() {
        PointsTable next = seeded.changed(actor(NATION, Role.UNIT_ADMIN), NATION,
                new ChangePoints(List.of(new PointRule("COUNTY", 3, 0))));
        assertThat(next.rule("COUNTY")).isEqualTo(new PointRule("COUNTY", 3, 0));
        assertThat(next.rule("NATIONAL")).isEqualTo(new PointRule("NATIONAL", 10, 0));
        assertThat(seeded.rule("COUNTY").adopted()).isEqualTo(1);
    }

    @Test
    void pointsMustBeWholeNumbersFromZeroToAThousand() {
        assertRefused(new PointRule("COUNTY", 1001, 0), "adopted", "ranking.points.adopted.range");
        assertRefused(new PointRule("COUNTY", 0, -1), "recommended", "ranking.points.recommended.range");
        assertRefused(new PointRule("COUNTY", null, 0), "adopted", "ranking.points.adopted.range");
        assertRefused(new PointRule("ENTERPRISE", 1, 1), "level", "ranking.points.level.unknown");
        assertThat(seeded.changed(actor(NATION, Role.SYSTEM_ADMIN), NATION,
                new ChangePoints(List.of(new PointRule("COUNTY", 0, 1000)))).rule("COUNTY").recommended())
                .isEqualTo(1000);
    }

    @Test
    void aLevelNamedTwiceOrNoneAtAllIsRefused() {
        Actor admin = actor(NATION, Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> seeded.changed(admin, NATION, new ChangePoints(List.of(
                new PointRule("COUNTY", 1, 1), new PointRule("COUNTY", 2, 2)))))
                .hasFieldOrPropertyWithValue("messageKey", "ranking.points.level.twice");
        assertThatThrownBy(() -> seeded.changed(admin, NATION, new ChangePoints(List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "ranking.points.levels.required");
    }

    private void assertRefused(PointRule rule, String field, String key) {
        assertThatThrownBy(() -> seeded.changed(actor(NATION, Role.SYSTEM_ADMIN), NATION,
                new ChangePoints(List.of(rule))))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    private static Actor actor(long unitId, Role role) {
        return new Actor(7, "someone", "某人", unitId, "/" + unitId + "/", Set.of(role));
    }
}
