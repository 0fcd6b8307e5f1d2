package org.luoshi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.luoshi.audit.internal.AuditEvent;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditLog;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit-events")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN')")
@Tag(name = "审计日志", description = "本单位及下级单位的操作与登录记录")
class AuditApiController {

    private final AuditLog log;
    private final AuditExport export;

    AuditApiController(AuditLog log, AuditExport export) {
        this.log = log;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "审计记录（分页；按时间、操作人、操作、对象类型筛选）")
    Page<AuditEvent> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return log.list(CurrentActor.get(), new AuditFilter(from, to, actor, action, entityType),
                PageQuery.of(page, size));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出审计记录（Excel）")
    void exportExcel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) String entityType, HttpServletResponse response) throws IOException {
        try (Stream<AuditEvent> events = log.export(CurrentActor.get(),
                new AuditFilter(from, to, actor, action, entityType))) {
            export.write(events, response);
        }
    }
}
