package org.luoshi.publicity.internal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

class ExemplaryPersonTests {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    private final Actor countyEditor = actor(7, "/1/2/7/", Role.EDITOR);
    private final Actor provinceEditor = actor(2, "/1/2/", Role.EDITOR);
    private final Actor countyLeader = actor(7, "/1/2/7/", Role.LEADER);
    private final Actor siblingEditor = actor(8, "/1/2/8/", Role.EDITOR);
    private final ExemplaryPerson person = new ExemplaryPerson(1, 7, "/1/2/7/", null, "王老师", "高级工程师",
            "<p>事迹</p>", null, null, null, 0);

    @Test
    void aPageCannotBePublishedBeforeConsentIsRecorded() {
        assertThat(person.mayPublish(countyEditor)).isFalse();
        assertThatThrownBy(() -> person.publish(countyEditor, NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("publicity.person.publish.noConsent");
    }

    @Test
    void withConsentItIsPublishedAndWithdrawingConsentTakesThePageDownAtOnce() {
        ExemplaryPerson consented = person.recordConsent(countyEditor,
                new RecordConsent(ConsentMethod.WRITTEN, "签字同意书存档"), NOW);
        assertThat(consented.consent().recordedBy()).isEqualTo(countyEditor.accountId());
        ExemplaryPerson published = consented.publish(countyEditor, NOW);
        assertThat(published.isPublic()).isTrue();
        ExemplaryPerson withdrawn = published.withdrawConsent(countyEditor);
        assertThat(withdrawn.isPublic()).isFalse();
        assertThat(withdrawn.publishedAt()).isNull();
        assertThat(withdrawn.mayPublish(countyEditor)).isFalse();
    }

    @Test
    void consentNeedsAMethod() {
        assertThatThrownBy(() -> person.recordConsent(countyEditor, new RecordConsent(null, ""), NOW))
                .isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).field())
                .isEqualTo("method");
    }

    @Test
    void onlyTheUnitsOwnStaffKeepThePersonAncestorsAndLeadersRead() {
        assertThat(person.mayEdit(countyEditor)).isTrue();
        assertThat(person.mayEdit(provinceEditor)).isFalse();
        assertThat(person.visibleTo(provinceEditor)).isTrue();
        assertThat(person.mayEdit(countyLeader)).isFalse();
        assertThat(person.visibleTo(countyLeader)).isTrue();
        assertThat(person.visibleTo(siblingEditor)).isFalse();
        assertThatThrownBy(() -> person.recordConsent(provinceEditor,
                new RecordConsent(ConsentMethod.ORAL, ""), NOW)).isInstanceOf(BusinessException.class)
                .hasMessage("publicity.person.notYourUnit");
    }

    @Test
    void aMemberMayNotUseTheLibrary() {
        assertThat(ExemplaryPerson.mayRead(actor(7, "/1/2/7/", Role.MEMBER))).isFalse();
        assertThat(ExemplaryPerson.mayCreate(countyLeader)).isFalse();
    }

    private static Actor actor(long unitId, String path, Role role) {
        return new Actor(unitId * 100, "u" + unitId, "用户", unitId, path, Set.of(role));
    }
}
