package org.luoshi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.luoshi.shared.error.Messages;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container shows when an error escapes Spring MVC (a filter's refusal, an exception no advice
 * handles, a status sent without a body): the same Chinese problem+json or page as everywhere else, instead of
 * Spring Boot's English JSON. A 5xx here is a bug; Tomcat logs it where it happened.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private final Messages messages;
    private final Refusals refusals;

    ErrorPages(Messages messages, Refusals refusals) {
        this.messages = messages;
        this.refusals = refusals;
    }

    @RequestMapping
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        refusals.write(request, response, refusals.problem(status, null, detail(request, status)));
    }

    /** The app's own Chinese sentence if it sent one (sendError), else the one for the status, else a general one. */
    private String detail(HttpServletRequest request, HttpStatus status) {
        Object sent = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (sent instanceof String message && CHINESE.matcher(message).find()) {
            return message;
        }
        String key = (Refusals.isApi(request) ? "error.detail." : "error.page.") + status.value();
        String detail = messages.get(key);
        return !detail.equals(key) ? detail
                : messages.get(status.is5xxServerError() ? "error.detail.500" : "error.invalid");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
