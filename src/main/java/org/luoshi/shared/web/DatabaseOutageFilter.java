package org.luoshi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.luoshi.shared.error.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * While the database is away, the session and security filters fail before any controller runs (loading a session,
 * a token, an account): their failure becomes the same 503 the controllers give, problem+json for the API and a
 * page that needs no database for everyone else, instead of a 500 with an English body. Outermost, so it sees them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final Messages messages;
    private final ObjectMapper json;
    private final ThymeleafViewResolver views;

    DatabaseOutageFilter(Messages messages, ObjectMapper json, ThymeleafViewResolver views) {
        this.messages = messages;
        this.json = json;
        this.views = views;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    e.getMessage());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                writeProblem(response);
            } else {
                writePage(request, response);
            }
        }
    }

    private void writeProblem(HttpServletResponse response) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get("error.title.503"));
        problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        problem.put("detail", messages.get(DatabaseOutage.MESSAGE));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response) throws ServletException {
        try {
            View page = views.resolveViewName("error/503", Locale.SIMPLIFIED_CHINESE);
            page.render(Map.of("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE), request, response);
        } catch (Exception e) {
            throw new ServletException("cannot render the 503 page", e);
        }
    }
}
