package org.luoshi.study.internal.group;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.RollupPlan;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.office.WordText;
import org.luoshi.shared.text.BookTitle;
import org.luoshi.study.internal.report.StudyReportScope;
import org.luoshi.study.internal.report.StudyReportSection;
import org.springframework.stereotype.Component;

/**
 * Section 一 of the 学习情况统计: for each plan the unit's subtree received, the share of units that set up a leading
 * group by the report's day, per child unit, and the units that have not.
 */
@Component
class GroupReportSection implements StudyReportSection {

    private static final int PLANS = 5;
    private static final int MISSING_NAMED = 50;

    private final GroupRollup rollup;
    private final Messages messages;

    GroupReportSection(GroupRollup rollup, Messages messages) {
        this.rollup = rollup;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void write(StudyReportScope scope, XWPFDocument document) {
        WordText.run(document.createParagraph(), m("study.report.group.heading"), font("heading"), 16, true);
        List<RollupPlan> plans = rollup.plans(scope.actor()).stream()
                .filter(plan -> plan.issuedOn() == null || !plan.issuedOn().isAfter(scope.asOf())).limit(PLANS)
                .toList();
        if (plans.isEmpty()) {
            body(document, m("study.report.group.none"));
            return;
        }
        for (RollupPlan plan : plans) {
            RollupScope planScope;
            try {
                planScope = rollup.scope(scope.actor(), plan.id(), scope.unit().id());
            } catch (BusinessException notReached) {
                continue; // the plan reached the actor's subtree, not this unit's
            }
            GroupRollup.Overview overview = rollup.overview(planScope, scope.asOf());
            GroupRollup.Share total = overview.total();
            body(document, messages.get("study.report.group.plan", BookTitle.cite(plan.title()), total.assigned(),
                    total.withGroup(),
                    total.percent(), total.without()));
            if (!overview.children().isEmpty()) {
                XWPFTable table = WordText.table(document, List.of(m("study.group.rollup.child"),
                        m("study.group.rollup.assigned"), m("study.group.rollup.with"),
                        m("study.group.rollup.without"), m("study.group.rollup.share")), font("body"), 12);
                for (GroupRollup.Share share : overview.children()) {
                    WordText.row(table, List.of(share.own() ? share.unitName() + m("study.group.rollup.own.suffix")
                            : share.unitName(), share.assigned(), share.withGroup(), share.without(),
                            share.percent() + "%"), font("body"), 12);
                }
            }
            List<UnitRef> missing = rollup.withoutAll(planScope, scope.asOf());
            if (!missing.isEmpty()) {
                String names = String.join("、", missing.stream().limit(MISSING_NAMED).map(UnitRef::name).toList());
                if (missing.size() > MISSING_NAMED) {
                    names += messages.get("study.report.group.missing.more", missing.size());
                }
                body(document, messages.get("study.report.group.missing", names));
            }
        }
    }

    private void body(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(640);
        WordText.run(paragraph, text, font("body"), 16, false);
    }

    private String font(String role) {
        return messages.get("study.report.font." + role);
    }

    private String m(String key) {
        return messages.get(key);
    }
}
