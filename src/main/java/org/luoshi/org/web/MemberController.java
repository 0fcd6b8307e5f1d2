package org.luoshi.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.UnitRef;
import org.luoshi.org.internal.member.AgeBand;
import org.luoshi.org.internal.member.MemberAccess;
import org.luoshi.org.internal.member.MemberExport;
import org.luoshi.org.internal.member.MemberRegistry;
import org.luoshi.org.internal.member.MemberRejected;
import org.luoshi.org.internal.member.MemberSort;
import org.luoshi.org.internal.member.MemberView;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 会员 pages: the filtered list, a member's page, the form, status changes, lookup by ID number and the export. */
@Controller
@RequestMapping("/org/members")
class MemberController {

    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100, 200);

    private final MemberRegistry registry;
    private final MemberExport export;
    private final MemberAccess access;
    private final MemberUnitOptions unitOptions;
    private final Messages messages;

    MemberController(MemberRegistry registry, MemberExport export, MemberAccess access,
            MemberUnitOptions unitOptions, Messages messages) {
        this.registry = registry;
        this.export = export;
        this.access = access;
        this.unitOptions = unitOptions;
        this.messages = messages;
    }

    @ModelAttribute
    void common(Model model) {
        model.addAttribute("menu", "members");
    }

    @GetMapping
    String list(@ModelAttribute("search") MemberSearch search, Model model) {
        Actor actor = access.reader();
        UnitRef unit = access.scopeUnit(actor, search.getUnitId());
        model.addAttribute("unit", unit);
        model.addAttribute("page", registry.list(search.filter(), search.pageQuery()));
        model.addAttribute("unitOptions", unitOptions.around(actor, unit.id()));
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("sorts", MemberSort.values());
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("mayManage", actor.mayManage());
        model.addAttribute("mayReveal", access.mayReveal());
        model.addAttribute("crumbs", MemberPages.crumbs(messages));
        model.addAttribute("exportUrl", ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath("/org/members/export.xlsx").replaceQueryParam("page").build().toUriString());
        return "org/members";
    }

    /** 身份证号 search: exact, through the keyed hash; a hit opens the member's page. */
    @GetMapping("/lookup")
    String lookup(@RequestParam(required = false) String idNumber, RedirectAttributes redirect) {
        Optional<MemberView> found = registry.lookup(idNumber);
        if (found.isPresent()) {
            return "redirect:/org/members/" + found.get().id();
        }
        redirect.addFlashAttribute("lookupMissed", messages.get("member.lookup.none"));
        return "redirect:/org/members";
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        return page(registry.show(id), model);
    }

    /** 查看完整号码: one member's numbers, shown in the answer itself and kept out of caches and the session. */
    @PostMapping("/{id:\\d+}/reveal")
    String reveal(@PathVariable long id, Model model, HttpServletResponse response) {
        MemberView member = registry.reveal(id);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page(member, model);
    }

    private String page(MemberView member, Model model) {
        long id = member.id();
        model.addAttribute("member", member);
        model.addAttribute("mayReveal", access.mayReveal());
        model.addAttribute("mayManage", access.mayManage());
        model.addAttribute("nextStatuses", member.status().next());
        model.addAttribute("crumbs", MemberPages.crumbs(messages, member.name(), "/org/members/" + id));
        return "org/member";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long unitId, Model model) {
        Actor actor = access.manager();
        MemberForm form = new MemberForm();
        form.setUnitId(access.scopeUnit(actor, unitId).id());
        return form(form, null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            long id = registry.register(form.getUnitId(), form.input());
            redirect.addFlashAttribute("flash", messages.get("member.created", form.getName()));
            return "redirect:/org/members/" + id;
        } catch (MemberRejected e) {
            MemberPages.bind(e, result);
        } catch (BusinessException e) {
            MemberPages.bind(e, result, response);
        }
        return form(form, null, model);
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, Model model) {
        return form(MemberForm.of(registry.forEditing(id)), id, model);
    }

    @PostMapping("/{id:\\d+}")
    String update(@PathVariable long id, @ModelAttribute("form") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            registry.revise(id, form.getVersion() == null ? -1 : form.getVersion(), form.getUnitId(), form.input());
            redirect.addFlashAttribute("flash", messages.get("member.saved", form.getName()));
            return "redirect:/org/members/" + id;
        } catch (MemberRejected e) {
            MemberPages.bind(e, result);
        } catch (BusinessException e) {
            MemberPages.bind(e, result, response);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            result.reject("error.concurrentEdit");
        }
        return form(form, id, model);
    }

    @PostMapping("/{id:\\d+}/status")
    String changeStatus(@PathVariable long id, @RequestParam MemberStatus status, @RequestParam int version,
            RedirectAttributes redirect) {
        registry.changeStatus(id, version, status);
        redirect.addFlashAttribute("flash", messages.get("member.statusChanged",
                messages.get("member.status." + status)));
        return "redirect:/org/members/" + id;
    }

    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("search") MemberSearch search, HttpServletResponse response) {
        export.export(search.filter(), () -> {
            ExcelDownload.headers(response, messages.get("member.export.file"));
            return response.getOutputStream();
        });
    }

    /** 导出含完整号码: a deliberate choice (a POST with the list's filter), for entitled roles only. */
    @PostMapping("/export.xlsx")
    void exportUnmasked(@ModelAttribute("search") MemberSearch search, HttpServletResponse response) {
        export.exportUnmasked(search.filter(), () -> {
            ExcelDownload.headers(response, messages.get("member.export.unmaskedFile"));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return response.getOutputStream();
        });
    }

    private String form(MemberForm form, Long id, Model model) {
        Actor actor = access.manager();
        UnitRef unit;
        try {
            unit = access.scopeUnit(actor, form.getUnitId());
        } catch (BusinessException outsideScope) {
            unit = access.scopeUnit(actor, null);
        }
        model.addAttribute("form", form);
        model.addAttribute("memberId", id);
        model.addAttribute("crumbs", MemberPages.crumbs(messages,
                messages.get(id == null ? "member.form.new" : "member.form.edit"), ""));
        model.addAttribute("unitOptions", unitOptions.around(actor, unit.id()));
        return "org/member-form";
    }
}
