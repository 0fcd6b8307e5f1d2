package org.luoshi.study.internal.coverage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.luoshi.org.OrgOverview;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitHeadcount;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.web.Page;
import org.luoshi.shared.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 覆盖情况: a material's coverage over a subtree. The numerators are sums of the per-unit, per-week counters of
 * V102 (a national view sums a few thousand rows, never the 500,000 readers); the denominators are org's active
 * members per unit. Both are at most one row per unit of the subtree and are combined here per child unit or unit.
 */
@Component
public class CoverageQueries {

    private static final String MATERIAL = """
            select m.id, m.title, m.unit_id, u.name as unit_name, m.unit_path, m.status,
                   (m.published_at at time zone :zone)::date as published_on,
                   m.section_count
              from study_material m join unit u on u.id = m.unit_id
            """;

    private final JdbcClient jdbc;
    private final OrgOverview org;
    private final UnitDirectory units;
    private final Messages messages;
    private final CoverageProperties properties;
    private final Clock clock;

    CoverageQueries(JdbcClient jdbc, OrgOverview org, UnitDirectory units, Messages messages,
            CoverageProperties properties, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.org = org;
        this.units = units;
        this.messages = messages;
        this.properties = properties;
    }

    private String zone() {
        return clock.getZone().getId();
    }

    /** The published materials the unit at {@code unitPath} sees or published below it, newest first. */
    public Page<CoverageMaterial> materials(String unitPath, PageQuery page) {
        String where = """
                 where m.status in ('PUBLISHED', 'WITHDRAWN')
                   and (:path like m.unit_path || '%' or m.unit_path like :path || '%')
                """;
        long total = jdbc.sql("select count(*) from study_material m" + where).param("path", unitPath)
                .query(Long.class).single();
        List<CoverageMaterial> rows = jdbc.sql(MATERIAL + where
                        + " order by m.published_at desc nulls last, m.id desc limit :limit offset :offset")
                .param("path", unitPath).param("zone", zone()).param("limit", page.size()).param("offset", page.offset())
                .query(CoverageMaterial.class).list();
        return Page.of(rows, total, page);
    }

    public Optional<CoverageMaterial> material(long id) {
        return jdbc.sql(MATERIAL + " where m.id = :id and m.status in ('PUBLISHED', 'WITHDRAWN')").param("id", id)
                .param("zone", zone()).query(CoverageMaterial.class).optional();
    }

    /** The scope if the material reaches into the unit's subtree and the unit lies within the actor's. */
    public Optional<CoverageScope> scope(Actor actor, long materialId, long unitId) {
        Optional<UnitRef> unit = units.find(unitId).filter(u -> actor.covers(u.path()));
        Optional<CoverageMaterial> material = material(materialId);
        if (unit.isEmpty() || material.isEmpty()) {
            return Optional.empty();
        }
        String unitPath = unit.get().path();
        String materialPath = material.get().unitPath();
        boolean reaches = unitPath.startsWith(materialPath) || materialPath.startsWith(unitPath);
        return reaches ? Optional.of(new CoverageScope(material.get(), unit.get())) : Optional.empty();
    }

    public CoverageOverview overview(CoverageScope scope) {
        return overview(scope, facts(scope, counters(scope)));
    }

    /**
     * What the coverage page shows, from one read of the headcounts and the counters: the overview, one page of the
     * units behind and the trend.
     */
    public CoveragePage page(CoverageScope scope, PageQuery behindPage, LocalDate asOf) {
        Facts facts = facts(scope, counters(scope));
        CoverageOverview overview = overview(scope, facts);
        return new CoveragePage(overview, behind(facts, behindPage), trend(scope, asOf, overview.total().members()));
    }

    /** The same figures as they stood at the end of {@code asOf}, counted from the readers themselves. */
    public CoverageOverview overviewAsOf(CoverageScope scope, LocalDate asOf) {
        return overview(scope, facts(scope, readersAsOf(scope, asOf)));
    }

    /** The subtree's finished share in whole percent: what a link to a plan item counts. */
    public Coverage total(CoverageScope scope) {
        Facts facts = facts(scope, counters(scope));
        Coverage total = Coverage.NONE;
        for (UnitHeadcount head : facts.heads()) {
            total = total.plus(figures(head.members(), facts.counted().get(head.unitId())));
        }
        return total;
    }

