package org.luoshi.publicity.internal.ranking;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.excel.ExcelWriter;
import org.springframework.stereotype.Component;

/** 信息报送排名 as an Excel sheet: a title row naming the unit, the view and the period, then the page's columns. */
@Component
public class RankingExport {

    static final List<String> COLUMNS = List.of("rank", "unit", "submitted", "adoptedNational", "adoptedProvincial",
            "adoptedPrefecture", "adoptedCounty", "adoptedOther", "adopted", "rate", "recommended", "points");

    private final RankingQueries queries;
    private final Messages messages;

    RankingExport(RankingQueries queries, Messages messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public String title(RankingScope scope) {
        return messages.get("ranking.export.title", scope.unit().name(),
                messages.get("ranking.view." + scope.view().code()), scope.period().from(), scope.period().to());
    }

    public String filename(RankingScope scope) {
        return (title(scope) + ".xlsx").replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    public void write(OutputStream out, RankingScope scope) {
        List<String> headers = COLUMNS.stream().map(c -> messages.get("ranking.col." + c)).toList();
        Stream<List<?>> rows = queries.all(scope).stream().map(this::row);
        ExcelWriter.write(out, title(scope), messages.get("ranking.export.sheet"), headers, rows);
    }

    private List<?> row(RankingRow row) {
        PublicityFigures f = row.figures();
        List<Object> cells = new ArrayList<>();
        cells.add(row.rank());
        cells.add(row.own() && !row.unitName().isEmpty()
                ? messages.get("ranking.ownUnit", row.unitName()) : row.unitName());
        cells.add(f.submitted());
        cells.add(f.adoptedNational());
        cells.add(f.adoptedProvincial());
        cells.add(f.adoptedPrefecture());
        cells.add(f.adoptedCounty());
        cells.add(f.adoptedOther());
        cells.add(f.adopted());
        cells.add(f.rate() == null ? "-" : f.rate().toPlainString() + "%");
        cells.add(f.recommended());
        cells.add(f.points());
        return cells;
    }
}
