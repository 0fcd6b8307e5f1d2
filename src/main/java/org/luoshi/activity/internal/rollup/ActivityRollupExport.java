package org.luoshi.activity.internal.rollup;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/**
 * 活动统计 as one sheet: a title row naming the unit and the period, then the lines per child unit (all of them),
 * per kind and per month, each marked with what it groups by, and the total.
 */
@Component
public class ActivityRollupExport {

    private final ActivityRollup rollup;
    private final Messages messages;

    ActivityRollupExport(ActivityRollup rollup, Messages messages) {
        this.rollup = rollup;
        this.messages = messages;
    }

    /** The sheet as a download named for the unit and the period (page and API). */
    public void download(HttpServletResponse response, UnitRef unit, RollupPeriod period) throws IOException {
        write(ExcelDownload.start(response, messages.get("activity.rollup.heading") + "-" + unit.name() + "-"
                + period.from() + "-" + period.to()), unit, period);
    }

    public void write(OutputStream out, UnitRef unit, RollupPeriod period) {
        List<RollupRow> units = rollup.perChildUnit(unit, period);
        RollupRow total = rollup.total(unit, period);
        Stream<List<Object>> rows = Stream.of(
                        lines("activity.rollup.group.unit", units),
                        lines("activity.rollup.group.kind", rollup.perKind(unit, period)),
                        lines("activity.rollup.group.month", rollup.perMonth(unit, period)),
                        Stream.of(List.<Object>of(messages.get("activity.rollup.total"), unit.name(), total.held(),
                                total.withDelegates(), total.participants())))
                .flatMap(s -> s);
        ExcelWriter.write(out, messages.get("activity.rollup.sheet.title", unit.name(), period.from(), period.to()),
                messages.get("activity.rollup.heading"), headers(), rows);
    }

    public List<String> headers() {
        return List.of(messages.get("activity.rollup.column.group"), messages.get("activity.rollup.column.name"),
                messages.get("activity.rollup.column.held"), messages.get("activity.rollup.column.delegates"),
                messages.get("activity.rollup.column.participants"));
    }

    private Stream<List<Object>> lines(String group, List<RollupRow> rows) {
        String label = messages.get(group);
        return rows.stream().map(r -> List.<Object>of(label, r.name(), r.held(), r.withDelegates(),
                r.participants()));
    }
}
