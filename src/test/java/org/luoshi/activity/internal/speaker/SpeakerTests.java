package org.luoshi.activity.internal.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class SpeakerTests {

    private final Speaker delegate = new Speaker(1, 2, "/1/2/", "浙江省老科协", "张代表", "党的二十大代表", "", null,
            true, 0);

    @Test
    void theProvincesLibraryServesItsCountiesButNotAnotherProvince() {
        assertThat(delegate.usableBy("/1/2/7/70/")).isTrue();
        assertThat(delegate.usableBy("/1/3/")).isFalse();
        assertThat(delegate.visibleTo(actor(70, "/1/2/7/70/"))).isTrue();
        assertThat(delegate.mayEdit(actor(70, "/1/2/7/70/"))).isFalse();
        assertThat(delegate.mayEdit(actor(2, "/1/2/"))).isTrue();
    }

    @Test
    void aSpeakerNeedsANameOfAtMostFiftyCharacters() {
        assertThatThrownBy(() -> Speaker.validated(new SaveSpeaker(" ", "", "", false)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Speaker.validated(new SaveSpeaker("名".repeat(51), "", "", false)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    private static Actor actor(long unitId, String path) {
        return new Actor(unitId * 100, "u" + unitId, "用户", unitId, path, Set.of(Role.UNIT_ADMIN));
    }
}
