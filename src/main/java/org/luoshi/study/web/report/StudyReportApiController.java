package org.luoshi.study.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 学习情况统计 over the API: the same Word report as the page's, refusals as problem+json. */
@RestController
@Tag(name = "学习情况统计")
class StudyReportApiController {

    private final StudyReportController reports;

    StudyReportApiController(StudyReportController reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/study/report.docx")
    @Operation(summary = "学习情况统计报告（Word）：单位（默认本单位）截至某日（默认今天）的领导小组、集体学习、原文学习情况")
    void report(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletResponse response) throws IOException {
        reports.write(unitId, date, response);
    }
}