    private Facts facts(CoverageScope scope, Map<Long, Counted> counted) {
        return new Facts(org.membersByUnit(scope.prefix()), counted);
    }

    private CoverageOverview overview(CoverageScope scope, Facts facts) {
        Map<Long, Counted> counted = facts.counted();
        String unitPath = scope.unit().path();
        Map<String, Coverage> byChild = new HashMap<>();
        Map<String, Boolean> deeper = new HashMap<>();
        Coverage total = Coverage.NONE;
        for (UnitHeadcount head : facts.heads()) {
            Coverage figures = figures(head.members(), counted.get(head.unitId()));
            String rest = head.path().substring(unitPath.length());
            String child = rest.isEmpty() ? "" : rest.substring(0, rest.indexOf('/'));
            byChild.merge(child, figures, Coverage::plus);
            if (rest.indexOf('/') < rest.length() - 1) {
                deeper.put(child, true);
            }
            total = total.plus(figures);
        }
        List<ChildCoverage> children = new ArrayList<>();
        Coverage own = byChild.get("");
        if (own != null) {
            children.add(new ChildCoverage(scope.unit().id(), messages.get("coverage.child.own", scope.unit().name()),
                    true, false, own));
        }
        for (UnitRef child : units.children(scope.unit().id())) {
            String key = Long.toString(child.id());
            if (!child.path().startsWith(scope.prefix()) && !scope.prefix().startsWith(child.path())) {
                continue;
            }
            children.add(new ChildCoverage(child.id(), child.name(), false, deeper.getOrDefault(key, false),
                    byChild.getOrDefault(key, Coverage.NONE)));
        }
        return new CoverageOverview(total, children);
    }

    private static Coverage figures(long members, Counted counted) {
        return counted == null ? new Coverage(members, 0, 0) : new Coverage(members, counted.started, counted.finished);
    }

    /**
     * The units furthest behind: each unit's own active members (at least {@code behind-min-members}), lowest
     * finished share first. The candidates are the subtree's units, a few thousand at most nationally.
     */
    public Page<BehindUnit> behind(CoverageScope scope, PageQuery page) {
        return behind(facts(scope, counters(scope)), page);
    }

    private Page<BehindUnit> behind(Facts facts, PageQuery page) {
        List<Map.Entry<UnitHeadcount, Coverage>> ranked = ranked(facts);
        return Page.of(named(ranked.stream().skip(page.offset()).limit(page.size()).toList()), ranked.size(), page);
    }

    /** Every unit behind, for the export: at most one row per unit of the subtree. */
    public List<BehindUnit> behindAll(CoverageScope scope) {
        return named(ranked(facts(scope, counters(scope))));
    }

    /** The first {@code limit} units behind as they stood at the end of {@code asOf}: for the Word report. */
    public List<BehindUnit> behindAsOf(CoverageScope scope, LocalDate asOf, int limit) {
        return named(ranked(facts(scope, readersAsOf(scope, asOf))).stream().limit(limit).toList());
    }

    private List<Map.Entry<UnitHeadcount, Coverage>> ranked(Facts facts) {
        Map<Long, Counted> counted = facts.counted();
        return facts.heads().stream()
                .filter(head -> head.members() >= properties.behindMinMembers())
                .map(head -> Map.entry(head, figures(head.members(), counted.get(head.unitId()))))
                .sorted(Comparator.<Map.Entry<UnitHeadcount, Coverage>>comparingDouble(
                                e -> e.getValue().finished() / (double) e.getValue().members())
                        .thenComparingDouble(e -> e.getValue().started() / (double) e.getValue().members())
                        .thenComparing(e -> -e.getValue().members())
                        .thenComparing(e -> e.getKey().path()))
                .toList();
    }

    private List<BehindUnit> named(List<Map.Entry<UnitHeadcount, Coverage>> rows) {
        Map<Long, UnitRef> names = units.findAll(rows.stream().map(e -> e.getKey().unitId()).toList());
        return rows.stream().map(e -> new BehindUnit(e.getKey().unitId(),
                        names.containsKey(e.getKey().unitId()) ? names.get(e.getKey().unitId()).name() : "",
                        e.getKey().path(), e.getValue()))
                .toList();
    }

