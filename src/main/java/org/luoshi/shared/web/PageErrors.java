package org.luoshi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors that escape a page controller are shown as a page with the same Chinese sentence the API gives.
 * Form errors are handled by the controllers themselves, so that what the user typed stays on the page.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final Messages messages;

    PageErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BusinessException.class)
    String business(BusinessException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("status", e.status().value());
        model.addAttribute("message", messages.get(e));
        return "error";
    }

    /** The database is unreachable or restarting: a page that needs no database says to wait a moment. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransactionSystemException.class, SQLTransientConnectionException.class,
            SQLNonTransientConnectionException.class})
    String databaseUnavailable(Exception e, Model model, HttpServletResponse response) throws Exception {
        if (!DatabaseOutage.causedBy(e)) {
            throw e;
        }
        response.setStatus(503);
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER);
        model.addAttribute("status", 503);
        return "error/503";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrentEdit(Model model, HttpServletResponse response) {
        response.setStatus(409);
        model.addAttribute("status", 409);
        model.addAttribute("message", messages.get("error.concurrentEdit"));
        return "error";
    }
}
