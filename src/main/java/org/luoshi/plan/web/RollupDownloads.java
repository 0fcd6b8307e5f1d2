package org.luoshi.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.luoshi.plan.RollupItemBreakdown;
import org.luoshi.plan.RollupScope;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.plan.internal.rollup.RollupExport;
import org.luoshi.plan.internal.rollup.RollupReportWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The roll-up's downloads, the same for the page and the API; Chinese file names go as RFC 5987 filename*. */
@Component
class RollupDownloads {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final RollupAccess access;
    private final RollupExport export;
    private final RollupReportWriter report;

    RollupDownloads(RollupAccess access, RollupExport export, RollupReportWriter report) {
        this.access = access;
        this.export = export;
        this.report = report;
    }

    void exportView(long planId, Long unitId, String view, Long itemId, HttpServletResponse response)
            throws IOException {
        RollupScope scope = access.scope(planId, unitId);
        RollupExport.View chosen = RollupExport.View.parse(view);
        LocalDate today = access.today();
        RollupItemBreakdown item = chosen == RollupExport.View.ITEM ? access.item(scope, required(itemId), today) : null;
        attachment(response, ExcelDownload.CONTENT_TYPE, export.filename(scope, chosen, item, today));
        if (item != null) {
            export.writeItem(response.getOutputStream(), scope, item, today);
        } else {
            export.write(response.getOutputStream(), scope, chosen, today);
        }
    }

    private static long required(Long itemId) {
        if (itemId == null) {
            throw BusinessException.invalid("itemId", "rollup.export.itemId.required");
        }
        return itemId;
    }

    void report(long planId, Long unitId, String date, HttpServletResponse response) throws IOException {
        RollupScope scope = access.scope(planId, unitId);
        LocalDate day = access.reportDate(date);
        attachment(response, DOCX, report.filename(scope, day));
        report.write(response.getOutputStream(), scope, day);
    }

    private static void attachment(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
    }
}
