package org.luoshi.study.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class MaterialTests {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private final Actor province = new Actor(1, "p", "省管理员", 2, "/1/2/", Set.of(Role.UNIT_ADMIN));
    private final Actor county = new Actor(2, "c", "县管理员", 3, "/1/2/3/", Set.of(Role.UNIT_ADMIN));
    private final Actor sibling = new Actor(3, "s", "邻省管理员", 4, "/1/4/", Set.of(Role.UNIT_ADMIN));
    private final Actor leader = new Actor(4, "l", "省领导", 2, "/1/2/", Set.of(Role.LEADER));

    private Material draft(int sections) {
        return new Material(9, 2, "/1/2/", "省里的材料", null, Material.Status.DRAFT, sections, 100, null, 0);
    }

    @Test
    void aProvinceMaterialReachesTheMembersOfItsWholeSubtreeOnceItIsPublished() {
        Material published = draft(3).publish(province, NOW);
        assertThat(draft(3).reaches("/1/2/3/")).isFalse();
        assertThat(published.reaches("/1/2/3/")).isTrue();
        assertThat(published.reaches("/1/2/")).isTrue();
        assertThat(published.reaches("/1/4/")).isFalse();
    }

    @Test
    void onlyAdministratorsOfThePublishingUnitOrAboveManageIt() {
        assertThat(draft(3).mayManage(province)).isTrue();
        assertThat(draft(3).mayManage(county)).isFalse();
        assertThat(draft(3).mayManage(sibling)).isFalse();
        assertThat(draft(3).mayManage(leader)).isFalse();
        assertThatThrownBy(() -> draft(3).publish(county, NOW)).isInstanceOf(BusinessException.class);
    }

    @Test
    void aMaterialWithoutSectionsCannotBePublished() {
        assertThat(draft(0).mayPublish(province)).isFalse();
        assertThatThrownBy(() -> draft(0).publish(province, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("study.reading.material.empty");
    }

    @Test
    void aPublishedMaterialIsWithdrawnAndThenReachesNobody() {
        Material published = draft(2).publish(province, NOW);
        assertThat(published.mayPublish(province)).isFalse();
        assertThat(published.mayWithdraw(province)).isTrue();
        Material withdrawn = published.withdraw(province);
        assertThat(withdrawn.reaches("/1/2/3/")).isFalse();
        assertThat(withdrawn.mayPublish(province)).isTrue();
        assertThatThrownBy(() -> withdrawn.withdraw(province)).hasMessage("study.reading.material.notPublished");
    }

    @Test
    void aDraftIsOpenedByItsManagersForPreviewOnly() {
        assertThat(draft(2).mayOpen(province, null)).isTrue();
        assertThat(draft(2).mayOpen(county, "/1/2/3/")).isFalse();
        assertThat(draft(2).mayOpen(leader, null)).as("a leader of the unit reads the draft").isTrue();
        Actor memberAccount = new Actor(5, "m", "会员", 2, "/1/2/", Set.of(Role.MEMBER));
        assertThat(draft(2).mayOpen(memberAccount, "/1/2/")).as("a member never sees a draft").isFalse();
    }
}
