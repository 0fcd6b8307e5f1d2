package org.luoshi.study.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.luoshi.org.MemberMoved;
import org.luoshi.org.MemberStatus;
import org.luoshi.org.MemberStatusChanged;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.study.internal.coverage.BehindUnit;
import org.luoshi.study.internal.coverage.ChildCoverage;
import org.luoshi.study.internal.coverage.Coverage;
import org.luoshi.study.internal.coverage.CoverageOverview;
import org.luoshi.study.internal.coverage.CoverageQueries;
import org.luoshi.study.internal.coverage.CoverageScope;
import org.luoshi.study.internal.coverage.SectionCoverage;
import org.luoshi.study.internal.coverage.WeekCoverage;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Property: over random trees, members (some not in good standing), readings, and members moved or changing
 * standing afterwards (through org's events), every coverage figure (total, per child unit, units behind, weekly
 * trend, per section, and as of an earlier day) equals a naive count over the members and their reading rows.
 */
@IntegrationTest
class CoverageMatchesBruteForceIT {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CoverageQueries queries;
    @Autowired
    UnitDirectory units;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @BeforeProperty
    void attachTheApplication() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    record Reader(int unit, String status, Integer startedDaysAgo, Integer finishedAfter, int sectionsRead,
            Integer movedTo, String laterStatus) {
    }

    record Scenario(List<Integer> parents, List<Reader> members, int focus, int asOfDaysAgo) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> parents = Arbitraries.integers().between(1, 7).flatMap(n ->
                Combinators.combine(java.util.stream.IntStream.range(0, n)
                        .mapToObj(i -> Arbitraries.integers().between(0, i)).toList())
                        .as(list -> list));
        return parents.flatMap(p -> {
            int units = p.size() + 1;
            Arbitrary<Reader> reader = Combinators.combine(
                    Arbitraries.integers().between(0, units - 1),
                    Arbitraries.of("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "WITHDRAWN"),
                    Arbitraries.integers().between(0, 70).injectNull(0.3),
                    Arbitraries.integers().between(0, 30).injectNull(0.5),
                    Arbitraries.integers().between(1, 4),
                    Arbitraries.integers().between(0, units - 1).injectNull(0.85),
                    Arbitraries.of("ACTIVE", "DECEASED", "SUSPENDED").injectNull(0.85))
                    .as(Reader::new);
            return Combinators.combine(Arbitraries.just(p), reader.list().ofMinSize(0).ofMaxSize(60),
                    Arbitraries.integers().between(0, units - 1), Arbitraries.integers().between(0, 40))
                    .as(Scenario::new);
        });
    }

    @Property(tries = 25, shrinking = ShrinkingMode.OFF)
    void coverageEqualsANaiveCount(@ForAll("scenarios") Scenario scenario) {
        List<Long> unitIds = new ArrayList<>();
        unitIds.add(fixtures.unit(fixtures.root(), "覆盖性质省", "PROVINCIAL"));
        for (int i = 0; i < scenario.parents().size(); i++) {
            unitIds.add(fixtures.unit(unitIds.get(scenario.parents().get(i)), "覆盖性质单位" + (i + 1), "COUNTY"));
        }
        CoverageFixtures data = new CoverageFixtures(jdbc);
        CoverageFixtures.Material material = data.material(unitIds.get(0), "性质材料", 4);
        for (Reader r : scenario.members()) {
            long member = data.member(unitIds.get(r.unit()), r.status());
            if (r.startedDaysAgo() != null) {
                LocalDate started = TODAY.minusDays(r.startedDaysAgo());
                LocalDate finished = r.finishedAfter() == null ? null : started.plusDays(r.finishedAfter());
                data.read(material, member, started, r.sectionsRead(), finished != null && finished.isAfter(TODAY)
                        ? TODAY : finished);
            }
            afterwards(member, r, unitIds);
        }

        UnitRef top = units.find(unitIds.get(0)).orElseThrow();
        Actor actor = new Actor(0, "property", "property", top.id(), top.path(), Set.of(Role.UNIT_ADMIN));
        for (long unitId : List.of(unitIds.get(0), unitIds.get(scenario.focus()))) {
            CoverageScope scope = queries.scope(actor, material.id(), unitId).orElseThrow();
            Naive naive = new Naive(scope.unit().path(), material.id());
            compare(scope, naive, TODAY);
            LocalDate earlier = TODAY.minusDays(scenario.asOfDaysAgo());
            CoverageOverview asOf = queries.overviewAsOf(scope, earlier);
            assertThat(asOf.total()).as("total as of %s", earlier).isEqualTo(naive.coverage(x -> true, earlier));
            assertChildren(asOf, scope, naive, earlier);
        }
    }

    /** The member changes unit or standing after reading, as org announces it. */
    private void afterwards(long member, Reader r, List<Long> unitIds) {
        transactions.executeWithoutResult(status -> {
            if (r.movedTo() != null) {
                UnitRef to = units.find(unitIds.get(r.movedTo())).orElseThrow();
                long from = jdbc.sql("select unit_id from member where id = ?").param(member).query(Long.class)
                        .single();
                jdbc.sql("update member set unit_id = ?, unit_path = ? where id = ?").param(to.id()).param(to.path())
                        .param(member).update();
                events.publishEvent(new MemberMoved(member, from, to.id(), to.path()));
            }
            if (r.laterStatus() != null && !r.laterStatus().equals(r.status())) {
                jdbc.sql("update member set status = ? where id = ?").param(r.laterStatus()).param(member).update();
                events.publishEvent(new MemberStatusChanged(member, MemberStatus.valueOf(r.status()),
                        MemberStatus.valueOf(r.laterStatus())));
            }
        });
    }

