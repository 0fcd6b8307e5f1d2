package org.luoshi.publicity.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.security.Actor;
import org.springframework.stereotype.Component;

/**
 * A publicity list (门户文章, 工作简报, 典型人物) as an Excel download: a title row naming the list, the actor's unit
 * and the day, since a sheet forwarded by mail is read without the page; then the page's columns, every row the
 * page's filter finds.
 */
@Component
public class ListExport {

    private final UnitDirectory units;
    private final Messages messages;
    private final Clock clock;

    ListExport(UnitDirectory units, Messages messages, Clock clock) {
        this.units = units;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes {@code rows} under the headers named by {@code headerKeys}; {@code sheetKey} names the sheet and file. */
    public void write(HttpServletResponse response, Actor actor, String sheetKey, List<String> headerKeys,
            Stream<? extends List<?>> rows) throws IOException {
        String sheet = messages.get(sheetKey);
        String unit = units.find(actor.unitId()).map(u -> u.name()).orElse("");
        List<String> headers = headerKeys.stream().map(messages::get).toList();
        try (OutputStream out = ExcelDownload.start(response, sheet)) {
            ExcelWriter.write(out, messages.get("publicity.export.title", unit, sheet, LocalDate.now(clock)), sheet,
                    headers, rows);
        }
    }

    /** A label from the bundles, for a cell. */
    public String label(String key, Object... args) {
        return messages.get(key, args);
    }
}
