package org.luoshi.shared.excel;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did: how many rows were saved, and every rejected row with its number, column and reason
 * in Chinese. The good rows are kept whatever happens to the bad ones.
 */
public final class ImportReport {

    public record RowError(int rowNumber, String column, String reason) {
    }

    private final List<RowError> errors = new ArrayList<>();
    private int imported;
    private int rows;

    public void rowRead() {
        rows++;
    }

    public void imported(int count) {
        imported += count;
    }

    public void reject(int rowNumber, String column, String reason) {
        errors.add(new RowError(rowNumber, column, reason));
    }

    public int rows() {
        return rows;
    }

    public int importedCount() {
        return imported;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    public long rejectedRowCount() {
        return errors.stream().mapToInt(RowError::rowNumber).distinct().count();
    }

    /** The error report users download: 行号, 列, 原因. */
    public byte[] errorWorkbook(String sheetName, List<String> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelWriter.write(out, sheetName, headers,
                errors.stream().map(e -> List.of(e.rowNumber(), e.column() == null ? "" : e.column(), e.reason())));
        return out.toByteArray();
    }
}
