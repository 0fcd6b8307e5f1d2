package org.luoshi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.mock.web.MockMultipartFile;

@IntegrationTest
class UnitImportIT extends UnitTestSupport {

    static final List<String> HEADERS = List.of("单位编码", "单位名称", "简称", "单位类型", "上级单位编码", "行政区划代码",
            "地址", "电话", "邮箱");

    @Test
    void goodRowsAreKeptAndEveryBadRowIsReportedWithRowColumnAndReason() throws Exception {
        Provinces p = provinces();
        String t = p.tag().toUpperCase();
        byte[] file = workbook(
                row("M" + t, "甲市" + t, "甲市", "市级老科协", fixtures.code(p.provinceA()), "420100"),
                // parent created by the row above, full-width code and stray spaces as typed in real sheets
                row(" Ｋ" + t + " ", "甲市一县" + t, null, "县级老科协", "M" + t, "420102"),
                row("X" + t, "怪类型" + t, null, "乡镇老科协", fixtures.code(p.provinceA()), null),
                row("Y" + t, "越界" + t, null, "县级老科协", fixtures.code(p.provinceB()), null),
                row("M" + t, null, null, "分会", fixtures.code(p.provinceA()), "12"));

        mvc.perform(multipart("/api/v1/units/import").file(new MockMultipartFile("file", "units.xlsx", null, file))
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(5))
                .andExpect(jsonPath("$.imported").value(2))
                .andExpect(jsonPath("$.rejectedRows").value(3))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("单位类型"))
                .andExpect(jsonPath("$.errors[0].reason").value(
                        "单位类型“乡镇老科协”无法识别。请填写以下之一：" + typeList() + "。"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("上级单位编码"))
                .andExpect(jsonPath("$.errors[1].reason").value(containsString("不在您的管辖范围内")))
                .andExpect(jsonPath("$.errors.length()").value(5))
                .andExpect(jsonPath("$.errors[2].row").value(6))
                .andExpect(jsonPath("$.errors[2].column").value("单位名称"))
                .andExpect(jsonPath("$.errors[3].column").value("单位编码"))
                .andExpect(jsonPath("$.errors[3].reason").value("单位编码“M" + t + "”已被其他单位使用，请换一个编码。"))
                .andExpect(jsonPath("$.errors[4].column").value("行政区划代码"));

        long prefecture = jdbc.sql("select id from unit where code = ?").param("M" + t).query(Long.class).single();
        long county = jdbc.sql("select id from unit where code = ?").param("K" + t).query(Long.class).single();
        assertThat(path(county)).isEqualTo(path(prefecture) + county + "/");
        assertThat(path(prefecture)).isEqualTo(path(p.provinceA()) + prefecture + "/");
        assertThat(jdbc.sql("select count(*) from unit where code in (?, ?)").param("X" + t).param("Y" + t)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePageShowsTheBadRowsAndOffersTheErrorReportAsExcel() throws Exception {
        Provinces p = provinces();
        String t = p.tag().toUpperCase();
        byte[] file = workbook(
                row("G" + t, "好单位" + t, null, "分会", fixtures.code(p.countyA()), null),
                row("B" + t, null, null, "分会", fixtures.code(p.countyA()), null));
        // sessions live in the database (Spring Session JDBC): the download finds the report through the cookie
        Cookie session = mvc.perform(multipart("/org/units/import")
                        .file(new MockMultipartFile("file", "u.xlsx", null, file))
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共读取 2 行，成功导入 1 行，有问题 1 行。")))
                .andExpect(content().string(containsString("请填写单位名称。")))
                .andExpect(content().string(containsString("/org/units/import/errors.xlsx")))
                .andReturn().getResponse().getCookie("SESSION");

        byte[] report = mvc.perform(get("/org/units/import/errors.xlsx").cookie(session)
                        .with(fixtures.as(p.adminA())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = read(report);
        assertThat(rows.get(0)).containsExactly("行号", "列", "原因");
        assertThat(rows.get(1)).containsExactly("3", "单位名称", "请填写单位名称。");
    }

    @Test
    void theTemplateHasTheDocumentedHeadersAndTheExportOnlyTheActorsSubtree() throws Exception {
        Provinces p = provinces();
        byte[] template = mvc.perform(get("/api/v1/units/import-template.xlsx").with(fixtures.as(p.adminA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(read(template).get(0)).containsExactlyElementsOf(HEADERS);

        byte[] export = mvc.perform(get("/org/units/export.xlsx").param("q", p.tag()).with(fixtures.as(p.adminA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = read(export);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith(HEADERS.toArray(String[]::new));
        assertThat(rows.stream().map(r -> r.get(1))).containsExactlyInAnyOrder("单位名称", "甲省" + p.tag(),
                "甲县" + p.tag());
        assertThat(rows.stream().filter(r -> r.get(1).equals("甲县" + p.tag())).findFirst().orElseThrow())
                .contains("县级老科协", fixtures.code(p.provinceA()), "正常");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedInChinese() throws Exception {
        Provinces p = provinces();
        mvc.perform(multipart("/api/v1/units/import")
                        .file(new MockMultipartFile("file", "u.xlsx", null, "not excel".getBytes()))
                        .with(fixtures.as(p.adminA())).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("不是有效的 Excel")))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    private static String typeList() {
        return String.join("、", List.of("专门委员会", "企事业单位老科协", "分会", "县级老科协", "团体会员单位", "全国性协会",
                "市级老科协", "省级老科协").stream().sorted().toList());
    }

    static List<String> row(String... cells) {
        List<String> row = new ArrayList<>(java.util.Arrays.asList(cells));
        while (row.size() < HEADERS.size()) {
            row.add(null);
        }
        return row;
    }

    @SafeVarargs
    static byte[] workbook(List<String>... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("单位");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    if (rows[r].get(c) != null) {
                        row.createCell(c).setCellValue(rows[r].get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static List<List<String>> read(byte[] xlsx) throws IOException {
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
