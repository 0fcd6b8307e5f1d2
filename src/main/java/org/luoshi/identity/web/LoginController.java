package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.luoshi.identity.internal.LoginOutcomes;
import org.luoshi.identity.internal.SecondFactorLogin;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page and, for accounts with TOTP, its second step. The form posts go to Spring Security. */
@Controller
class LoginController {

    private final LoginOutcomes outcomes;

    LoginController(LoginOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "until", required = false) Long lockedUntil,
            @CookieValue(name = LoginOutcomes.LAST_USERNAME, required = false) String lastUsername,
            HttpServletResponse response, Model model) {
        model.addAttribute("failedMessage", outcomes.message(error, lockedUntil));
        if (lastUsername != null) {
            // shown once, in the field: the cookie is spent
            model.addAttribute("lastUsername", URLDecoder.decode(lastUsername, StandardCharsets.UTF_8));
            response.addHeader(HttpHeaders.SET_COOKIE, outcomes.lastUsername(null, Duration.ZERO));
        }
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
