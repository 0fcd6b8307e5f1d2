package org.luoshi.shared.excel;

import java.util.List;
import java.util.Map;

/** One data row of an uploaded sheet: its number as the user sees it in Excel, and cleaned cell texts by header. */
public record ExcelRow(int rowNumber, Map<String, String> cells) {

    /** The cleaned text under a header, or null when empty. */
    public String get(String header) {
        return cells.get(header);
    }

    public boolean isBlank() {
        return cells.values().stream().allMatch(v -> v == null);
    }

    static ExcelRow of(int rowNumber, List<String> headers, List<String> values) {
        java.util.LinkedHashMap<String, String> cells = new java.util.LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(headers.get(i), i < values.size() ? values.get(i) : null);
        }
        return new ExcelRow(rowNumber, cells);
    }
}
