package org.luoshi.org.internal.member;

import java.util.List;
import org.luoshi.shared.error.Messages;

/**
 * The columns of the import template, in order; their Chinese headers are in the bundle (member.column.*). The
 * field is the name used in {@link MemberInput} and in form and API errors.
 */
public enum MemberColumn {
    NAME("name", true),
    GENDER("gender", true),
    BIRTH_YEAR("birthYear", false),
    PHONE("phone", false),
    ID_NUMBER("idNumber", false),
    UNIT_CODE("unitCode", true),
    FIELD("field", false),
    TITLE("title", false),
    FORMER_EMPLOYER("formerEmployer", false),
    POLITICAL_STATUS("politicalStatus", false),
    JOINED_ON("joinedOn", false);

    private final String field;
    private final boolean required;

    MemberColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    public String field() {
        return field;
    }

    boolean required() {
        return required;
    }

    String header(Messages messages) {
        return messages.get("member.column." + field);
    }

    static List<String> headers(Messages messages) {
        return java.util.Arrays.stream(values()).map(c -> c.header(messages)).toList();
    }

    /** The column of a field named in a {@link FieldProblem}; unitId problems belong to the unit code column. */
    static MemberColumn ofField(String field) {
        for (MemberColumn column : values()) {
            if (column.field.equals(field) || ("unitId".equals(field) && column == UNIT_CODE)) {
                return column;
            }
        }
        throw new IllegalArgumentException(field);
    }
}
