package org.luoshi.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.luoshi.shared.error.Messages;
import org.springframework.beans.TypeMismatchException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;

/**
 * Says, in Chinese and naming the field, what kind of value a parameter or JSON field takes when it got another:
 * an integer, true or false, a date, one of an enum's names. A parameter given twice is told so.
 */
@Component
class WrongValues {

    private final Messages messages;

    WrongValues(Messages messages) {
        this.messages = messages;
    }

    /** A binding error: the type's wording when the value could not be converted, else the error's own message. */
    String describe(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
            return describe(error.getField(), mismatch.getRequiredType(), mismatch.getValue());
        }
        return messages.get(error);
    }

    String describe(String field, Class<?> required, Object value) {
        if (value instanceof String[] values && values.length > 1) {
            return messages.get("error.value.repeated", messages.field(field));
        }
        Class<?> type = required == null ? Object.class : boxed(required);
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining("、"));
            return messages.get("error.value.enum", messages.field(field), names);
        }
        return messages.get("error.value." + kind(type), messages.field(field));
    }

    private static String kind(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == LocalDateTime.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == Instant.class) {
            return "dateTime";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "list";
        }
        return "other";
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class || type == float.class) {
            return Double.class;
        }
        return Short.class;
    }
}
