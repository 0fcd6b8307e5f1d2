package org.luoshi.publicity.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.internal.ranking.PublicityFigures;
import org.luoshi.publicity.internal.ranking.RankingPeriod;
import org.luoshi.publicity.internal.ranking.RankingQueries;
import org.luoshi.publicity.internal.ranking.RankingRow;
import org.luoshi.publicity.internal.ranking.RankingScope;
import org.luoshi.publicity.internal.ranking.RankingView;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ranking's figures, read from whole months (V106's publicity_ranking_month) and edge days, equal a count made
 * in Java from the records themselves, for random submissions and decisions over two years (some withdrawn later,
 * some drafts submitted later) and random periods, short and long.
 */
@IntegrationTest
class RankingMatchesBruteForceIT {

    static final Map<String, int[]> POINTS = Map.of("NATIONAL", new int[] {10, 0}, "PROVINCIAL", new int[] {5, 1},
            "COUNTY", new int[] {1, 1});
    static final List<String> DECISIONS = List.of("ADOPTED", "RECOMMENDED", "ADOPTED_RECOMMENDED", "RETURNED",
            "NOT_ADOPTED");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RankingQueries queries;
    @Autowired
    UnitDirectory units;

    record Sub(long unitId, LocalDateTime at) {
    }

    record Dec(long submissionId, long unitId, String level, String decision, LocalDateTime at, boolean live) {
    }

    @Test
    void randomRecordsAndPeriodsGiveTheFiguresACountOfTheRecordsGives() {
        jdbc.sql("update publicity_points set adopted = 10, recommended = 0 where level = 'NATIONAL'").update();
        jdbc.sql("update publicity_points set adopted = 5, recommended = 1 where level = 'PROVINCIAL'").update();
        jdbc.sql("update publicity_points set adopted = 1, recommended = 1 where level = 'COUNTY'").update();
        Random random = new Random(20261207);
        RankingData data = new RankingData(jdbc);
        long root = fixtures.root();
        long province = fixtures.unit(root, "暴力省" + System.nanoTime(), "PROVINCIAL");
        List<Long> counties = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            counties.add(fixtures.unit(province, "暴力县" + i + "-" + System.nanoTime(), "COUNTY"));
        }
        long branch = fixtures.unit(counties.get(0), "暴力分会" + System.nanoTime(), "BRANCH");
        List<Long> submitters = new ArrayList<>(counties);
        submitters.add(branch);
        submitters.add(province);

        Map<Long, Sub> subs = new HashMap<>();
        List<Long> decisionIds = new ArrayList<>();
        Map<Long, Dec> decisions = new HashMap<>();
        LocalDateTime start = LocalDateTime.of(2024, 12, 20, 0, 0);
        for (int i = 0; i < 160; i++) {
            long unit = submitters.get(random.nextInt(submitters.size()));
            // around the turns of months and years, at any minute of the day
            LocalDateTime at = start.plusDays(random.nextInt(400)).plusMinutes(random.nextInt(24 * 60));
            boolean draft = random.nextInt(10) == 0;
            long id = data.submission(unit, draft ? null : at);
            if (draft) {
                if (random.nextBoolean()) {
                    jdbc.sql("update publicity_submission set first_submitted_at = ? where id = ?")
                            .param(at.atZone(RankingData.CHINA).toOffsetDateTime()).param(id).update();
                    subs.put(id, new Sub(unit, at));
                }
                continue;
            }
            subs.put(id, new Sub(unit, at));
            int n = random.nextInt(3);
            for (int k = 0; k < n; k++) {
                long decider = unit == branch ? counties.get(0) : unit == province ? root : province;
                String level = decider == root ? "NATIONAL" : decider == province ? "PROVINCIAL" : "COUNTY";
                String decision = DECISIONS.get(random.nextInt(DECISIONS.size()));
                LocalDateTime when = at.plusHours(1 + random.nextInt(24 * 40));
                long decisionId = data.decide(id, decider, level, decision, when);
                decisionIds.add(decisionId);
                decisions.put(decisionId, new Dec(id, unit, level, decision, when, true));
            }
        }
        // some withdrawn afterwards, as the workflow does
        for (int i = 0; i < decisionIds.size() / 5; i++) {
            long id = decisionIds.get(random.nextInt(decisionIds.size()));
            jdbc.sql("update publicity_decision set withdrawn_at = now() where id = ? and withdrawn_at is null")
                    .param(id).update();
            Dec d = decisions.get(id);
            decisions.put(id, new Dec(d.submissionId(), d.unitId(), d.level(), d.decision(), d.at(), false));
        }

