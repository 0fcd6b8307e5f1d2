package org.luoshi.org.internal.unit;

/** One thing wrong with what the user entered: the field to correct, the message key and its arguments. */
public record UnitProblem(String field, String key, Object... args) {
}
