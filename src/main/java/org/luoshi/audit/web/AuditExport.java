package org.luoshi.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.luoshi.audit.internal.AuditEvent;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/** The filtered audit list as an xlsx file, changes spelled out as "field: old → new". */
@Component
class AuditExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final List<String> HEADERS = List.of("audit.at", "audit.actor", "audit.ip", "audit.action",
            "audit.entityType", "audit.entityId", "audit.summary", "audit.changes");

    private final Messages messages;

    AuditExport(Messages messages) {
        this.messages = messages;
    }

    void write(Stream<AuditEvent> events, HttpServletResponse response) throws IOException {
        ExcelWriter.write(ExcelDownload.start(response, messages.get("audit.export.file")),
                messages.get("audit.export.sheet"),
                HEADERS.stream().map(messages::get).toList(), events.map(this::row));
    }

    private List<?> row(AuditEvent e) {
        String changes = e.changes().stream()
                .map(c -> label("audit.field.", c.field()) + "：" + blank(c.before()) + " → " + blank(c.after()))
                .collect(Collectors.joining("\n"));
        return List.of(TIME.format(e.at()), blank(e.actorName()), blank(e.ip()), label("audit.action.", e.action()),
                label("audit.entity.", e.entityType()), blank(e.entityId()), blank(e.summary()), changes);
    }

    /** The Chinese name of a code when the bundle has one, else the code itself (actions of other modules). */
    private String label(String prefix, String code) {
        String text = messages.get(prefix + code);
        return text.equals(prefix + code) ? code : text;
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