        var scopeUnit = units.find(province).orElseThrow();
        List<RankingPeriod> periods = new ArrayList<>(List.of(
                new RankingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                new RankingPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1))));
        for (int i = 0; i < 8; i++) {
            LocalDate from = LocalDate.of(2024, 12, 15).plusDays(random.nextInt(420));
            periods.add(new RankingPeriod(from, from.plusDays(random.nextInt(200))));
        }
        for (RankingPeriod period : periods) {
            List<RankingRow> rows = queries.all(new RankingScope(scopeUnit, period, RankingView.UNITS));
            Map<Long, PublicityFigures> expected = expected(period, subs, decisions);
            Map<Long, PublicityFigures> actual = new HashMap<>();
            rows.forEach(row -> actual.put(row.unitId(), row.figures()));
            assertThat(actual).as("period %s", period).isEqualTo(expected);
            for (RankingRow row : rows) {
                long better = rows.stream().filter(o -> o.figures().points() > row.figures().points()
                        || o.figures().points() == row.figures().points()
                        && o.figures().adopted() > row.figures().adopted()).count();
                assertThat(row.rank()).as("rank of %s in %s", row.unitName(), period).isEqualTo(better + 1);
            }
        }
    }

    private static Map<Long, PublicityFigures> expected(RankingPeriod period, Map<Long, Sub> subs,
            Map<Long, Dec> decisions) {
        Map<Long, long[]> f = new HashMap<>();
        subs.forEach((id, sub) -> {
            if (within(period, sub.at())) {
                long[] x = f.computeIfAbsent(sub.unitId(), k -> new long[10]);
                x[0]++;
                boolean adopted = decisions.values().stream().anyMatch(d -> d.submissionId() == id && d.live()
                        && d.decision().startsWith("ADOPTED"));
                x[1] += adopted ? 1 : 0;
            }
        });
        decisions.values().stream().filter(d -> d.live() && within(period, d.at())).forEach(d -> {
            boolean adoption = d.decision().startsWith("ADOPTED");
            boolean recommendation = d.decision().endsWith("RECOMMENDED");
            if (!adoption && !recommendation) {
                return;
            }
            long[] x = f.computeIfAbsent(d.unitId(), k -> new long[10]);
            if (adoption) {
                x[switch (d.level()) { case "NATIONAL" -> 2; case "PROVINCIAL" -> 3; default -> 5; }]++;
                x[6]++;
            }
            x[7] += recommendation ? 1 : 0;
            x[8] += (adoption ? POINTS.get(d.level())[0] : 0) + (recommendation ? POINTS.get(d.level())[1] : 0);
        });
        Map<Long, PublicityFigures> result = new HashMap<>();
        f.forEach((unit, x) -> result.put(unit, new PublicityFigures(x[0], x[1], x[0] == 0 ? null
                : BigDecimal.valueOf(100.0 * x[1] / x[0]).setScale(1, RoundingMode.HALF_UP), x[2], x[3], x[4], x[5],
                x[6], x[7], x[8])));
        return result;
    }

    private static boolean within(RankingPeriod period, LocalDateTime at) {
        LocalDate day = at.toLocalDate();
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }
}
