package org.luoshi.study.web.report;

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

/** 学习情况统计: the page that asks for the unit and the day, and the Word report itself (page and API). */
@Controller
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

    void write(Long unitId, LocalDate date, HttpServletResponse response) throws IOException {
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
