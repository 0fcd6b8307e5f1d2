package org.luoshi.publicity.internal.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;

/** The briefing's rules, without Spring. */
class BriefingTests {

    static final Actor EDITOR = new Actor(1, "editor", "编辑", 10, "/1/10/", Set.of(Role.EDITOR));
    static final Actor OTHER_EDITOR = new Actor(2, "other", "编辑", 11, "/1/11/", Set.of(Role.EDITOR));
    static final Actor PARENT_LEADER = new Actor(3, "leader", "领导", 1, "/1/", Set.of(Role.LEADER));
    static final Actor MEMBER = new Actor(4, "member", "会员", 10, "/1/10/", Set.of(Role.MEMBER));

    static Briefing draft(int items) {
        Briefing b = new Briefing(5, 10, "/1/10/", 0);
        List<Briefing.Item> list = new java.util.ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(new Briefing.Item(i, 100L + i, "稿件" + i, "<p>正文" + i + "</p>", "某县"));
        }
        b.restore(2026, 3, "工作简报", "甲省老科协", LocalDate.of(2026, 12, 1), "", "", "", "",
                BriefingStatus.DRAFT, null, null, null, list);
        return b;
    }

    static CompileBriefing compile(Integer number) {
        return new CompileBriefing(2026, number, "工作简报", "甲省老科协", LocalDate.of(2026, 12, 1), "按语", "中国老科协",
                null, "各市");
    }

    @Test
    void anEmptyNumberTakesTheNextFreeOne() {
        Briefing b = Briefing.newFor(EDITOR);
        b.write(EDITOR, compile(null), 7);
        assertThat(b.number()).isEqualTo(7);
        assertThat(b.sendTo()).isEmpty();
    }

    @Test
    void aNumberOutOfRangeOrAYearOfTwoDigitsIsRefusedOnItsField() {
        Briefing b = Briefing.newFor(EDITOR);
        assertThatThrownBy(() -> b.write(EDITOR, compile(0), 1)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("number");
        CompileBriefing shortYear = new CompileBriefing(26, 1, "工作简报", "甲省", LocalDate.of(2026, 1, 1), null, null,
                null, null);
        assertThatThrownBy(() -> b.write(EDITOR, shortYear, 1)).extracting(e -> ((BusinessException) e).field())
                .isEqualTo("year");
    }

    @Test
    void onlyPublicityStaffStartABriefing() {
        assertThatThrownBy(() -> Briefing.newFor(MEMBER)).isInstanceOf(BusinessException.class);
        assertThat(Briefing.mayCompile(PARENT_LEADER)).isFalse();
        assertThat(Briefing.mayRead(PARENT_LEADER)).isTrue();
    }

    @Test
    void aParentsLeaderReadsButOnlyTheUnitsOwnStaffEdit() {
        Briefing b = draft(2);
        assertThat(b.mayView(PARENT_LEADER)).isTrue();
        assertThat(b.mayEdit(PARENT_LEADER)).isFalse();
        assertThat(b.mayView(OTHER_EDITOR)).isFalse();
        assertThat(b.mayEdit(EDITOR)).isTrue();
        assertThatThrownBy(() -> b.move(OTHER_EDITOR, 1, Briefing.Direction.DOWN))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void itemsMoveOnePlaceAndNotPastEitherEnd() {
        Briefing b = draft(3);
        b.move(EDITOR, 3, Briefing.Direction.UP);
        assertThat(b.items()).extracting(Briefing.Item::title).containsExactly("稿件1", "稿件3", "稿件2");
        assertThat(b.mayMoveUp(EDITOR, 1)).isFalse();
        assertThat(b.mayMoveDown(EDITOR, 2)).isFalse();
        assertThatThrownBy(() -> b.move(EDITOR, 1, Briefing.Direction.UP))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("publicity.briefing.item.move.edge");
    }

    @Test
    void aSubmissionIsAddedOnceAndTheBodyIsSanitisedWhenEdited() {
        Briefing b = draft(1);
        assertThatThrownBy(() -> b.add(EDITOR, List.of(new Briefing.Item(0, 101L, "再来", "<p>x</p>", ""))))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("submissionIds");
        b.edit(EDITOR, 1, new EditItem("新标题", "<p onmouseover='x()'>新<script>x()</script></p>", "乙县"));
        assertThat(b.items().get(0).bodyHtml()).isEqualTo("<p>新</p>");
        assertThatThrownBy(() -> b.edit(EDITOR, 1, new EditItem("新标题", "<script>x()</script>", "")))
                .extracting(e -> ((BusinessException) e).field()).isEqualTo("bodyHtml");
    }

    @Test
    void anIssuedBriefingIsFinal() {
        Briefing empty = draft(0);
        assertThat(empty.mayIssue(EDITOR)).isFalse();
        assertThatThrownBy(() -> empty.issue(EDITOR, 9, Instant.EPOCH))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("publicity.briefing.issue.empty");
        Briefing b = draft(2);
        assertThat(b.mayPublish(EDITOR)).isFalse();
        b.issue(EDITOR, 9, Instant.EPOCH);
        assertThat(b.mayEdit(EDITOR)).isFalse();
        assertThat(b.mayPublish(EDITOR)).isTrue();
        assertThatThrownBy(() -> b.write(EDITOR, compile(3), 4))
                .extracting(e -> ((BusinessException) e).messageKey()).isEqualTo("publicity.briefing.issued");
        assertThatThrownBy(() -> b.remove(EDITOR, 1)).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("publicity.briefing.issued");
        b.published(EDITOR, 77);
        assertThat(b.mayPublish(EDITOR)).isFalse();
        assertThatThrownBy(() -> b.published(EDITOR, 78)).extracting(e -> ((BusinessException) e).messageKey())
                .isEqualTo("publicity.briefing.publish.twice");
    }
}
