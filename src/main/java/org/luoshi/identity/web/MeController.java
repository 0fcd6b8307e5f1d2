package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import org.luoshi.identity.internal.AccountPrincipal;
import org.luoshi.identity.internal.ApiTokens;
import org.luoshi.identity.internal.MyAccount;
import org.luoshi.identity.internal.SecondFactor;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 个人设置: profile, password, 长辈模式, two-step verification, personal access tokens. */
@Controller
@RequestMapping("/me")
class MeController {

    /** The change-password form; fields named as the service reports them. */
    static class PasswordForm {
        private String currentPassword;
        private String newPassword;
        private String repeatPassword;

        public String getCurrentPassword() {
            return currentPassword;
        }

        public void setCurrentPassword(String currentPassword) {
            this.currentPassword = currentPassword;
        }

        public String getNewPassword() {
            return newPassword;
        }

        public void setNewPassword(String newPassword) {
            this.newPassword = newPassword;
        }

        public String getRepeatPassword() {
            return repeatPassword;
        }

        public void setRepeatPassword(String repeatPassword) {
            this.repeatPassword = repeatPassword;
        }
    }

    /** The new-token form. */
    static class TokenForm {
        private String name;
        private String password;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate expiresOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public LocalDate getExpiresOn() {
            return expiresOn;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        public void setExpiresOn(LocalDate expiresOn) {
            this.expiresOn = expiresOn;
        }
    }

    private final MyAccount me;
    private final SecondFactor secondFactor;
    private final ApiTokens tokens;
    private final Messages messages;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    MeController(MyAccount me, SecondFactor secondFactor, ApiTokens tokens, Messages messages) {
        this.me = me;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.messages = messages;
    }

    @ModelAttribute("menu")
    String menu() {
        return "me";
    }

    @GetMapping
    String profile(Model model) {
        Actor actor = CurrentActor.get();
        model.addAttribute("account", me.view(actor));
        model.addAttribute("activeTokens", tokens.list(actor.accountId()).stream().filter(ApiTokens.TokenView::active)
                .count());
        return "identity/me/profile";
    }

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("required", me.view(CurrentActor.get()).mustChangePassword());
        return "identity/me/password";
    }

    @PostMapping("/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        MyAccount.PasswordChanged changed;
        try {
            HttpSession session = request.getSession(false);
            changed = me.changePassword(actor, form.getCurrentPassword(), form.getNewPassword(),
                    form.getRepeatPassword(), session == null ? null : session.getId());
        } catch (BusinessException e) {
            FormErrors.show(e, result, response);
            model.addAttribute("required", me.view(actor).mustChangePassword());
            return "identity/me/password";
        }
        renewSession(actor, request, response);
        redirect.addFlashAttribute("flash", messages.get("password.changed", changed.sessionsEnded(),
                changed.tokensRevoked()));
        return "redirect:/me";
    }

    /** During setup the page carries the secret (as text and as the QR code): no copy of it is to be kept. */
    @GetMapping("/totp")
    String totp(Model model, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        Actor actor = CurrentActor.get();
        model.addAttribute("enabled", secondFactor.enabled(actor.accountId()));
        model.addAttribute("setup", secondFactor.pending(actor).orElse(null));
        return "identity/me/totp";
    }

    @PostMapping("/totp/start")
    String startTotp() {
        secondFactor.start(CurrentActor.get());
        return "redirect:/me/totp";
    }

    @PostMapping("/totp/confirm")
    String confirmTotp(String code, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            secondFactor.confirm(actor, code);
        } catch (BusinessException e) {
            response.setStatus(e.status().value());
            model.addAttribute("codeError", messages.get(e));
            return totp(model, response);
        }
        renewSession(actor, request, response);
        redirect.addFlashAttribute("flash", messages.get("totp.enabled"));
        return "redirect:/me/totp";
    }

    @PostMapping("/totp/disable")
    String disableTotp(String password, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        Actor actor = CurrentActor.get();
        try {
            me.disableSecondFactor(actor, password);
        } catch (BusinessException e) {
            response.setStatus(e.status().value());
            model.addAttribute("passwordError", messages.get(e));
            return totp(model, response);
        }
        renewSession(actor, request, response);
        redirect.addFlashAttribute("flash", messages.get("totp.disabled"));
        return "redirect:/me/totp";
    }

    @GetMapping("/tokens")
    String tokens(Model model) {
        model.addAttribute("form", new TokenForm());
        return tokenPage(model);
    }

    /** The new token is shown in this answer only: it is not stored, and a reload does not show it again. */
    @PostMapping("/tokens")
    String createToken(@ModelAttribute("form") TokenForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.create(CurrentActor.get(), form.getPassword(), form.getName(),
                    form.getExpiresOn()));
            model.addAttribute("form", new TokenForm());
        } catch (BusinessException e) {
            FormErrors.show(e, result, response);
        }
        response.setHeader("Cache-Control", "no-store");
        return tokenPage(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        ApiTokens.TokenView token = tokens.revoke(CurrentActor.get(), id);
        redirect.addFlashAttribute("flash", messages.get("token.revoked", token.name()));
        return "redirect:/me/tokens";
    }

    private String tokenPage(Model model) {
        model.addAttribute("tokens", tokens.list(CurrentActor.get().accountId()));
        return "identity/me/tokens";
    }

    /** A new session id and the account as it now is (no longer bound to change its password, TOTP state). */
    private void renewSession(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        AccountPrincipal principal = me.reload(actor);
        principal.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        contexts.saveContext(context, request, response);
    }
}
