package org.luoshi.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser's login as MockMvc sees it: posts the login form and carries the session (cookie) from one request to
 * the next, as the two-step login and the pages after it need.
 */
public final class LoginFlow {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();
    private MockHttpSession session;
    private MvcResult last;

    public LoginFlow(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MvcResult login(String username, String password) throws Exception {
        return perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    public MvcResult code(String username, String code) throws Exception {
        return perform(post("/login").param("username", username).param("code", code).with(csrf()));
    }

    public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        if (session != null) {
            request.session(session);
        }
        last = mvc.perform(request).andReturn();
        // as a browser keeps its cookies: by name, each answer adding, replacing or expiring some
        for (Cookie cookie : last.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        if (last.getRequest().getSession(false) instanceof MockHttpSession mock) {
            session = mock;
        }
        return last;
    }

    /** The login page as shown after a failed attempt: where the attempt redirected to, with the cookies it left. */
    public String errorPage() throws Exception {
        return perform(get(last == null ? "/login?error" : redirect())).getResponse().getContentAsString();
    }

    public String redirect() {
        return last.getResponse().getRedirectedUrl();
    }
}
