package org.luoshi.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.luoshi.plan.CountedKind;
import org.luoshi.plan.CountedWork;
import org.luoshi.plan.EvidenceKind;
import org.luoshi.plan.internal.AssignmentView;
import org.luoshi.plan.internal.MeasureRepository;
import org.luoshi.plan.internal.PlanQueries;
import org.luoshi.plan.internal.ReportRepository;
import org.luoshi.plan.internal.counting.CountedText;
import org.luoshi.plan.internal.counting.CountedWorks;

/** An assignment as the API returns it. */
record AssignmentJson(long id, long planId, String planTitle, long unitId, String unitName, long assignerUnitId,
        String assignerName, String status, Instant acknowledgedAt, String acknowledgedByName, String implStatus,
        String implComment, Instant completedAt, int version, List<PlanQueries.LineageStep> lineage,
        List<Item> items, AssignmentView.Actions actions) {

    /** One item: {@code evidenceRequired} is what a completing report must carry; {@code mayReport} now. */
    record Item(long itemId, String label, LocalDate dueOn, String status, int percent, Instant acceptedAt,
            boolean overdue, List<EvidenceKind> evidenceRequired, boolean mayReport,
            List<MeasureRepository.Measure> measures, List<ReportRepository.Report> reports, Counted counted) {
    }

    /**
     * 计入落实: the work of other modules counted toward the item, by kind, beside its target; {@code reached} (已达标)
     * when the kinds counted in the target's unit reach it, which completes nothing by itself; each entry links to
     * its record (a path of this site).
     */
    record Counted(String text, List<CountedKind> kinds, Integer targetQuantity, String targetUnit,
            long towardTarget, boolean reached, List<Entry> entries) {

        static Counted of(CountedWorks.ItemCount count, CountedText text) {
            CountedWork work = count.work();
            return new Counted(text.of(work), work.kinds(), work.targetQuantity(), work.targetUnit(),
                    work.towardTarget(), work.reached(), count.entries().stream().map(Entry::of).toList());
        }
    }

    record Entry(String kind, String label, long recordId, int quantity, String unit, String title, String link,
            Instant countedAt) {

        static Entry of(CountedWorks.Entry e) {
            return new Entry(e.kind(), e.label(), e.recordId(), e.quantity(), e.unit(), e.title(), e.link(),
                    e.countedAt());
        }
    }

    static AssignmentJson of(AssignmentView view, CountedText text) {
        var a = view.assignment();
        return new AssignmentJson(a.id(), a.planId(), view.plan().title(), a.unitId(), view.unitName(),
                a.assignerUnitId(), view.assignerName(), a.status().name(), a.acknowledgedAt(),
                a.acknowledgedByName(), a.implStatus().name(), a.implComment(), a.completedAt(), a.version(),
                view.lineage(), view.items().stream().map(i -> new Item(i.item().id(), i.item().citedLabel(),
                        i.state().dueOn(), i.state().status().name(), i.state().percent(), i.state().acceptedAt(),
                        i.overdue(), i.item().evidenceKinds(), i.mayReport(), i.measures(), i.reports(),
                        Counted.of(i.counted(), text))).toList(),
                view.actions());
    }
}
