package org.luoshi.org.member;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.luoshi.shared.excel.ExcelReader;

/** Writes the spreadsheets a user would upload and reads back the ones they download. */
final class Sheets {

    static final List<String> TEMPLATE_HEADERS = List.of("姓名", "性别", "出生年份", "手机号", "身份证号", "所属单位编码",
            "专业领域", "职称", "原工作单位", "政治面貌", "入会日期");

    private Sheets() {
    }

    /** An xlsx whose first row is {@code headers}; every cell is written as text, as users type it. */
    static byte[] xlsx(List<String> headers, List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("会员");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (rows.get(r).get(c) != null) {
                    sheet.value(r + 1, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** The first sheet's data rows, each a map from header to cell text. */
    static List<Map<String, String>> read(byte[] xlsx) {
        List<Map<String, String>> rows = new ArrayList<>();
        ExcelReader.read(new ByteArrayInputStream(xlsx), headers -> { }, row -> rows.add(row.cells()));
        return rows;
    }

    static List<String> headers(byte[] xlsx) {
        List<String> found = new ArrayList<>();
        ExcelReader.read(new ByteArrayInputStream(xlsx), found::addAll, row -> { });
        return found;
    }
}
