package org.luoshi.study.internal.coverage;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.luoshi.shared.text.BookTitle;
import org.springframework.stereotype.Component;

/** The coverage views as Excel sheets, with the columns the page shows and a title row saying whose and when. */
@Component
public class CoverageExport {

    /** The views a user can export. */
    public enum View {
        CHILDREN, SECTIONS, BEHIND, TREND;

        public static View parse(String value) {
            try {
                return value == null || value.isBlank() ? CHILDREN : valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("view", "coverage.view.invalid");
            }
        }

        String key() {
            return "coverage.export.sheet." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final CoverageQueries queries;
    private final Messages messages;

    CoverageExport(CoverageQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public String filename(CoverageScope scope, View view, LocalDate asOf) {
        return (title(scope, view, asOf) + ".xlsx").replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    private String title(CoverageScope scope, View view, LocalDate asOf) {
        return messages.get("coverage.export.title", BookTitle.cite(scope.material().title()),
                messages.get(view.key()), scope.unit().name(), asOf.toString());
    }

    public void write(OutputStream out, CoverageScope scope, View view, LocalDate asOf) {
        String title = title(scope, view, asOf);
        String sheet = messages.get(view.key());
        switch (view) {
            case CHILDREN -> ExcelWriter.write(out, title, sheet, headers("coverage.col.unit", "coverage.col.members",
                            "coverage.col.started", "coverage.col.startedShare", "coverage.col.finished",
                            "coverage.col.finishedShare"),
                    rows(queries.overview(scope).children().stream().map(c -> figures(c.unitName(), c.figures()))));
            case BEHIND -> ExcelWriter.write(out, title, sheet, headers("coverage.col.unit", "coverage.col.members",
                            "coverage.col.started", "coverage.col.startedShare", "coverage.col.finished",
                            "coverage.col.finishedShare"),
                    rows(queries.behindAll(scope).stream().map(b -> figures(b.unitName(), b.figures()))));
            case SECTIONS -> ExcelWriter.write(out, title, sheet, headers("coverage.col.ordinal",
                            "coverage.col.chapter", "coverage.col.section", "coverage.col.finished",
                            "coverage.col.finishedShare"),
                    queries.sections(scope).stream().map(s -> List.<Object>of(s.ordinal(),
                            s.chapter() == null ? "" : s.chapter(), s.heading(), s.finished(), s.finishedShare())));
            case TREND -> ExcelWriter.write(out, title, sheet, headers("coverage.col.week", "coverage.col.started",
                            "coverage.col.startedShare", "coverage.col.finished", "coverage.col.finishedShare"),
                    queries.trend(scope, asOf).stream().map(w -> List.<Object>of(w.week(), w.started(),
                            w.startedShare(), w.finished(), w.finishedShare())));
            default -> throw new IllegalStateException(view.name());
        }
    }

    private static Stream<List<?>> rows(Stream<List<?>> rows) {
        return rows;
    }

    private static List<?> figures(String unit, Coverage c) {
        return List.of(unit, c.members(), c.started(), c.startedShare(), c.finished(), c.finishedShare());
    }

    private List<String> headers(String... keys) {
        return Stream.of(keys).map(messages::get).toList();
    }
}
