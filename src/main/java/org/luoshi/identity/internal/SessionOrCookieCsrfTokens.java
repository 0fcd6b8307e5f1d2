package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens without a session made for them: in the session when there is one (after login), else in an
 * HttpOnly cookie (the login page before anyone logged in). Each anonymous visit would otherwise store a session
 * row in the database for nothing but its token, an easy way to fill the disk. Logging in replaces the token
 * (Spring Security's CsrfAuthenticationStrategy), and the new one then lives in the new session.
 */
final class SessionOrCookieCsrfTokens implements CsrfTokenRepository {

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();

    SessionOrCookieCsrfTokens(boolean https) {
        // the same header name either way, so a page's scripts need not know where its token is kept
        cookie.setHeaderName("X-CSRF-TOKEN");
        cookie.setCookiePath("/");
        cookie.setCookieCustomizer(c -> c.httpOnly(true).sameSite("Lax").secure(https));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean inSession = request.getSession(false) != null;
        if (token == null) {
            if (inSession) {
                session.saveToken(null, request, response);
            }
            if (cookie.loadToken(request) != null) {
                cookie.saveToken(null, request, response);
            }
        } else if (inSession) {
            session.saveToken(token, request, response);
        } else {
            cookie.saveToken(token, request, response);
        }
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        CsrfToken token = request.getSession(false) == null ? null : session.loadToken(request);
        return token != null ? token : cookie.loadToken(request);
    }
}
