package org.luoshi.publicity.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.publicity.internal.ranking.PointsTable;
import org.luoshi.publicity.internal.ranking.PublicityFigures;
import org.luoshi.publicity.internal.ranking.RankingPeriod;
import org.luoshi.publicity.internal.ranking.RankingQueries;
import org.luoshi.publicity.internal.ranking.RankingRow;
import org.luoshi.publicity.internal.ranking.RankingScope;
import org.luoshi.publicity.internal.ranking.RankingView;
import org.luoshi.shared.security.Role;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * V110's sums per unit and UTC day, month and year, kept by triggers, equal a count made here from the
 * submissions and decisions themselves, and so does the ranking read from them, over periods that start and end in
 * the middle of a month: after random submits and decisions over two years, after later submits of drafts,
 * withdrawals, an undone withdrawal, a decision's date corrected, a submission deleted, and after a prefecture with
 * its counties moved to another province (whose ranking then holds them, the old province's no longer).
 */
@IntegrationTest
class RankingSumsFollowTheRecordsIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RankingQueries queries;
    @Autowired
    UnitDirectory units;
    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;

    final Random random = new Random(20261208);
    final String marker = String.valueOf(System.nanoTime());
    RankingData data;
    long root;
    long provinceA;
    long provinceB;
    long prefecture;
    List<Long> submitters = new ArrayList<>();
    Map<Long, Long> deciderOf = new HashMap<>();
    List<Long> submissions = new ArrayList<>();
    List<Long> decisions = new ArrayList<>();

    @Test
    void theSumsAndTheRankingEqualACountOfTheRecordsThroughWithdrawalsDeletesAndAMove() throws Exception {
        data = new RankingData(jdbc);
        root = fixtures.root();
        provinceA = fixtures.unit(root, "汇总甲省" + marker, "PROVINCIAL");
        provinceB = fixtures.unit(root, "汇总乙省" + marker, "PROVINCIAL");
        prefecture = fixtures.unit(provinceA, "汇总市" + marker, "PREFECTURE");
        long county1 = fixtures.unit(prefecture, "汇总一县" + marker, "COUNTY");
        long county2 = fixtures.unit(prefecture, "汇总二县" + marker, "COUNTY");
        long county3 = fixtures.unit(provinceA, "汇总三县" + marker, "COUNTY");
        long branch = fixtures.unit(county1, "汇总分会" + marker, "BRANCH");
        long enterprise = fixtures.unit(provinceA, "汇总企业" + marker, "ENTERPRISE");
        // decided at a level outside the six (OTHER, no points)
        long enterpriseBranch = fixtures.unit(enterprise, "汇总企业分会" + marker, "BRANCH");
        long countyB = fixtures.unit(provinceB, "汇总乙县" + marker, "COUNTY");
        submitters.addAll(List.of(county1, county2, county3, branch, enterprise, enterpriseBranch, prefecture,
                provinceA, countyB));
        deciderOf.putAll(Map.of(county1, prefecture, county2, prefecture, county3, provinceA, branch, county1,
                enterprise, provinceA, enterpriseBranch, enterprise, prefecture, provinceA, provinceA, root,
                countyB, provinceB));

        for (int i = 0; i < 150; i++) {
            submitAndDecide(LocalDateTime.of(2024, 12, 10, 0, 0).plusDays(random.nextInt(480))
                    .plusMinutes(random.nextInt(24 * 60)));
        }
        laterChanges();
        agree();

        String admin = fixtures.account("sumsmv", root, Role.SYSTEM_ADMIN);
        mvc.perform(post("/api/v1/units/{id}/move", prefecture).with(fixtures.as(admin)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\":" + provinceB + "}"))
                .andExpect(status().isOk());
        deciderOf.put(prefecture, provinceB);
        Set<Long> moved = Set.of(prefecture, county1, county2, branch);
        RankingPeriod all = new RankingPeriod(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 6, 30));
        assertThat(ranked(provinceA, all)).doesNotContainAnyElementsOf(moved);
        assertThat(ranked(provinceB, all)).containsAll(moved);
        agree();

        // the moved units go on submitting under their new province, and decisions on their earlier ones are undone
        for (int i = 0; i < 40; i++) {
            submitAndDecide(LocalDateTime.of(2025, 11, 10, 0, 0).plusDays(random.nextInt(150))
                    .plusMinutes(random.nextInt(24 * 60)));
        }
        laterChanges();
        agree();
    }

    private Set<Long> ranked(long unitId, RankingPeriod period) {
        Set<Long> ids = new HashSet<>();
        queries.all(new RankingScope(units.find(unitId).orElseThrow(), period, RankingView.UNITS))
                .forEach(row -> ids.add(row.unitId()));
        return ids;
    }

    /** A submission (one in ten a draft) and up to three decisions on it by its reviewing unit within 40 days. */
    private void submitAndDecide(LocalDateTime at) {
        long unit = submitters.get(random.nextInt(submitters.size()));
        boolean draft = random.nextInt(10) == 0;
        long id = data.submission(unit, draft ? null : at);
        submissions.add(id);
        if (draft) {
            return;
        }
        long decider = deciderOf.get(unit);
        String level = jdbc.sql("select type from unit where id = ?").param(decider).query(String.class).single();
        for (int k = random.nextInt(4); k > 0; k--) {
            decisions.add(data.decide(id, decider, level, RankingMatchesBruteForceIT.DECISIONS.get(
                    random.nextInt(RankingMatchesBruteForceIT.DECISIONS.size())),
                    at.plusHours(1 + random.nextInt(24 * 40))));
        }
    }

    /** What the workflow, and an operator's SQL, may do to records already counted. */
    private void laterChanges() {
        assertThat(jdbc.sql("update publicity_submission set first_submitted_at = :at where id = (select min(id)"
                        + " from publicity_submission where id in (:ids) and first_submitted_at is null)")
                .param("at", OffsetDateTime.of(2025, 6, 30, 20, 30, 0, 0, ZoneOffset.UTC)).param("ids", submissions)
                .update()).as("a draft submitted later").isOne();
        for (int i = 0; i < decisions.size() / 6; i++) {
            jdbc.sql("update publicity_decision set withdrawn_at = now() where id = ? and withdrawn_at is null")
                    .param(decisions.get(random.nextInt(decisions.size()))).update();
        }
        jdbc.sql("update publicity_decision set withdrawn_at = null where id = (select min(id) from"
                + " publicity_decision where id in (:ids) and withdrawn_at is not null)").param("ids", decisions)
                .update();
        assertThat(jdbc.sql("update publicity_decision set decided_at = decided_at + interval '33 days' where id ="
                        + " (select max(id) from publicity_decision where id in (:ids) and withdrawn_at is null"
                        + " and decision like 'ADOPTED%')").param("ids", decisions).update())
                .as("a live adoption's date corrected").isOne();
        long deleted = submissions.remove(random.nextInt(submissions.size()));
        decisions.removeAll(jdbc.sql("select id from publicity_decision where submission_id = ?").param(deleted)
                .query(Long.class).list());
        jdbc.sql("delete from publicity_submission where id = ?").param(deleted).update();
    }

    /** The day and month rows of the test's units, and the ranking of each province over periods, as counted. */
    private void agree() {
        List<Long> ids = List.copyOf(deciderOf.keySet());
        Map<String, List<Integer>> days = countedDays();
        assertThat(rows("select unit_id, day as at, %s from publicity_ranking_day where unit_id in (:ids)", ids))
                .isEqualTo(days);
        Map<String, List<Integer>> months = new HashMap<>();
        days.forEach((key, sums) -> months.merge(key.substring(0, key.length() - 2) + "01", sums,
                (a, b) -> sum(a, b)));
        assertThat(rows("select unit_id, month as at, %s from publicity_ranking_month where unit_id in (:ids)", ids))
                .isEqualTo(months);
        Map<String, List<Integer>> years = new HashMap<>();
        days.forEach((key, sums) -> years.merge(key.substring(0, key.length() - 5) + "01-01", sums,
                (a, b) -> sum(a, b)));
        assertThat(rows("select unit_id, year as at, %s from publicity_ranking_year where unit_id in (:ids)", ids))
                .isEqualTo(years);

        List<RankingPeriod> periods = new ArrayList<>(List.of(
                new RankingPeriod(LocalDate.of(2025, 3, 17), LocalDate.of(2026, 3, 16)),
                new RankingPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)),
                new RankingPeriod(LocalDate.of(2025, 5, 10), LocalDate.of(2025, 5, 20))));
        for (int i = 0; i < 6; i++) {
            LocalDate from = LocalDate.of(2024, 12, 2).plusDays(random.nextInt(480));
            periods.add(new RankingPeriod(from, from.plusDays(random.nextInt(400))));
        }
        for (long province : List.of(provinceA, provinceB)) {
            for (RankingPeriod period : periods) {
                Map<Long, PublicityFigures> actual = new HashMap<>();
                queries.all(new RankingScope(units.find(province).orElseThrow(), period, RankingView.UNITS))
                        .forEach(row -> actual.put(row.unitId(), row.figures()));
                assertThat(actual).as("%s in %s", period, units.find(province).orElseThrow().name())
                        .isEqualTo(counted(province, period));
            }
        }
        RankingPeriod year = periods.get(0);
        long parent = jdbc.sql("select parent_id from unit where id = ?").param(prefecture).query(Long.class).single();
        PublicityFigures prefectureRow = queries.all(new RankingScope(units.find(parent).orElseThrow(), year,
                        RankingView.CHILDREN)).stream()
                .filter(row -> row.unitId() == prefecture).map(RankingRow::figures).findFirst().orElseThrow();
        assertThat(prefectureRow.submitted()).as("the prefecture's subtree by child")
                .isEqualTo(counted(prefecture, year).values().stream().mapToLong(PublicityFigures::submitted).sum());
        assertThat(prefectureRow.points()).isEqualTo(
                counted(prefecture, year).values().stream().mapToLong(PublicityFigures::points).sum());
    }

    private static final String COLUMNS = "submitted, adopted_submissions, adopted_national, adopted_provincial,"
            + " adopted_prefecture, adopted_county, adopted_branch, adopted_committee, adopted_other,"
            + " recommended_national, recommended_provincial, recommended_prefecture, recommended_county,"
            + " recommended_branch, recommended_committee, recommended_other";

    /** unit/day → its 16 sums, rows of zeros left out (a day whose facts were all taken away). */
    private Map<String, List<Integer>> rows(String sql, List<Long> ids) {
        Map<String, List<Integer>> rows = new HashMap<>();
        jdbc.sql(sql.formatted(COLUMNS)).param("ids", ids).query((rs, n) -> {
            List<Integer> sums = new ArrayList<>();
            for (int c = 3; c < 19; c++) {
                sums.add(rs.getInt(c));
            }
            if (sums.stream().anyMatch(x -> x != 0)) {
                rows.put(rs.getLong(1) + "/" + rs.getDate(2).toLocalDate(), sums);
            }
            return null;
        }).list();
        return rows;
    }

    private static List<Integer> sum(List<Integer> a, List<Integer> b) {
        List<Integer> s = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            s.add(a.get(i) + b.get(i));
        }
        return s;
    }

    /** A submission of the test's units as it stands: its unit, path, first submission, adopted now. */
    record Submitted(long unitId, String path, OffsetDateTime at, boolean adopted) {
    }

    /** A live adoption or recommendation of one of the test's units' submissions. */
    record Decided(long unitId, String path, OffsetDateTime at, String level, boolean adoption,
            boolean recommendation) {
    }

    private List<Submitted> submitted() {
        return jdbc.sql("""
                select s.unit_id, s.unit_path, s.first_submitted_at,
                       exists (select 1 from publicity_decision d where d.submission_id = s.id
                                  and d.withdrawn_at is null and d.decision like 'ADOPTED%') as adopted
                  from publicity_submission s
                 where s.unit_id in (:ids) and s.first_submitted_at is not null
                """).param("ids", deciderOf.keySet()).query((rs, n) -> new Submitted(rs.getLong(1),
                rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getBoolean(4))).list();
    }

    private List<Decided> decided() {
        return jdbc.sql("""
                select submitter_unit_id, submitter_unit_path, decided_at, level, decision from publicity_decision
                 where submitter_unit_id in (:ids) and withdrawn_at is null
                   and decision in ('ADOPTED', 'RECOMMENDED', 'ADOPTED_RECOMMENDED')
                """).param("ids", deciderOf.keySet()).query((rs, n) -> new Decided(rs.getLong(1), rs.getString(2),
                rs.getObject(3, OffsetDateTime.class), rs.getString(4), rs.getString(5).startsWith("ADOPTED"),
                rs.getString(5).endsWith("RECOMMENDED"))).list();
    }

    /** The same sums counted here from every submission and live decision of the units, by UTC day. */
    private Map<String, List<Integer>> countedDays() {
        Map<String, Integer[]> days = new HashMap<>();
        for (Submitted s : submitted()) {
            Integer[] x = day(days, s.unitId(), s.at());
            x[0]++;
            x[1] += s.adopted() ? 1 : 0;
        }
        for (Decided d : decided()) {
            int level = PointsTable.LEVELS.contains(d.level()) ? PointsTable.LEVELS.indexOf(d.level()) : 6;
            Integer[] x = day(days, d.unitId(), d.at());
            x[2 + level] += d.adoption() ? 1 : 0;
            x[9 + level] += d.recommendation() ? 1 : 0;
        }
        Map<String, List<Integer>> result = new HashMap<>();
        days.forEach((key, x) -> result.put(key, Arrays.asList(x)));
        return result;
    }

    private static Integer[] day(Map<String, Integer[]> days, long unitId, OffsetDateTime at) {
        return days.computeIfAbsent(unitId + "/" + at.atZoneSameInstant(ZoneOffset.UTC).toLocalDate(), k -> {
            Integer[] x = new Integer[16];
            Arrays.fill(x, 0);
            return x;
        });
    }

    /**
     * The ranking's figures of each unit of the subtree, counted from the records by the association's days, each
     * record placed by its own path (which the move rewrote).
     */
    private Map<Long, PublicityFigures> counted(long unitId, RankingPeriod period) {
        ZoneId zone = clock.getZone();
        String prefix = units.find(unitId).orElseThrow().path();
        Map<String, int[]> points = new HashMap<>();
        jdbc.sql("select level, adopted, recommended from publicity_points").query((rs, n) ->
                points.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        Map<Long, long[]> f = new HashMap<>();
        for (Submitted s : submitted()) {
            if (s.path().startsWith(prefix) && within(period, s.at(), zone)) {
                long[] x = f.computeIfAbsent(s.unitId(), k -> new long[9]);
                x[0]++;
                x[1] += s.adopted() ? 1 : 0;
            }
        }
        for (Decided d : decided()) {
            if (d.path().startsWith(prefix) && within(period, d.at(), zone)) {
                long[] x = f.computeIfAbsent(d.unitId(), k -> new long[9]);
                int[] worth = points.getOrDefault(d.level(), new int[2]);
                int column = List.of("NATIONAL", "PROVINCIAL", "PREFECTURE", "COUNTY").indexOf(d.level());
                if (d.adoption() && column >= 0) {
                    x[2 + column]++;
                }
                x[6] += d.adoption() ? 1 : 0;
                x[7] += d.recommendation() ? 1 : 0;
                x[8] += (d.adoption() ? worth[0] : 0) + (d.recommendation() ? worth[1] : 0);
            }
        }
        Map<Long, PublicityFigures> result = new HashMap<>();
        f.forEach((unit, x) -> result.put(unit, new PublicityFigures(x[0], x[1], x[0] == 0 ? null
                : BigDecimal.valueOf(100.0 * x[1] / x[0]).setScale(1, RoundingMode.HALF_UP), x[2], x[3], x[4], x[5],
                x[6], x[7], x[8])));
        return result;
    }

    private static boolean within(RankingPeriod period, OffsetDateTime at, ZoneId zone) {
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
        return !day.isBefore(period.from()) && !day.isAfter(period.to());
    }
}
