package org.luoshi.identity.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * 字号: the text size this browser shows every page in, on top of 长辈模式 (which also enlarges buttons and
 * contrast). Kept per browser, in a cookie, so that it applies before login too and to a shared office computer
 * only where it was chosen; the page frame puts the class on {@code <html>}, and the CSS scales the root size.
 */
enum FontSize {
    /** 标准 */
    STANDARD(""),
    /** 大 */
    LARGE("font-large"),
    /** 特大 */
    LARGER("font-larger");

    static final String COOKIE = "luoshi-font";

    private final String cssClass;

    FontSize(String cssClass) {
        this.cssClass = cssClass;
    }

    String cssClass() {
        return cssClass;
    }

    static FontSize parse(String value) {
        for (FontSize size : values()) {
            if (size.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return size;
            }
        }
        return STANDARD;
    }

    static FontSize of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return parse(cookie.getValue());
                }
            }
        }
        return STANDARD;
    }
}