    private void compare(CoverageScope scope, Naive naive, LocalDate today) {
        CoverageOverview overview = queries.overview(scope);
        assertThat(overview.total()).as("total").isEqualTo(naive.coverage(x -> true, today));
        assertChildren(overview, scope, naive, today);

        List<BehindUnit> behind = queries.behind(scope, new PageQuery(1, 200)).items();
        assertThat(behind).extracting(BehindUnit::unitId, BehindUnit::figures).as("behind")
                .containsExactlyElementsOf(naive.behind(10).stream().map(e -> tuple(e.getKey(), e.getValue()))
                        .toList());

        assertThat(queries.trend(scope, today)).as("trend").isEqualTo(naive.trend(today));

        List<SectionCoverage> sections = queries.sections(scope);
        long members = naive.coverage(x -> true, today).members();
        for (SectionCoverage section : sections) {
            long finished = naive.sectionFinished(section.sectionId());
            assertThat(section.finished()).as("section %s", section.ordinal()).isEqualTo(finished);
            assertThat(section.finishedShare()).isEqualTo(new Coverage(members, 0, finished).finishedShare());
        }
    }

    private void assertChildren(CoverageOverview overview, CoverageScope scope, Naive naive, LocalDate asOf) {
        String prefix = scope.unit().path();
        for (ChildCoverage child : overview.children()) {
            String childPath = child.own() ? prefix : prefix + child.unitId() + "/";
            Predicate<String> within = child.own() ? p -> p.equals(prefix) : p -> p.startsWith(childPath);
            assertThat(child.figures()).as("child %s", child.unitName()).isEqualTo(naive.coverage(within, asOf));
        }
        Coverage sum = overview.children().stream().map(ChildCoverage::figures).reduce(Coverage.NONE, Coverage::plus);
        assertThat(sum).as("the children add up to the total").isEqualTo(overview.total());
    }

    /** Counts from the member rows (their unit and standing now) and the reading rows, in Java. */
    private final class Naive {

        final List<Object[]> members;
        final String prefix;
        final long materialId;

        Naive(String prefix, long materialId) {
            this.prefix = prefix;
            this.materialId = materialId;
            this.members = jdbc.sql("""
                    select m.id, m.unit_id, m.unit_path, r.started_on, r.finished_on
                      from member m left join material_reader r on r.member_id = m.id and r.material_id = ?
                     where m.unit_path like ? || '%' and m.status = 'ACTIVE'
                    """).param(materialId).param(prefix)
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)}).list();
        }

        Coverage coverage(Predicate<String> path, LocalDate asOf) {
            long n = 0;
            long started = 0;
            long finished = 0;
            for (Object[] m : members) {
                if (!path.test((String) m[2])) {
                    continue;
                }
                n++;
                LocalDate s = (LocalDate) m[3];
                LocalDate f = (LocalDate) m[4];
                if (s != null && !s.isAfter(asOf)) {
                    started++;
                    if (f != null && !f.isAfter(asOf)) {
                        finished++;
                    }
                }
            }
            return new Coverage(n, started, finished);
        }

        List<Map.Entry<Long, Coverage>> behind(int minMembers) {
            Map<Long, String> paths = new HashMap<>();
            members.forEach(m -> paths.put((Long) m[1], (String) m[2]));
            return paths.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), coverage(p -> p.equals(e.getValue()), TODAY)))
                    .filter(e -> e.getValue().members() >= minMembers)
                    .sorted(Comparator.<Map.Entry<Long, Coverage>>comparingDouble(
                                    e -> e.getValue().finished() / (double) e.getValue().members())
                            .thenComparingDouble(e -> e.getValue().started() / (double) e.getValue().members())
                            .thenComparing(e -> -e.getValue().members())
                            .thenComparing(e -> paths.get(e.getKey())))
                    .toList();
        }

        List<WeekCoverage> trend(LocalDate asOf) {
            LocalDate first = members.stream().filter(m -> m[3] != null).map(m -> monday((LocalDate) m[3]))
                    .min(Comparator.naturalOrder()).orElse(null);
            if (first == null) {
                return List.of();
            }
            List<WeekCoverage> weeks = new ArrayList<>();
            for (LocalDate week = first; !week.isAfter(monday(asOf)); week = week.plusWeeks(1)) {
                Coverage c = coverage(x -> true, week.plusDays(6));
                weeks.add(new WeekCoverage(week, c.started(), c.finished(), c.startedShare(), c.finishedShare()));
            }
            return weeks;
        }

        long sectionFinished(long sectionId) {
            return jdbc.sql("""
                    select count(*) from reading_progress p join member m on m.id = p.member_id
                     where p.section_id = ? and p.finished_at is not null and m.status = 'ACTIVE'
                       and m.unit_path like ? || '%'
                    """).param(sectionId).param(prefix).query(Long.class).single();
        }

        private LocalDate monday(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }
}
