package org.luoshi.study.internal.coverage;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.office.WordText;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.report.StudyReportScope;
import org.luoshi.study.internal.report.StudyReportSection;
import org.springframework.stereotype.Component;

/**
 * The 学习情况统计 report's part on reading the originals: for each material published to the unit (at most
 * {@value #MATERIALS}, newest first), the coverage per child unit and the units furthest behind, as of the day.
 */
@Component
class CoverageReportSection implements StudyReportSection {

    static final int MATERIALS = 5;
    static final int BEHIND = 10;

    private final CoverageQueries queries;
    private final Messages messages;

    CoverageReportSection(CoverageQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void write(StudyReportScope scope, XWPFDocument document) {
        paragraph(document, messages.get("coverage.report.heading"), 16, true);
        List<CoverageMaterial> materials = queries.materials(scope.unit().path(), new PageQuery(1, MATERIALS))
                .items().stream().filter(m -> m.publishedOn() == null
                        || !m.publishedOn().isAfter(scope.asOf()))
                .toList();
        if (materials.isEmpty()) {
            paragraph(document, messages.get("coverage.report.none"), 14, false);
            return;
        }
        for (CoverageMaterial material : materials) {
            material(document, new CoverageScope(material, scope.unit()), scope.asOf());
        }
    }

    private void material(XWPFDocument document, CoverageScope scope, LocalDate asOf) {
        CoverageOverview overview = queries.overviewAsOf(scope, asOf);
        Coverage total = overview.total();
        paragraph(document, messages.get("coverage.report.material", scope.material().title()), 15, true);
        paragraph(document, messages.get("coverage.report.total", scope.unit().name(), total.members(),
                total.started(), total.startedShare(), total.finished(), total.finishedShare()), 14, false);
        XWPFTable children = table(document);
        overview.children().forEach(child -> row(children, child.unitName(), child.figures()));
        List<BehindUnit> behind = queries.behindAsOf(scope, asOf, BEHIND);
        if (behind.isEmpty()) {
            paragraph(document, messages.get("coverage.report.noBehind"), 14, false);
            return;
        }
        paragraph(document, messages.get("coverage.report.behind", behind.size()), 14, true);
        XWPFTable table = table(document);
        behind.forEach(unit -> row(table, unit.unitName(), unit.figures()));
    }

    private XWPFTable table(XWPFDocument document) {
        return WordText.table(document, List.of(messages.get("coverage.col.unit"),
                messages.get("coverage.col.members"), messages.get("coverage.col.started"),
                messages.get("coverage.col.startedShare"), messages.get("coverage.col.finished"),
                messages.get("coverage.col.finishedShare")), font(), 12);
    }

    private void row(XWPFTable table, String name, Coverage f) {
        WordText.row(table, List.of(name, f.members(), f.started(), f.startedShare() + "%", f.finished(),
                f.finishedShare() + "%"), font(), 12);
    }

    private void paragraph(XWPFDocument document, String text, int points, boolean bold) {
        // headings (the section's, each material's) in the heading font, as the other sections of the report
        WordText.run(document.createParagraph(), text, points >= 15 ? messages.get("coverage.report.font.heading")
                : font(), points, bold);
    }

    private String font() {
        return messages.get("coverage.report.font");
    }
}
