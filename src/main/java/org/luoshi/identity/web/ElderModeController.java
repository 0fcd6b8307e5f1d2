package org.luoshi.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.luoshi.shared.security.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches 长辈模式 on or off: for the account when logged in, and in a cookie so the login page follows too. */
@Controller
class ElderModeController {

    private final JdbcClient jdbc;

    ElderModeController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PostMapping("/me/elder-mode")
    @Transactional
    String toggle(@RequestParam boolean enabled, HttpServletRequest request, HttpServletResponse response) {
        CurrentActor.find().ifPresent(actor -> jdbc.sql("update account set elder_mode = ? where id = ?")
                .param(enabled).param(actor.accountId()).update());
        Cookie cookie = new Cookie(LayoutSupport.ELDER_COOKIE, enabled ? "1" : "0");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        return "redirect:" + backTo(request.getHeader("Referer"));
    }

    /** Back to the page the switch was pressed on; only its path, so the redirect cannot leave the site. */
    private static String backTo(String referer) {
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (RuntimeException e) {
            return "/";
        }
    }
}
