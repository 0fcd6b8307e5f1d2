package org.luoshi.org.internal.member;

/** One reason a field was refused: the field's name (as in {@link MemberInput}) and the message key. */
public record FieldProblem(String field, String messageKey, Object[] args) {
}
