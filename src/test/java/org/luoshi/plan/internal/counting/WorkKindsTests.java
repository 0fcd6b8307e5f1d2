package org.luoshi.plan.internal.counting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.plan.CountedKind;
import org.luoshi.shared.error.Messages;
import org.springframework.context.support.StaticMessageSource;

/** A kind reads as its module's bundle names it, and as its code where the bundle names nothing. */
class WorkKindsTests {

    private final StaticMessageSource bundle = new StaticMessageSource();
    private final WorkKinds kinds = new WorkKinds(bundle);

    @Test
    void aKindIsLabelledAndCountedAsItsModuleSays() {
        bundle.addMessage("work.kind.study.session", Messages.ZH_CN, "集体学习");
        bundle.addMessage("work.kind.study.session.unit", Messages.ZH_CN, "次");

        assertThat(kinds.counted("study.session", 3)).isEqualTo(new CountedKind("study.session", "集体学习", "次", 3));
    }

    @Test
    void aKindItsModuleDoesNotNameShowsAsItsCodeWithoutAUnit() {
        assertThat(kinds.counted("activity.held", 2)).isEqualTo(new CountedKind("activity.held", "activity.held", "", 2));
    }
}
