package org.luoshi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.luoshi.shared.error.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers a request refused before it reaches a controller (by a filter, by Spring Security, by the error page):
 * problem+json for the API, the error page for people, with the same Chinese sentence as the controllers give.
 */
@Component
public class Refusals {

    private final Messages messages;
    private final ObjectMapper json;
    private final ThymeleafViewResolver views;

    Refusals(Messages messages, ObjectMapper json, ThymeleafViewResolver views) {
        this.messages = messages;
        this.json = json;
        this.views = views;
    }

    /** The API is everything under /api/; the rest are pages. */
    public static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    public void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
            String messageKey, Object... args) throws IOException {
        write(request, response, problem(status, field, messages.get(messageKey, args)));
    }

    /** A problem+json in the API's shape: Chinese title by status, the detail, and the field to correct if any. */
    public ProblemDetail problem(HttpStatus status, String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.get("error.title." + status.value()));
        problem.setType(URI.create("about:blank"));
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(json.writeValueAsString(body(problem, request)));
            return;
        }
        try {
            View page = views.resolveViewName("error", Messages.ZH_CN);
            Map<String, Object> model = new LinkedHashMap<>(Map.of("status", problem.getStatus(),
                    "message", problem.getDetail()));
            back(request).ifPresent(path -> model.put("back", path));
            page.render(model, request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("the error page could not be rendered", e);
        }
    }

    /**
     * The page the refused form was on (a 300 MB file sent from a draft's page): its path, when the Referer names
     * this site, so the error page leads back to it, where what was saved stands.
     */
    static Optional<String> back(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String host = request.getHeader("Host");
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || path == null || !path.startsWith("/")
                    || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> body(ProblemDetail problem, HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        body.put("instance", failed instanceof String original ? original : request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
