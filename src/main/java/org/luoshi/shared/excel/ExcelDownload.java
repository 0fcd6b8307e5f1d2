package org.luoshi.shared.excel;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Starts an xlsx download: the content type, and a Chinese file name that every browser keeps (RFC 6266). */
public final class ExcelDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ExcelDownload() {
    }

    /** Sets the headers for {@code baseName}.xlsx and returns the body to write the workbook to. */
    public static OutputStream start(HttpServletResponse response, String baseName) throws IOException {
        headers(response, baseName + ".xlsx");
        return response.getOutputStream();
    }

    /** Sets the headers for a download named {@code fileName}, extension included. */
    public static void headers(HttpServletResponse response, String fileName) {
        response.setContentType(CONTENT_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
