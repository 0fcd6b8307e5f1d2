package org.luoshi.shared.web;

import java.util.List;
import java.util.Map;

/** A plausible value for an input, so that a request's other fields do not hide what its hostile one does. */
final class Sane {

    private Sane() {
    }

    static Object value(ApiSpec.Field field, HostileInputSpecIT.Ids ids) {
        if (field.isEnum()) {
            return field.enumValues().get(0);
        }
        String name = field.name().toLowerCase();
        return switch (field.type()) {
            case "integer" -> {
                Object id = ids.forField(field.name());
                if (id != null) {
                    yield id;
                }
                // an id of no object, never one another test's data may have
                yield field.name().endsWith("Id") ? HostileInputSpecIT.Ids.NOBODY : name.equals("version") ? 0 : 1;
            }
            case "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> text(field, name);
        };
    }

    private static String text(ApiSpec.Field field, String name) {
        if ("date".equals(field.format()) || field.name().endsWith("On")) {
            return "2026-06-30";
        }
        if ("date-time".equals(field.format())) {
            return "2026-06-30T08:00:00+08:00";
        }
        if (name.contains("phone")) {
            return "13800138000";
        }
        if (name.contains("mail") || name.equals("to")) {
            return "hostile@example.org";
        }
        if (name.contains("idnumber")) {
            return null;
        }
        return "测试";
    }
}
