package org.luoshi.shared.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.luoshi.shared.text.TextNormalizer;

/**
 * Reads the first sheet of an uploaded xlsx row by row (streaming, so a 100,000-row file fits in a small heap).
 * The first row holds the headers; every cell comes back cleaned by {@link TextNormalizer}.
 */
public final class ExcelReader {

    private ExcelReader() {
    }

    /** Calls {@code onHeaders} once with the header row, then {@code onRow} for every non-blank data row. */
    public static void read(InputStream in, Consumer<List<String>> onHeaders, Consumer<ExcelRow> onRow) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in);
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            Iterator<Row> iterator = rows.iterator();
            if (!iterator.hasNext()) {
                throw new NotASpreadsheetException();
            }
            List<String> headers = texts(iterator.next());
            onHeaders.accept(headers);
            while (iterator.hasNext()) {
                Row row = iterator.next();
                ExcelRow excelRow = ExcelRow.of(row.getRowNum(), headers, texts(row));
                if (!excelRow.isBlank()) {
                    onRow.accept(excelRow);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof NotASpreadsheetException n) {
                throw n;
            }
            if (e instanceof UncheckedIOException || e instanceof IOException || isFormatProblem(e)) {
                throw new NotASpreadsheetException();
            }
            throw (RuntimeException) e;
        }
    }

    private static boolean isFormatProblem(Throwable e) {
        String name = e.getClass().getName();
        return name.contains("ExcelReaderException") || name.contains("XMLStream") || name.contains("Zip");
    }

    private static List<String> texts(Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            values.add(text(row.getCell(i)));
        }
        return values;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            // 13812345678 typed into a number cell arrives as 1.3812345678E10
            BigDecimal number = cell.asNumber();
            return number.stripTrailingZeros().toPlainString();
        }
        return TextNormalizer.clean(cell.getRawValue());
    }

    /** The upload is not a readable xlsx file. */
    public static class NotASpreadsheetException extends RuntimeException {
        NotASpreadsheetException() {
            super("not an xlsx workbook");
        }
    }
}
