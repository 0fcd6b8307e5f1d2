package org.luoshi.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.web.LocalPath;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Chooses the 字号 of this browser (标准, 大, 特大) from the personal settings page. */
@Controller
class FontSizeController {

    private final Messages messages;

    FontSizeController(Messages messages) {
        this.messages = messages;
    }

    @PostMapping("/me/font-size")
    String choose(@RequestParam(required = false) String size, @RequestParam(required = false) String back,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        FontSize chosen = FontSize.parse(size);
        Cookie cookie = new Cookie(FontSize.COOKIE, chosen.name());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        redirect.addFlashAttribute("flash", messages.get("me.font.saved", messages.get("me.font." + chosen)));
        // the reader's size control comes back to the section being read
        return "redirect:" + LocalPath.of(back, request.getContextPath()).orElse("/me");
    }
}