    /** Week by week (Mondays) from the first reader's week to {@code asOf}'s, cumulative; shares of today's members. */
    public List<WeekCoverage> trend(CoverageScope scope, LocalDate asOf) {
        return trend(scope, asOf, org.membersByUnit(scope.prefix()).stream().mapToLong(UnitHeadcount::members).sum());
    }

    private List<WeekCoverage> trend(CoverageScope scope, LocalDate asOf, long members) {
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        jdbc.sql("""
                select week, sum(started) as started, sum(finished) as finished
                  from reading_coverage_count
                 where material_id = :material and unit_path like :prefix || '%' and week <= :asOf
                 group by week having sum(started) <> 0 or sum(finished) <> 0 order by week
                """).param("material", scope.material().id()).param("prefix", scope.prefix()).param("asOf", asOf)
                .query((rs, i) -> weeks.put(rs.getObject(1, LocalDate.class),
                        new long[] {rs.getLong(2), rs.getLong(3)})).list();
        if (weeks.isEmpty()) {
            return List.of();
        }
        LocalDate last = asOf.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = weeks.keySet().iterator().next();
        if (ChronoUnit.WEEKS.between(first, last) > 104) {
            first = last.minusWeeks(104);
        }
        List<WeekCoverage> trend = new ArrayList<>();
        long started = 0;
        long finished = 0;
        for (Map.Entry<LocalDate, long[]> e : weeks.entrySet()) {
            if (e.getKey().isBefore(first)) {
                started += e.getValue()[0];
                finished += e.getValue()[1];
            }
        }
        for (LocalDate week = first; !week.isAfter(last); week = week.plusWeeks(1)) {
            long[] added = weeks.getOrDefault(week, new long[2]);
            started += added[0];
            finished += added[1];
            Coverage figures = new Coverage(members, started, finished);
            trend.add(new WeekCoverage(week, started, finished, figures.startedShare(), figures.finishedShare()));
        }
        return trend;
    }

    /** Per section, in reading order: how many of the subtree's active members finished it. */
    public List<SectionCoverage> sections(CoverageScope scope) {
        long members = org.membersByUnit(scope.prefix()).stream().mapToLong(UnitHeadcount::members).sum();
        return jdbc.sql("""
                select s.id, s.ordinal, s.chapter, s.heading, coalesce(c.finished, 0) as finished
                  from study_section s
                  left join (select p.section_id, count(*) as finished
                               from material_reader r
                               join reading_progress p on p.member_id = r.member_id and p.material_id = r.material_id
                              where r.material_id = :material and r.unit_path like :prefix || '%' and r.active
                                and p.finished_at is not null
                              group by p.section_id) c on c.section_id = s.id
                 where s.material_id = :material
                 order by s.ordinal
                """).param("material", scope.material().id()).param("prefix", scope.prefix())
                .query((rs, i) -> new SectionCoverage(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), new Coverage(members, 0, rs.getLong(5)).finishedShare()))
                .list();
    }

    private Map<Long, Counted> counters(CoverageScope scope) {
        Map<Long, Counted> counted = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_id, started, finished
                  from reading_unit_count
                 where material_id = :material and unit_path like :prefix || '%'
                """).param("material", scope.material().id()).param("prefix", scope.prefix())
                .query((rs, i) -> counted.put(rs.getLong(1), new Counted(rs.getLong(2), rs.getLong(3)))).list();
        return counted;
    }

    private Map<Long, Counted> readersAsOf(CoverageScope scope, LocalDate asOf) {
        Map<Long, Counted> counted = new LinkedHashMap<>();
        jdbc.sql("""
                select unit_id, count(*) as started, count(*) filter (where finished_on <= :asOf) as finished
                  from material_reader
                 where material_id = :material and unit_path like :prefix || '%' and active and started_on <= :asOf
                 group by unit_id
                """).param("material", scope.material().id()).param("prefix", scope.prefix()).param("asOf", asOf)
                .query((rs, i) -> counted.put(rs.getLong(1), new Counted(rs.getLong(2), rs.getLong(3)))).list();
        return counted;
    }

    private record Counted(long started, long finished) {
    }

    private record Facts(List<UnitHeadcount> heads, Map<Long, Counted> counted) {
    }
}
