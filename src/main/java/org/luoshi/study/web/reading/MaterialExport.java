package org.luoshi.study.web.reading;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelDownload;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.study.internal.reading.MaterialRepository.MaterialRow;
import org.springframework.stereotype.Component;

/** 学习材料 as an Excel sheet, the list's columns; unit names looked up once for the whole list. */
@Component
class MaterialExport {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final UnitDirectory units;
    private final Clock clock;

    MaterialExport(Messages messages, UnitDirectory units, Clock clock) {
        this.messages = messages;
        this.units = units;
        this.clock = clock;
    }

    void write(Stream<MaterialRow> rows, HttpServletResponse response) throws IOException {
        List<MaterialRow> all = rows.toList();
        Map<Long, UnitRef> names = units.findAll(all.stream().map(MaterialRow::unitId).collect(Collectors.toSet()));
        List<String> headers = Stream.of("title", "source", "unit", "status", "sections", "chars", "publishedAt")
                .map(key -> messages.get("study.reading." + key)).toList();
        ExcelWriter.write(ExcelDownload.start(response, messages.get("study.reading.export.file")),
                messages.get("study.reading.export.file"), headers, all.stream().map(row -> List.of(row.title(),
                        row.source() == null ? "" : row.source(),
                        names.containsKey(row.unitId()) ? names.get(row.unitId()).name() : "",
                        messages.get("study.reading.status." + row.status()), row.sectionCount(), row.charCount(),
                        row.publishedAt() == null ? "" : MINUTES.format(row.publishedAt().atZone(clock.getZone())))));
    }
}
