package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.identity.internal.AccountFilter;
import org.luoshi.identity.internal.AccountMembers;
import org.luoshi.identity.internal.AccountView;
import org.luoshi.identity.internal.Accounts;
import org.luoshi.identity.internal.ApiTokens;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.text.TextNormalizer;
import org.luoshi.shared.web.FormErrors;
import org.luoshi.shared.web.PageQuery;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理 for administrators: the accounts of their subtree. */
@Controller
@RequestMapping("/identity/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN','UNIT_ADMIN')")
class AccountController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final UnitDirectory units;
    private final Messages messages;
    private final AccountExport export;
    private final AccountMembers members;
    private final MemberDirectory memberDirectory;

    AccountController(Accounts accounts, ApiTokens tokens, UnitDirectory units, Messages messages,
            AccountExport export, AccountMembers members, MemberDirectory memberDirectory) {
        this.members = members;
        this.memberDirectory = memberDirectory;
        this.accounts = accounts;
        this.tokens = tokens;
        this.units = units;
        this.messages = messages;
        this.export = export;
    }

    @ModelAttribute("menu")
    String menu() {
        return "accounts";
    }

    @GetMapping
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        AccountFilter filter = new AccountFilter(unit, q, role, status, sort);
        model.addAttribute("filter", filter);
        model.addAttribute("page", accounts.list(CurrentActor.get(), filter, PageQuery.of(page, size)));
        model.addAttribute("allRoles", Role.values());
        return "identity/accounts/list";
    }

    @GetMapping("/export.xlsx")
    void exportExcel(@RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(required = false) String status,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        AccountFilter filter = new AccountFilter(unit, q, role, status, sort);
        try (Stream<AccountView> rows = accounts.export(CurrentActor.get(), filter)) {
            export.write(rows, response);
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        AccountForm form = new AccountForm();
        form.setUnitCode(units.find(CurrentActor.get().unitId()).orElseThrow().code());
        model.addAttribute("form", form);
        return formPage(model, null);
    }

    @PostMapping
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        try {
            Accounts.Issued issued = accounts.create(CurrentActor.get(), form.input());
            return issuedPage(issued, "account.created", model, response);
        } catch (BusinessException e) {
            FormErrors.show(e, result, response);
            return formPage(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(required = false) String memberName, Model model) {
        Actor actor = CurrentActor.get();
        AccountView account = accounts.get(actor, id);
        model.addAttribute("account", account);
        model.addAttribute("linkedMember", members.memberOf(actor, account).orElse(null));
        model.addAttribute("mayLinkMember", members.mayLink(actor, account));
        String name = TextNormalizer.clean(memberName);
        model.addAttribute("memberName", name);
        if (name != null && members.mayLink(actor, account)) {
            var candidates = memberDirectory.search(actor.scopePath(), name, null, 10);
            model.addAttribute("memberCandidates", candidates);
            // two members of one name are told apart by their unit
            model.addAttribute("candidateUnits", units.findAll(candidates.stream()
                    .map(org.luoshi.org.MemberRef::unitId).collect(java.util.stream.Collectors.toSet())));
        }
        model.addAttribute("tokens", tokens.list(account.id()));
        model.addAttribute("self", actor.accountId() == id);
        return "identity/accounts/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        AccountView account = accounts.get(CurrentActor.get(), id);
        model.addAttribute("form", AccountForm.of(account));
        return formPage(model, account);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountView account = accounts.get(CurrentActor.get(), id);
        try {
            accounts.update(CurrentActor.get(), id, form.input());
        } catch (BusinessException e) {
            FormErrors.show(e, result, response);
            return formPage(model, account);
        } catch (OptimisticLockingFailureException e) {
            FormErrors.concurrentEdit(result, response);
            return formPage(model, account);
        }
        redirect.addFlashAttribute("flash", messages.get("account.saved"));
        return "redirect:/identity/accounts/" + id;
    }

    /** 关联会员: by ID number, or by the id of a member picked from the search on the account page. */
    @PostMapping("/{id}/member")
    String linkMember(@PathVariable long id, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) Long memberId, RedirectAttributes redirect) {
        String back = "/identity/accounts/" + id;
        return FormErrors.act(redirect, messages, back, () -> {
            members.link(CurrentActor.get(), id, new AccountMembers.LinkMember(idNumber, memberId));
            redirect.addFlashAttribute("flash", messages.get("account.member.linked"));
            return "redirect:" + back;
        });
    }

    @PostMapping("/{id}/member/unlink")
    String unlinkMember(@PathVariable long id, RedirectAttributes redirect) {
        members.unlink(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", messages.get("account.member.unlinked"));
        return "redirect:/identity/accounts/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(CurrentActor.get(), id, true);
        redirect.addFlashAttribute("flash", messages.get("account.enabledNow"));
        return "redirect:/identity/accounts/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.setEnabled(CurrentActor.get(), id, false);
        redirect.addFlashAttribute("flash", messages.get("account.disabledNow"));
        return "redirect:/identity/accounts/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        accounts.unlock(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", messages.get("account.unlockedNow"));
        return "redirect:/identity/accounts/" + id;
    }

    /** The temporary password is in this answer only; it is never stored in clear. */
    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
        return issuedPage(accounts.resetPassword(CurrentActor.get(), id), "account.passwordReset", model, response);
    }

    private String issuedPage(Accounts.Issued issued, String headingKey, Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        model.addAttribute("headingKey", headingKey);
        return "identity/accounts/issued";
    }

    private String formPage(Model model, AccountView account) {
        model.addAttribute("account", account);
        model.addAttribute("grantable", List.copyOf(accounts.grantable(CurrentActor.get())));
        return "identity/accounts/form";
    }
}
