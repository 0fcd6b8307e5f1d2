package org.luoshi.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.internal.member.FieldProblem;
import org.luoshi.org.internal.member.MemberAccess;
import org.luoshi.org.internal.member.MemberExport;
import org.luoshi.org.internal.member.MemberImportSummary;
import org.luoshi.org.internal.member.MemberImporter;
import org.luoshi.org.internal.member.MemberInput;
import org.luoshi.org.internal.member.MemberRegistry;
import org.luoshi.org.internal.member.MemberRejected;
import org.luoshi.org.internal.member.MemberTemplate;
import org.luoshi.org.internal.member.MemberView;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.web.Page;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 会员 API: the same list, rules, scope and masking as the pages. */
@RestController
@RequestMapping("/api/v1/members")
@Tag(name = "会员", description = "会员名册：查询、登记、修改、状态变更、按身份证号查找、Excel 导入导出")
class MemberApiController {

    private final MemberRegistry registry;
    private final MemberImporter importer;
    private final MemberExport export;
    private final MemberTemplate template;
    private final MemberAccess access;
    private final Messages messages;

    MemberApiController(MemberRegistry registry, MemberImporter importer, MemberExport export,
            MemberTemplate template, MemberAccess access, Messages messages) {
        this.access = access;
        this.registry = registry;
        this.importer = importer;
        this.export = export;
        this.template = template;
        this.messages = messages;
    }

    /** The body of POST and PUT; {@code version} is the one read, required to save an edit. */
    record MemberRequest(Long unitId, String name, String gender, Integer birthYear, String phone, String idNumber,
            String field, String title, String formerEmployer, String politicalStatus, String joinedOn,
            Integer version) {

        MemberInput input() {
            return new MemberInput(name, gender, birthYear == null ? null : birthYear.toString(), phone, idNumber,
                    field, title, formerEmployer, politicalStatus, joinedOn);
        }
    }

    record StatusRequest(MemberStatus status, Integer version) {
    }

    /** An import's outcome with every refused row, and where to download the xlsx error report. */
    record ImportResponse(long id, int rows, int imported, int rejected, List<ImportError> errors, String reportUrl) {
    }

    record ImportError(int row, String column, String reason) {
    }

    @GetMapping
    @Operation(summary = "分页查询会员（按单位子树、姓名、专业领域、职称、年龄段、状态、性别筛选；手机号、身份证号脱敏）")
    Page<MemberView> list(@ParameterObject @ModelAttribute MemberSearch search) {
        return registry.list(search.filter(), search.pageQuery());
    }

    @GetMapping("/{id:\\d+}")
    @Operation(summary = "查看会员（手机号、身份证号脱敏）")
    MemberView show(@PathVariable long id) {
        return registry.show(id);
    }

    @PostMapping("/{id:\\d+}/reveal")
    @Operation(summary = "查看一名会员的完整手机号、身份证号（限系统管理员、单位管理员；每次记入审计日志）")
    ResponseEntity<MemberView> reveal(@PathVariable long id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(registry.reveal(id));
    }

    @GetMapping("/lookup")
    @Operation(summary = "按身份证号精确查找会员（限本单位及下级）")
    MemberView lookup(@RequestParam(required = false) String idNumber) {
        return registry.lookup(idNumber).orElseThrow(() -> BusinessException.notFound("member.notFound"));
    }

    @PostMapping
    @Operation(summary = "登记会员")
    ResponseEntity<MemberView> create(@RequestBody MemberRequest request) {
        long id = registry.register(request.unitId(), request.input());
        return ResponseEntity.created(URI.create("/api/v1/members/" + id)).body(registry.show(id));
    }

    @PutMapping("/{id:\\d+}")
    @Operation(summary = "修改会员（须带读取时的 version，防止覆盖他人的修改）")
    MemberView update(@PathVariable long id, @RequestBody MemberRequest request) {
        registry.revise(id, requireVersion(request.version()), request.unitId(), request.input());
        return registry.show(id);
    }

    @PostMapping("/{id:\\d+}/status")
    @Operation(summary = "变更会员状态（正常、暂停、退会、已故）")
    MemberView changeStatus(@PathVariable long id, @RequestBody StatusRequest request) {
        if (request.status() == null) {
            throw BusinessException.invalid("status", "member.status.required");
        }
        registry.changeStatus(id, requireVersion(request.version()), request.status());
        return registry.show(id);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "从 Excel 导入会员：返回每个错误行的行号、列和原因，以及错误报告的下载地址")
    ImportResponse importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw BusinessException.invalid("file", "member.import.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            MemberImportSummary s = importer.importFile(in, file.getOriginalFilename());
            return new ImportResponse(s.id(), s.rows(), s.imported(), s.rejected(),
                    s.errors().stream().map(e -> new ImportError(e.rowNumber(), e.column(), e.reason())).toList(),
                    "/api/v1/members/import/" + s.id() + "/errors.xlsx");
        }
    }

    @GetMapping("/import/{id:\\d+}/errors.xlsx")
    @Operation(summary = "下载导入错误报告（xlsx）")
    void errors(@PathVariable long id, HttpServletResponse response) throws IOException {
        MemberPages.send(response, messages.get("member.import.reportFile"), importer.errorReport(id));
    }

    @GetMapping("/export.xlsx")
    @Operation(summary = "导出会员到 Excel（筛选条件同列表；手机号、身份证号脱敏）")
    void export(@ParameterObject @ModelAttribute MemberSearch search, HttpServletResponse response) {
        export.export(search.filter(), () -> {
            ExcelDownload.headers(response, messages.get("member.export.file"));
            return response.getOutputStream();
        });
    }

    @PostMapping("/export.xlsx")
    @Operation(summary = "导出含完整手机号、身份证号的会员 Excel（筛选条件同列表；限系统管理员、单位管理员；记入审计日志）")
    void exportUnmasked(@ParameterObject @ModelAttribute MemberSearch search, HttpServletResponse response) {
        export.exportUnmasked(search.filter(), () -> {
            ExcelDownload.headers(response, messages.get("member.export.unmaskedFile"));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return response.getOutputStream();
        });
    }

    @GetMapping("/import-template.xlsx")
    @Operation(summary = "下载会员导入模板")
    void template(HttpServletResponse response) throws IOException {
        access.reader();
        ExcelDownload.headers(response, messages.get("member.template.file"));
        template.write(response.getOutputStream());
    }

    /** Every refused field at once, in the same problem+json shape as other validation errors. */
    @ExceptionHandler(MemberRejected.class)
    ProblemDetail rejected(MemberRejected e) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", message(p))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.get(0).get("message"));
        problem.setTitle(messages.get("error.title.400"));
        problem.setType(URI.create("about:blank"));
        problem.setProperty("field", errors.get(0).get("field"));
        problem.setProperty("errors", errors);
        return problem;
    }

    private String message(FieldProblem problem) {
        return messages.get(problem.messageKey(), problem.args());
    }

    private static int requireVersion(Integer version) {
        if (version == null) {
            throw BusinessException.invalid("version", "member.version.required");
        }
        return version;
    }
}
