package org.luoshi.plan.internal.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.luoshi.plan.ItemRef;
import org.luoshi.plan.WorkCounted;

class CountedEntryTests {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void keepsTheRecordAsPublished() {
        CountedEntry entry = CountedEntry.of(counted("study.session", 1, " 中心组学习 ", "/study/sessions/42?tab=1"));

        assertThat(entry.itemId()).isEqualTo(7);
        assertThat(entry.title()).isEqualTo("中心组学习");
        assertThat(entry.link()).isEqualTo("/study/sessions/42?tab=1");
    }

    @Test
    void aLinkThatWouldLeaveTheSiteIsDropped() {
        assertThat(CountedEntry.of(counted("study.session", 1, "t", "https://example.com/x")).link()).isNull();
        assertThat(CountedEntry.of(counted("study.session", 1, "t", "//example.com/x")).link()).isNull();
        assertThat(CountedEntry.of(counted("study.session", 1, "t", "javascript:alert(1)")).link()).isNull();
        assertThat(CountedEntry.of(counted("study.session", 1, "t", null)).link()).isNull();
    }

    @Test
    void aLongTitleIsCutToWhatIsKept() {
        assertThat(CountedEntry.of(counted("study.session", 1, "学".repeat(400), null)).title())
                .hasSize(CountedEntry.TITLE_LENGTH);
    }

    @Test
    void aKindIsACodeAndAQuantityIsNotNegative() {
        assertThatThrownBy(() -> CountedEntry.of(counted("集体学习", 1, "t", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountedEntry.of(counted("study..session", 1, "t", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountedEntry.of(counted("study.session", -1, "t", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CountedEntry.of(counted("publicity.adopted", 0, "t", null)).quantity()).isZero();
    }

    private static WorkCounted counted(String kind, int quantity, String title, String link) {
        return new WorkCounted(3, new ItemRef(5, 7), kind, 42, quantity, title, link, AT);
    }
}
