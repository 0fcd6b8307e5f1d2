package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.internal.member.MemberAccess;
import org.luoshi.org.internal.member.MemberImportSummary;
import org.luoshi.org.internal.member.MemberImporter;
import org.luoshi.org.internal.member.MemberTemplate;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** 会员导入 pages: the template, the upload, the result and its error report. */
@Controller
@RequestMapping("/org/members")
class MemberImportController {

    private final MemberImporter importer;
    private final MemberTemplate template;
    private final MemberAccess access;
    private final Messages messages;

    MemberImportController(MemberImporter importer, MemberTemplate template, MemberAccess access,
            Messages messages) {
        this.importer = importer;
        this.access = access;
        this.template = template;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("menu", "members");
        model.addAttribute("crumbs", MemberPages.crumbs(messages, messages.get("member.import.heading"), ""));
    }

    @GetMapping("/import")
    String upload() {
        access.manager();
        return "org/member-import";
    }

    @PostMapping("/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", messages.get("member.import.noFile"));
            return "org/member-import";
        }
        try (InputStream in = file.getInputStream()) {
            MemberImportSummary summary = importer.importFile(in, file.getOriginalFilename());
            return "redirect:/org/members/import/" + summary.id();
        } catch (BusinessException e) {
            if (e.status().is4xxClientError() && "file".equals(e.field())) {
                model.addAttribute("error", messages.get(e));
                return "org/member-import";
            }
            throw e;
        }
    }

    @GetMapping("/import/{id:\\d+}")
    String result(@PathVariable long id, Model model) {
        model.addAttribute("result", importer.find(id));
        return "org/member-import-result";
    }

    @GetMapping("/import/{id:\\d+}/errors.xlsx")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        MemberPages.send(response, messages.get("member.import.reportFile"), importer.errorReport(id));
    }

    @GetMapping("/import-template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        access.reader();
        ExcelDownload.headers(response, messages.get("member.template.file"));
        template.write(response.getOutputStream());
    }
}
