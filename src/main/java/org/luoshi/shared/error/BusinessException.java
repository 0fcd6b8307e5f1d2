package org.luoshi.shared.error;

import org.springframework.http.HttpStatus;

/**
 * A rule the user broke; carries a message key (zh-CN text in the bundles), its arguments and the field
 * the user should correct. Shown as problem+json by the API and next to the field in the page.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final Object[] args;
    private final String field;
    private final HttpStatus status;

    public BusinessException(HttpStatus status, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Invalid input (400) on a named field. */
    public static BusinessException invalid(String field, String messageKey, Object... args) {
        return new BusinessException(HttpStatus.BAD_REQUEST, field, messageKey, args);
    }

    /** A state that forbids the action (409), e.g. editing a dissolved unit. */
    public static BusinessException conflict(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.CONFLICT, null, messageKey, args);
    }

    /** Missing, or outside the actor's subtree: the two are indistinguishable on purpose. */
    public static BusinessException notFound(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.NOT_FOUND, null, messageKey, args);
    }

    /** The actor's role does not allow the action. */
    public static BusinessException forbidden(String messageKey, Object... args) {
        return new BusinessException(HttpStatus.FORBIDDEN, null, messageKey, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public String field() {
        return field;
    }

    public HttpStatus status() {
        return status;
    }
}
