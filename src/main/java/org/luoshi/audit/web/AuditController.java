package org.luoshi.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.audit.internal.AuditVocabularies;
import org.luoshi.audit.internal.AuditEvent;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditLog;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 for administrators: what happened in and by their subtree. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN')")
class AuditController {

    private final AuditLog log;
    private final AuditExport export;

    private final AuditVocabularies vocabulary;

    AuditController(AuditLog log, AuditExport export, AuditVocabularies vocabulary) {
        this.log = log;
        this.export = export;
        this.vocabulary = vocabulary;
    }

    @GetMapping
    String list(AuditFilter filter, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        model.addAttribute("menu", "audit");
        model.addAttribute("filter", filter);
        model.addAttribute("actions", vocabulary.actions());
        model.addAttribute("entityTypes", vocabulary.entityTypes());
        model.addAttribute("page", log.list(CurrentActor.get(), filter, PageQuery.of(page, size)));
        return "audit/list";
    }

    @GetMapping("/export.xlsx")
    void exportExcel(AuditFilter filter, HttpServletResponse response) throws IOException {
        try (Stream<AuditEvent> events = log.export(CurrentActor.get(),
                filter)) {
            export.write(events, response);
        }
    }
}
