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

/** Streams a one-sheet xlsx: memory stays flat however many rows an export has. */
public final class ExcelWriter {

    private ExcelWriter() {
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Stream<? extends List<?>> rows) {
        try {
            Workbook workbook = new Workbook(out, "Luoshi", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
                sheet.style(0, c).bold().fillColor("DDE7F0").set();
                sheet.width(c, Math.max(12, headers.get(c).length() * 3));
            }
            int[] r = {1};
            rows.forEach(row -> {
                for (int c = 0; c < row.size(); c++) {
                    put(sheet, r[0], c, row.get(c));
                }
                r[0]++;
                if (r[0] % 1000 == 0) {
                    flush(sheet);
                }
            });
            sheet.freezePane(0, 1);
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
