package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.UnitType;
import org.luoshi.org.internal.unit.UnitAccess;
import org.luoshi.org.internal.unit.UnitImport;
import org.luoshi.org.internal.unit.UnitSheet;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ImportReport;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 批量导入单位: template download, upload, the result with every bad row, and the error report as xlsx. The report
 * is kept in the session, which is stored in the database, so any app node can serve the download.
 */
@Controller
@RequestMapping("/org/units")
class UnitImportController {

    static final String REPORT = UnitImportController.class.getName() + ".report";

    private final UnitImport importer;
    private final UnitSheet sheet;
    private final UnitAccess access;
    private final Messages messages;

    UnitImportController(UnitImport importer, UnitSheet sheet, UnitAccess access, Messages messages) {
        this.importer = importer;
        this.sheet = sheet;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/import")
    String form(Model model) {
        requireManager(CurrentActor.get());
        return page(model);
    }

    @GetMapping("/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        access.requireReader(CurrentActor.get());
        ExcelDownload.headers(response, messages.get("unit.import.template") + ".xlsx");
        sheet.template(response.getOutputStream());
    }

    @PostMapping("/import")
    String upload(@RequestParam("file") MultipartFile file, Model model, HttpSession session,
            HttpServletResponse response) throws IOException {
        Actor actor = CurrentActor.get();
        requireManager(actor);
        try (InputStream in = file.getInputStream()) {
            ImportReport report = importer.importFrom(actor, in);
            model.addAttribute("report", report);
            if (report.errors().isEmpty()) {
                session.removeAttribute(REPORT);
            } else {
                session.setAttribute(REPORT, importer.errorWorkbook(report));
            }
        } catch (BusinessException e) {
            response.setStatus(e.status().value());
            model.addAttribute("formError", messages.get(e));
        }
        return page(model);
    }

    @GetMapping("/import/errors.xlsx")
    void errorReport(HttpSession session, HttpServletResponse response) throws IOException {
        requireManager(CurrentActor.get());
        if (!(session.getAttribute(REPORT) instanceof byte[] workbook)) {
            throw BusinessException.notFound("unit.import.noReport");
        }
        ExcelDownload.headers(response, messages.get("excel.errorReport.sheet") + ".xlsx");
        response.getOutputStream().write(workbook);
    }

    private void requireManager(Actor actor) {
        access.requireReader(actor);
        if (!actor.mayManage()) {
            throw BusinessException.forbidden("unit.forbidden.manage");
        }
    }

    private String page(Model model) {
        model.addAttribute("menu", "units");
        model.addAttribute("typeNames", Arrays.stream(UnitType.values()).filter(t -> t != UnitType.NATIONAL)
                .map(t -> messages.get("unit.type." + t.name())).collect(Collectors.joining(messages.get("unit.list.separator"))));
        return "org/unit-import";
    }
}
