package org.luoshi.org.internal.member;

/** A value that cannot be accepted, with the message key (and arguments) that tells the user how to fix it. */
public class InvalidValue extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    InvalidValue(String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
