package org.luoshi.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.luoshi.shared.error.Messages;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** problem+json answers written by security filters, which run before the MVC error handling. */
@Component
class ProblemResponses {

    private final Messages messages;
    private final ObjectMapper json;

    ProblemResponses(Messages messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletResponse response, int status, String detailKey) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.get("error.title." + status));
        problem.put("status", status);
        problem.put("detail", messages.get(detailKey));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
