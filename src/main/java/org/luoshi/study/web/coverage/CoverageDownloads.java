package org.luoshi.study.web.coverage;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.study.internal.coverage.CoverageExport;
import org.luoshi.study.internal.coverage.CoverageScope;
import org.springframework.stereotype.Component;

/** The coverage downloads, the same for the page and the API. */
@Component
class CoverageDownloads {

    private final CoverageAccess access;
    private final CoverageExport export;

    CoverageDownloads(CoverageAccess access, CoverageExport export) {
        this.access = access;
        this.export = export;
    }

    void export(long materialId, Long unitId, String view, HttpServletResponse response) throws IOException {
        CoverageScope scope = access.scope(materialId, unitId);
        CoverageExport.View chosen = CoverageExport.View.parse(view);
        LocalDate today = access.today();
        ExcelDownload.headers(response, export.filename(scope, chosen, today));
        export.write(response.getOutputStream(), scope, chosen, today);
    }
}
