package org.luoshi.study.web.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.study.internal.report.StudyReportScope;
import org.luoshi.study.internal.report.StudyReportWriter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** 学习情况统计: the page that asks for the unit and the day, and the Word report itself (page and API). */
@Controller
@Tag(name = "学习情况统计")
class StudyReportController {

    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final StudyReportWriter writer;
    private final UnitDirectory units;
    private final Clock clock;

    StudyReportController(StudyReportWriter writer, UnitDirectory units, Clock clock) {
        this.writer = writer;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/study/report")
    String page(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("menu", "study");
        model.addAttribute("unit", unit(actor, null));
        model.addAttribute("children", units.children(actor.unitId()));
        model.addAttribute("today", LocalDate.now(clock));
        return "study/report/index";
    }

    @GetMapping("/study/report.docx")
    void download(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletResponse response) throws IOException {
        write(unitId, date, response);
    }

    @GetMapping("/api/v1/study/report.docx")
    @ResponseBody
    @Operation(summary = "学习情况统计报告（Word）：单位（默认本单位）截至某日（默认今天）的领导小组、集体学习、原文学习情况")
    void api(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletResponse response) throws IOException {
        write(unitId, date, response);
    }

    private void write(Long unitId, LocalDate date, HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = date == null ? today : date;
        if (asOf.isAfter(today)) {
            throw BusinessException.invalid("date", "study.report.date.future", asOf);
        }
        StudyReportScope scope = new StudyReportScope(unit(actor, unitId), asOf, actor);
        response.setContentType(DOCX);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(writer.filename(scope), StandardCharsets.UTF_8).replace("+", "%20"));
        writer.write(response.getOutputStream(), scope);
    }

    private UnitRef unit(Actor actor, Long unitId) {
        return units.find(unitId == null ? actor.unitId() : unitId).filter(unit -> actor.covers(unit.path()))
                .orElseThrow(() -> BusinessException.notFound("study.group.unit.notFound"));
    }
}
