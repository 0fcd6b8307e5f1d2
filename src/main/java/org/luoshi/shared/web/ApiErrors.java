package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

/** One error shape for the API: problem+json (RFC 9457) with a Chinese detail and the field to correct. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final Messages messages;
    private final WrongValues wrongValues;

    ApiErrors(Messages messages, WrongValues wrongValues) {
        this.messages = messages;
        this.wrongValues = wrongValues;
    }

    @ExceptionHandler(BusinessException.class)
    ProblemDetail business(BusinessException e) {
        ProblemDetail problem = problem(e.status(), messages.get(e));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalid(BindException e) {
        List<Map<String, String>> errors = e.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", wrongValues.describe(error)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                errors.isEmpty() ? messages.get("error.invalid") : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        return problem;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentEdit(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, messages.get("error.concurrentEdit"));
    }

    /** The database is unreachable or restarting (see DatabaseOutage): 503, try again in a few seconds. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class})
    ProblemDetail databaseUnavailable(Exception e, HttpServletResponse response) throws Exception {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, messages.get(DatabaseOutage.MESSAGE));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    /**
     * A body that is not JSON, a value of the wrong kind ("port": "abc"), a null in a list, or a text with a
     * {@link org.luoshi.shared.text.TextFlaw}: named by its field when known.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        JacksonException bad = e.getCause() instanceof JacksonException jackson ? jackson : null;
        String field = bad == null ? null : fieldOf(bad.getPath());
        if (bad != null && bad.getCause() instanceof BusinessException refused) {
            return fieldProblem(field != null ? field : refused.field(),
                    messages.get(refused.messageKey(), field != null ? field : refused.field()));
        }
        if (field == null) {
            return problem(HttpStatus.BAD_REQUEST, messages.get("error.body.unreadable"));
        }
        if (bad instanceof InvalidNullException) {
            return fieldProblem(field, messages.get("error.value.nullElement", messages.field(field)));
        }
        if (bad instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return fieldProblem(field, wrongValues.describe(field, mismatch.getTargetType(), null));
        }
        return fieldProblem(field, messages.get("error.body.field", messages.field(field)));
    }

    private ProblemDetail fieldProblem(String field, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("field", field);
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistyped(MethodArgumentTypeMismatchException e) {
        return fieldProblem(e.getName(), wrongValues.describe(e.getName(), e.getRequiredType(), e.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST,
                messages.get("error.parameter.missing", e.getParameterName()));
        problem.setProperty("field", e.getParameterName());
        return problem;
    }

    private static String fieldOf(List<JacksonException.Reference> path) {
        String field = path.stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        return field == null || field.isEmpty() ? null : field;
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.get("error.title." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
