package org.luoshi.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.luoshi.audit.internal.AuditEvent;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditLog;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springdoc.core.annotations.ParameterObject;
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
    Page<AuditEvent> list(@ParameterObject AuditFilter filter, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return log.list(CurrentActor.get(), filter,
                PageQuery.of(page, size));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出审计记录（Excel）")
    void exportExcel(@ParameterObject AuditFilter filter, HttpServletResponse response) throws IOException {
        try (Stream<AuditEvent> events = log.export(CurrentActor.get(),
                filter)) {
            export.write(events, response);
        }
    }
}
