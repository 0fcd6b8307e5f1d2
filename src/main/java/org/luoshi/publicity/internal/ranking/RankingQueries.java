package org.luoshi.publicity.internal.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.shared.db.CustomPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 信息报送排名 and 报送统计, read from the submissions and the live decisions at query time: one query per page, every
 * figure and the rank computed by PostgreSQL (see the .sql resources beside this class).
 */
@Component
@Transactional(readOnly = true)
public class RankingQueries {

    private static final String BY_UNIT = load("rankingFacts") + load("rankingByUnit");
    private static final String BY_CHILD = load("rankingFacts") + load("rankingByChild");
    private static final String UNIT_FIGURES = load("unitFigures");

    private final JdbcClient jdbc;
    private final Clock clock;

    RankingQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** A page of the ranking, ranks and total over the whole scope. */
    public Page<RankingRow> page(RankingScope scope, PageQuery page) {
        List<Ranked> rows = rows(scope, page.size(), page.offset());
        long total = rows.isEmpty() ? count(scope, page) : rows.get(0).total();
        return Page.of(rows.stream().map(Ranked::row).toList(), total, page);
    }

    /** Every row, for the export (at most one per unit of the subtree). */
    public List<RankingRow> all(RankingScope scope) {
        return rows(scope, Integer.MAX_VALUE, 0).stream().map(Ranked::row).toList();
    }

    /** One unit's own figures for the period (报送统计). */
    public PublicityFigures figures(UnitRef unit, RankingPeriod period) {
        return jdbc.sql(UNIT_FIGURES)
                .param("path", unit.path())
                .param("from", period.start(zone()))
                .param("until", period.until(zone()))
                .query((rs, n) -> figures(rs))
                .single();
    }

    /** A page past the end is empty; its total still counts the rows, from the first page. */
    private long count(RankingScope scope, PageQuery page) {
        if (page.page() == 1) {
            return 0;
        }
        List<Ranked> first = rows(scope, 1, 0);
        return first.isEmpty() ? 0 : first.get(0).total();
    }

    private List<Ranked> rows(RankingScope scope, long limit, long offset) {
        RankingPeriod.Parts parts = scope.period().parts(zone());
        // the whole country or one county, a year or a week: the best plan depends on the values
        CustomPlans.forThisTransaction(jdbc);
        return jdbc.sql(scope.view() == RankingView.CHILDREN ? BY_CHILD : BY_UNIT)
                .param("prefix", scope.unit().path())
                .param("unitId", scope.unit().id())
                .param("start", parts.start())
                .param("dayStart", parts.dayStart())
                .param("years", parts.sums().firsts(SumsCover.Grain.YEAR))
                .param("yearSigns", parts.sums().signs(SumsCover.Grain.YEAR))
                .param("months", parts.sums().firsts(SumsCover.Grain.MONTH))
                .param("monthSigns", parts.sums().signs(SumsCover.Grain.MONTH))
                .param("days", parts.sums().firsts(SumsCover.Grain.DAY))
                .param("daySigns", parts.sums().signs(SumsCover.Grain.DAY))
                .param("dayEnd", parts.dayEnd())
                .param("until", parts.until())
                .param("size", limit)
                .param("offset", offset)
                .query((rs, n) -> new Ranked(new RankingRow(rs.getLong("rank"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getBoolean("own"), figures(rs)), rs.getLong("total")))
                .list();
    }

    private static PublicityFigures figures(ResultSet rs) throws SQLException {
        return new PublicityFigures(rs.getLong("submitted"), rs.getLong("adopted_submissions"),
                rs.getBigDecimal("rate"), rs.getLong("adopted_national"), rs.getLong("adopted_provincial"),
                rs.getLong("adopted_prefecture"), rs.getLong("adopted_county"), rs.getLong("adopted"),
                rs.getLong("recommended"), rs.getLong("points"));
    }

    private record Ranked(RankingRow row, long total) {
    }

    private static String load(String name) {
        try (InputStream in = RankingQueries.class.getResourceAsStream(name + ".sql")) {
            if (in == null) {
                throw new IllegalStateException("missing query " + name + ".sql");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
