package org.luoshi.study.web.reading;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.files.Upload;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.reading.Material;
import org.luoshi.study.internal.reading.MaterialFilter;
import org.luoshi.study.internal.reading.MaterialRepository;
import org.luoshi.study.internal.reading.Materials;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 学习材料 for staff: the list, import from Word or pasted text, the preview, title, 发布 and 撤回. */
@Controller
@RequestMapping("/study/reading/materials")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN','LEADER','EDITOR')")
class MaterialPageController {

    private final Materials materials;
    private final MaterialRepository repository;
    private final MaterialExport export;
    private final UnitDirectory units;
    private final Messages messages;

    MaterialPageController(Materials materials, MaterialRepository repository, MaterialExport export,
            UnitDirectory units, Messages messages) {
        this.materials = materials;
        this.repository = repository;
        this.export = export;
        this.units = units;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "study";
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Material.Status status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Actor actor = CurrentActor.get();
        MaterialFilter filter = new MaterialFilter(q, status);
        var found = materials.list(actor, filter, PageQuery.of(page, size));
        model.addAttribute("filter", filter);
        model.addAttribute("page", found);
        model.addAttribute("unitNames", units.findAll(found.items().stream()
                .map(MaterialRepository.MaterialRow::unitId).collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("statuses", Material.Status.values());
        model.addAttribute("mayDraft", Materials.mayDraft(actor));
        return "study/reading/list";
    }

    @GetMapping("/export.xlsx")
    void exportExcel(@RequestParam(required = false) String q, @RequestParam(required = false) Material.Status status,
            HttpServletResponse response) throws IOException {
        try (Stream<MaterialRepository.MaterialRow> rows = materials.export(CurrentActor.get(),
                new MaterialFilter(q, status))) {
            export.write(rows, response);
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new MaterialForm());
        return "study/reading/form";
    }

    @PostMapping("/paste")
    String paste(@ModelAttribute("form") MaterialForm form, BindingResult result, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(result, response,
                () -> created(materials.paste(CurrentActor.get(), form.paste()), redirect),
                () -> "study/reading/form");
    }

    @PostMapping("/import")
    String importDocx(@ModelAttribute("form") MaterialForm form, BindingResult result,
            @RequestParam(required = false) MultipartFile file, HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormErrors.submit(result, response, () -> {
            Upload upload = file == null || file.isEmpty() ? null : Upload.of(file);
            return created(materials.importDocx(CurrentActor.get(), form.importing(upload)), redirect);
        }, () -> "study/reading/form");
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Actor actor = CurrentActor.get();
        Material material = materials.get(actor, id);
        model.addAttribute("material", material);
        model.addAttribute("sections", repository.sections(id));
        model.addAttribute("unit", units.find(material.unitId()).orElse(null));
        model.addAttribute("mayManage", material.mayManage(actor));
        model.addAttribute("mayPublish", material.mayPublish(actor));
        model.addAttribute("mayWithdraw", material.mayWithdraw(actor));
        return "study/reading/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Material material = materials.get(CurrentActor.get(), id);
        MaterialForm form = new MaterialForm();
        form.setTitle(material.title());
        form.setSource(material.source());
        form.setVersion(material.version());
        model.addAttribute("form", form);
        model.addAttribute("material", material);
        return "study/reading/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") MaterialForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("material", materials.get(CurrentActor.get(), id));
        return FormErrors.submit(result, response, form,
                () -> materials.get(CurrentActor.get(), id).version(), () -> {
                    materials.retitle(CurrentActor.get(), id, form.retitle());
                    redirect.addFlashAttribute("flash", messages.get("study.reading.saved"));
                    return "redirect:/study/reading/materials/" + id;
                }, () -> "study/reading/edit");
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        String back = "/study/reading/materials/" + id;
        return FormErrors.act(redirect, messages, back, () -> {
            materials.publish(CurrentActor.get(), id);
            redirect.addFlashAttribute("flash", messages.get("study.reading.published"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        String back = "/study/reading/materials/" + id;
        return FormErrors.act(redirect, messages, back, () -> {
            materials.withdraw(CurrentActor.get(), id);
            redirect.addFlashAttribute("flash", messages.get("study.reading.withdrawn"));
            return "redirect:" + back;
        });
    }

    private String created(Material material, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flash", messages.get("study.reading.created", material.sectionCount()));
        return "redirect:/study/reading/materials/" + material.id();
    }

}
