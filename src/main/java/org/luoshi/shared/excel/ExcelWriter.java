package org.luoshi.shared.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams a one-sheet xlsx: memory stays flat however many rows an export has. A report that leaves the office
 * (a roll-up, a task list) begins with a title row naming what it is, whose and as of when, since a sheet
 * forwarded by mail is read without the page it came from; a sheet meant to be filled in and uploaded again (a
 * template, a member list) has its headers in the first row, where {@link ExcelReader} looks for them.
 */
public final class ExcelWriter {

    private ExcelWriter() {
    }

    /** Headers in the first row, for sheets that come back as uploads. */
    public static void write(OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows) {
        write(out, null, sheetName, headers, rows);
    }

    /** A title row across the columns (when {@code title} is not null), then the headers, then the rows. */
    public static void write(OutputStream out, String title, String sheetName, List<String> headers,
            Stream<? extends List<?>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Luoshi", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            int head = title == null ? 0 : 1;
            if (title != null) {
                sheet.value(0, 0, title);
                sheet.range(0, 0, 0, Math.max(0, headers.size() - 1)).merge();
                sheet.style(0, 0).bold().fontSize(14).set();
                sheet.rowHeight(0, 24);
            }
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(head, c, headers.get(c));
                sheet.style(head, c).bold().fillColor("DDE7F0").set();
                sheet.width(c, Math.max(12, headers.get(c).length() * 3));
            }
            int[] r = {head + 1};
            rows.forEach(row -> {
                for (int c = 0; c < row.size(); c++) {
                    put(sheet, r[0], c, row.get(c));
                }
                r[0]++;
                if (r[0] % 1000 == 0) {
                    flush(sheet);
                }
            });
            sheet.freezePane(0, head + 1);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Worksheet sheet, int r, int c, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date.toString());
        } else if (value instanceof TemporalAccessor temporal) {
            sheet.value(r, c, temporal.toString());
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
