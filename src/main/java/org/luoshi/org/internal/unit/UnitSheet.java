package org.luoshi.org.internal.unit;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit spreadsheet (单位表): its columns, the empty import template and the export. The export has the
 * template's columns first, so an exported list can be edited and imported elsewhere.
 */
@Component
public class UnitSheet {

    /** The columns in template order: the field each maps to, and its header's message key. */
    enum Column {
        CODE("code"), NAME("name"), SHORT_NAME("shortName"), TYPE("type"), PARENT_CODE("parentCode"),
        REGION_CODE("regionCode"), ADDRESS("address"), PHONE("phone"), EMAIL("email");

        final String field;

        Column(String field) {
            this.field = field;
        }

        String key() {
            return "unit.sheet." + field;
        }

        static Column ofField(String field) {
            return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(null);
        }
    }

    private final Messages messages;
    private final UnitQueries queries;
    private final UnitAccess access;

    UnitSheet(Messages messages, UnitQueries queries, UnitAccess access) {
        this.messages = messages;
        this.queries = queries;
        this.access = access;
    }

    public List<String> headers() {
        return Arrays.stream(Column.values()).map(c -> messages.get(c.key())).toList();
    }

    String header(String field) {
        Column column = Column.ofField(field);
        return column == null ? null : messages.get(column.key());
    }

    public void template(OutputStream out) {
        ExcelWriter.write(out, messages.get("unit.sheet.title"), headers(), Stream.empty());
    }

    /** Every unit of the actor's subtree matching the filters, with the template's columns and the status. */
    @Transactional(readOnly = true)
    public void export(Actor actor, UnitSearch search, OutputStream out) {
        access.requireReader(actor);
        List<String> headers = Stream.concat(headers().stream(), Stream.of(messages.get("unit.sheet.status")))
                .toList();
        try (Stream<UnitQueries.UnitRow> rows = queries.export(actor.scopePath(), search)) {
            ExcelWriter.write(out, messages.get("unit.sheet.title"), headers, rows.map(this::cells));
        }
    }

    private List<Object> cells(UnitQueries.UnitRow r) {
        return Arrays.asList(r.code(), r.name(), r.shortName(), messages.get("unit.type." + r.type().name()),
                r.parentCode(), r.regionCode(), r.address(), r.phone(), r.email(),
                messages.get("unit.status." + r.status().name()));
    }
}
