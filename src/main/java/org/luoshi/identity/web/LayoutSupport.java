package org.luoshi.identity.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.CurrentActor;
import org.luoshi.shared.web.LocalPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What every page's frame shows: the 长辈模式 switch (kept per account, or in a cookie before login)
 * and the unit the user acts for. Looked up once per rendered page, never for API calls.
 */
@Component("layout")
public class LayoutSupport {

    static final String ELDER_COOKIE = "luoshi-elder";
    private static final String CACHE = LayoutSupport.class.getName() + ".elder";

    private final JdbcClient jdbc;
    private final UnitDirectory units;

    LayoutSupport(JdbcClient jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public boolean elder() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object cached = attributes == null ? null : attributes.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Boolean value) {
            return value;
        }
        boolean elder = CurrentActor.find().map(this::elderFor).orElseGet(LayoutSupport::elderCookie);
        if (attributes != null) {
            attributes.setAttribute(CACHE, elder, RequestAttributes.SCOPE_REQUEST);
        }
        return elder;
    }

    /**
     * Where the 长辈模式 switch brings the user back to: this page, or, when this page answered a POST (a form shown
     * again with its errors, a one-time result), the page the form was sent from, since a redirect is always a GET.
     */
    public String returnTo() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        if (!"GET".equals(request.getMethod())) {
            return LocalPath.of(request.getHeader("Referer"), request.getContextPath()).orElse("/");
        }
        // the error page is rendered by a forward to /error: come back to the address that failed
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String path ? path : request.getRequestURI();
        String query = failed == null ? request.getQueryString() : null;
        return LocalPath.of(query == null ? uri : uri + "?" + query, request.getContextPath()).orElse("/");
    }

    /** The class that sets this browser's 字号 on every page ("" for the standard size). */
    public String fontSizeClass() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? FontSize.of(attributes.getRequest()).cssClass() : "";
    }

    /** The 字号 this browser uses, for the settings page to show as chosen. */
    public String fontSize() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? FontSize.of(attributes.getRequest()).name() : FontSize.STANDARD.name();
    }

    public String actingUnitName() {
        return CurrentActor.find().flatMap(actor -> units.find(actor.unitId())).map(UnitRef::name).orElse(null);
    }

    private boolean elderFor(Actor actor) {
        return jdbc.sql("select elder_mode from account where id = ?").param(actor.accountId())
                .query(Boolean.class).optional().orElse(false);
    }

    private static boolean elderCookie() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            Cookie[] cookies = Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]);
            for (Cookie cookie : cookies) {
                if (ELDER_COOKIE.equals(cookie.getName())) {
                    return "1".equals(cookie.getValue());
                }
            }
        }
        return false;
    }
}
