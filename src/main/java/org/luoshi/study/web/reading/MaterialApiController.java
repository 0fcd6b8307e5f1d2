package org.luoshi.study.web.reading;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.PasteMaterial;
import org.luoshi.study.RetitleMaterial;
import org.luoshi.study.ImportMaterial;
import org.luoshi.study.internal.reading.Material;
import org.luoshi.study.internal.reading.MaterialFilter;
import org.luoshi.study.internal.reading.MaterialRepository;
import org.luoshi.study.internal.reading.Materials;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/study/materials")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN','LEADER','EDITOR')")
@Tag(name = "学习材料", description = "导入（Word 按标题样式分节，或粘贴全文按“第一章”“一、”分节）、预览、发布、撤回学习材料；"
        + "本单位发布的材料到达本单位及全部下级单位的会员")
class MaterialApiController {

    /** A material with its sections in reading order (no bodies: open a section to read it). */
    record MaterialJson(Material material, List<MaterialRepository.SectionEntry> sections) {
    }

    private final Materials materials;
    private final MaterialRepository repository;

    MaterialApiController(Materials materials, MaterialRepository repository) {
        this.materials = materials;
        this.repository = repository;
    }

    @GetMapping
    @Operation(summary = "学习材料列表（分页、筛选；本单位及下级单位的材料，和上级发布到本单位的材料）")
    Page<MaterialRepository.MaterialRow> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Material.Status status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return materials.list(CurrentActor.get(), new MaterialFilter(q, status), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看学习材料及其章节")
    MaterialJson get(@PathVariable long id) {
        return new MaterialJson(materials.get(CurrentActor.get(), id), repository.sections(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "粘贴全文新建学习材料（草稿）：以“第一章/第一编/第一部分”开头的行为章，以“第一节/第一条/一、”开头的行为节")
    MaterialJson paste(@RequestBody PasteMaterial command) {
        Material material = materials.paste(CurrentActor.get(), command);
        return new MaterialJson(material, repository.sections(material.id()));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "从 Word（.docx）导入学习材料（草稿）：“标题 1”为章、“标题 2”为节；只有一级标题时每个标题为一节")
    MaterialJson importDocx(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String source) {
        Upload upload = file == null || file.isEmpty() ? null : Upload.of(file);
        Material material = materials.importDocx(CurrentActor.get(), new ImportMaterial(title, source, upload));
        return new MaterialJson(material, repository.sections(material.id()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改学习材料的标题和来源（需带 version）")
    Material retitle(@PathVariable long id, @RequestBody RetitleMaterial command) {
        return materials.retitle(CurrentActor.get(), id, command);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "发布学习材料：本单位及下级单位的会员可以阅读")
    Material publish(@PathVariable long id) {
        return materials.publish(CurrentActor.get(), id);
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "撤回学习材料：会员不再看到，已有学习记录保留")
    Material withdraw(@PathVariable long id) {
        return materials.withdraw(CurrentActor.get(), id);
    }
}
