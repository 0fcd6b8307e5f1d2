package org.luoshi.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.LocalPath;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Switches 长辈模式 on or off: for the account when logged in, and in a cookie so the login page follows too. */
@Controller
class ElderModeController {

    private final JdbcClient jdbc;
    private final RequestMappingHandlerMapping mappings;

    ElderModeController(JdbcClient jdbc,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.jdbc = jdbc;
        this.mappings = mappings;
    }

    /**
     * Comes back to the page the switch was pressed on: {@code back}, which the page frame fills in
     * ({@link LayoutSupport#returnTo()}), or else the Referer; never to an address that answers only a POST, which
     * would be a 405 (then the work bench).
     */
    @PostMapping("/me/elder-mode")
    @Transactional
    String toggle(@RequestParam boolean enabled, @RequestParam(required = false) String back,
            HttpServletRequest request, HttpServletResponse response) {
        CurrentActor.find().ifPresent(actor -> jdbc.sql("update account set elder_mode = ? where id = ?")
                .param(enabled).param(actor.accountId()).update());
        Cookie cookie = new Cookie(LayoutSupport.ELDER_COOKIE, enabled ? "1" : "0");
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        String target = LocalPath.of(back, "")
                .or(() -> LocalPath.of(request.getHeader("Referer"), request.getContextPath()))
                .filter(this::answersGet)
                .orElse("/");
        return "redirect:" + target;
    }

    private boolean answersGet(String pathAndQuery) {
        PathContainer path = PathContainer.parsePath(pathAndQuery.replaceFirst("\\?.*", ""));
        return mappings.getHandlerMethods().keySet().stream().anyMatch(info -> allowsGet(info) && matches(info, path));
    }

    private static boolean allowsGet(RequestMappingInfo info) {
        var methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() || methods.contains(RequestMethod.GET);
    }

    private static boolean matches(RequestMappingInfo info, PathContainer path) {
        return info.getPathPatternsCondition() != null
                && info.getPathPatternsCondition().getPatterns().stream().anyMatch(pattern -> pattern.matches(path));
    }
}
