package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.luoshi.identity.internal.LoginOutcomes;
import org.luoshi.identity.internal.SecondFactorLogin;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and, for accounts with TOTP, its second step. The form posts go to Spring Security. */
@Controller
class LoginController {

    private final LoginOutcomes outcomes;

    LoginController(LoginOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        showOutcome(request.getSession(false), model);
        // ?error without a message in the session (reloaded, or the session ended): the usual failure
        model.addAttribute("failedMessage", outcomes.failedMessage());
        return "identity/login";
    }

    @GetMapping("/login/totp")
    String secondStep(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        String username = SecondFactorLogin.pendingUsername(session);
        if (username == null) {
            return "redirect:/login";
        }
        showOutcome(session, model);
        model.addAttribute("username", username);
        return "identity/login-totp";
    }

    /** The message of the last attempt is shown once; the username typed stays in the field. */
    private static void showOutcome(HttpSession session, Model model) {
        if (session == null) {
            return;
        }
        model.addAttribute("loginError", session.getAttribute(LoginOutcomes.ERROR));
        model.addAttribute("lastUsername", session.getAttribute(LoginOutcomes.USERNAME));
        session.removeAttribute(LoginOutcomes.ERROR);
    }
}
