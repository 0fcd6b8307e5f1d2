package org.luoshi.plan.internal.rollup;

import org.luoshi.shared.text.BookTitle;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupCounted;
import org.luoshi.plan.internal.counting.CountedText;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.web.PageQuery;
import org.springframework.stereotype.Component;

/** Each view of the roll-up as an Excel sheet, with the same columns the page shows. */
@Component
public class RollupExport {

    /** The views a user can export. */
    public enum View {
        SUMMARY, ITEMS, CHILDREN, LAGGARDS, TREND,
        /** One item across the child units; {@link #writeItem} writes it. */
        ITEM;

        public static View parse(String value) {
            try {
                return value == null || value.isBlank() ? SUMMARY : valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("view", "rollup.view.invalid", value);
            }
        }
    }

    private static final String[] FIGURE_COLUMNS = {"rollup.assignments", "rollup.acknowledged",
        "rollup.acknowledgementRate", "rollup.implSubmitted", "rollup.implApproved", "rollup.implementationRate",
        "rollup.items", "rollup.accepted", "rollup.completionRate", "rollup.acceptedOnTime", "rollup.onTimeRate",
        "rollup.overdue"};

    private final PlanRollups rollups;
    private final Messages messages;
    private final CountedText counted;

    RollupExport(PlanRollups rollups, Messages messages, CountedText counted) {
        this.rollups = rollups;
        this.messages = messages;
        this.counted = counted;
    }

    /**
     * What the sheet is, in its file name and its title row: the plan, the view (or the item), the unit whose
     * subtree it counts and the day it stands at, so that five downloads of one plan do not overwrite each other.
     */
    public String title(RollupScope scope, View view, RollupItemBreakdown item, LocalDate asOf) {
        return messages.get("rollup.export.title", BookTitle.cite(scope.plan().title()), subject(view, item),
                scope.unit().name(), asOf.toString());
    }

    public String filename(RollupScope scope, View view, RollupItemBreakdown item, LocalDate asOf) {
        return messages.get("rollup.export.file", BookTitle.cite(scope.plan().title()), subject(view, item),
                scope.unit().name(), asOf.toString()).replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private String subject(View view, RollupItemBreakdown item) {
        return item != null ? messages.get("rollup.export.item", item.item().numbering())
                : messages.get("rollup.export.sheet." + view.name().toLowerCase(Locale.ROOT));
    }

    /** One item's rows per child unit, the unit's own assignment first, as the item page shows them. */
    public void writeItem(OutputStream out, RollupScope scope, RollupItemBreakdown breakdown, LocalDate asOf) {
        ExcelWriter.write(out, title(scope, View.ITEM, breakdown, asOf),
                messages.get("rollup.export.item", breakdown.item().numbering()),
                withCounted(headers("rollup.child")), breakdown.children().stream()
                        .map(child -> withCounted(row(child.unitName(), child.figures()), child.counted())));
    }

    public void write(OutputStream out, RollupScope scope, View view, LocalDate asOf) {
        String sheet = messages.get("rollup.export.sheet." + view.name().toLowerCase(Locale.ROOT));
        String title = title(scope, view, null, asOf);
        switch (view) {
            case SUMMARY -> ExcelWriter.write(out, title, sheet, headers("rollup.child"),
                    Stream.of(row(scope.unit().name(), rollups.summary(scope, asOf))));
            case ITEMS -> ExcelWriter.write(out, title, sheet,
                    withCounted(headers("rollup.item", "rollup.dueOn", "rollup.counted.target")),
                    rollups.byItem(scope, asOf).stream().map(item -> withCounted(row(
                            item.numbering() + " " + item.title(), item.dueOn(),
                            counted.target(item.counted().work()), item.figures()), item.counted())));
            case CHILDREN -> ExcelWriter.write(out, title, sheet, headers("rollup.child"),
                    rollups.byChildUnit(scope, asOf).stream().map(child -> row(child.unitName(), child.figures())));
            case LAGGARDS -> ExcelWriter.write(out, title, sheet, List.of(messages.get("rollup.child"),
                            messages.get("rollup.laggard.overdueItems"), messages.get("rollup.laggard.daysOverdue"),
                            messages.get("rollup.laggard.acknowledged"),
                            messages.get("rollup.laggard.daysUnacknowledged")),
                    rollups.laggards(scope, asOf, new PageQuery(1, PageQuery.MAX_SIZE)).items().stream()
                            .map(l -> List.of(l.unitName(), l.overdueItems(), blank(l.daysOverdue()),
                                    messages.get(l.acknowledged() ? "rollup.laggard.yes" : "rollup.laggard.no"),
                                    blank(l.daysUnacknowledged()))));
            case ITEM -> throw new IllegalArgumentException("an item is written by writeItem");
            case TREND -> ExcelWriter.write(out, title, sheet, List.of(messages.get("rollup.week"),
                            messages.get("rollup.weekStart"), messages.get("rollup.week.acknowledgements"),
                            messages.get("rollup.week.acceptances"), messages.get("rollup.week.acknowledgementRate"),
                            messages.get("rollup.week.completionRate")),
                    rollups.trend(scope, asOf).stream().map(w -> List.of(w.isoWeek(), w.weekStart(),
                            w.acknowledgements(), w.acceptances(), w.acknowledgementRate(), w.completionRate())));
        }
    }

    private List<String> headers(String... leading) {
        List<String> headers = new ArrayList<>();
        for (String key : leading) {
            headers.add(messages.get(key));
        }
        for (String key : FIGURE_COLUMNS) {
            headers.add(messages.get(key));
        }
        return headers;
    }

    /** The 计入落实 columns after the figures: the work counted, and how many units reached the target by it. */
    private List<String> withCounted(List<String> headers) {
        List<String> all = new ArrayList<>(headers);
        all.add(messages.get("rollup.counted"));
        all.add(messages.get("rollup.counted.reached"));
        return all;
    }

    private List<Object> withCounted(List<Object> row, RollupCounted work) {
        List<Object> all = new ArrayList<>(row);
        all.add(counted.figure(work.work()));
        all.add(work.unitsReached());
        return all;
    }

    private static List<Object> row(Object... leadingThenFigures) {
        List<Object> row = new ArrayList<>(Arrays.asList(leadingThenFigures).subList(0, leadingThenFigures.length - 1));
        RollupFigures f = (RollupFigures) leadingThenFigures[leadingThenFigures.length - 1];
        row.addAll(List.of(f.assignments(), f.acknowledged(), f.acknowledgementRate(), f.implSubmitted(),
                f.implApproved(), f.implementationRate(), f.items(), f.accepted(), f.completionRate(),
                f.acceptedOnTime(), f.onTimeRate(), f.overdue()));
        return row;
    }

    private static Object blank(Integer value) {
        return value == null ? "" : value;
    }
}
