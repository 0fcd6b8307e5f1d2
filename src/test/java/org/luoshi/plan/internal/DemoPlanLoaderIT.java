package org.luoshi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupFigures;
import org.luoshi.plan.RollupScope;
import org.luoshi.plan.RollupWeek;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.time.BusinessClock;
import org.luoshi.shared.web.PageQuery;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plan on a tree of its own shaped like the demo organisation (浙江 → 杭州 → 西湖区, 四川 → 成都, 北京,
 * and twenty other direct children that take the demo's stages in turn), so the shared test database's real root
 * and codes stay untouched.
 */
@IntegrationTest
class DemoPlanLoaderIT {

    private static final int OTHER_UNITS = 20;

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    PlanDrafts drafts;
    @Autowired
    PlanIssuing issuing;
    @Autowired
    AssignmentWorkflow workflow;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    Messages messages;
    @Autowired
    OncePerInstallation once;
    @Autowired
    PlanRollups rollups;
    @Autowired
    BusinessClock clock;

    @Test
    void seedPlanIsStructuredIssuedAndPartWayThrough() {
        long nation = fixtures.unit(fixtures.root(), "演示全国", "NATIONAL");
        long zhejiang = fixtures.unit(nation, "浙江省老科协", "PROVINCIAL");
        long hangzhou = fixtures.unit(zhejiang, "杭州市老科协", "PREFECTURE");
        long xihu = fixtures.unit(hangzhou, "西湖区老科协", "COUNTY");
        long sichuan = fixtures.unit(nation, "四川省老科协", "PROVINCIAL");
        long chengdu = fixtures.unit(sichuan, "成都市老科协", "PREFECTURE");
        long beijing = fixtures.unit(nation, "北京市老科协", "PROVINCIAL");
        for (int i = 1; i <= OTHER_UNITS; i++) {
            fixtures.unit(nation, "演示分会" + i, "BRANCH");
        }
        Map<String, Long> codes = Map.of("330000", zhejiang, "330100", hangzhou, "330106", xihu, "510000", sichuan,
                "510100", chengdu, "110000", beijing);
        DemoPlanLoader loader = new DemoPlanLoader(jdbc, units, drafts, issuing, workflow, assignments, messages, once, clock);

        int issued = loader.load(units.find(nation).orElseThrow(),
                code -> Optional.ofNullable(codes.get(code)).flatMap(units::find));

        assertThat(issued).isEqualTo(3 + OTHER_UNITS);
        long planId = jdbc.sql("select id from plan where issuer_unit_id = ?").param(nation).query(Long.class).single();
        assertThat(jdbc.sql("select numbering || title from plan_item where plan_id = ? and parent_id is null "
                + "order by sort_order").param(planId).query(String.class).list())
                .containsExactly("一、指导思想", "二、重要意义", "三、工作安排", "四、组织实施");
        assertThat(jdbc.sql("select count(*) from plan_item where plan_id = ? and actionable and due_on is not null")
                .param(planId).query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("select doc_number from plan where id = ?").param(planId).query(String.class).single())
                .isEqualTo("中老科协发〔2022〕15号");
        assertThat(state(planId, zhejiang)).isEqualTo("ACKNOWLEDGED/APPROVED");
        assertThat(state(planId, hangzhou)).isEqualTo("ACKNOWLEDGED/SUBMITTED");
        assertThat(state(planId, xihu)).isEqualTo("ACKNOWLEDGED/APPROVED");
        assertThat(state(planId, sichuan)).isEqualTo("ACKNOWLEDGED/SUBMITTED");
        assertThat(state(planId, chengdu)).isEqualTo("ISSUED/NONE");
        assertThat(state(planId, beijing)).isEqualTo("ACKNOWLEDGED/NONE");
        assertThat(accepted(planId, zhejiang)).isEqualTo(1);
        assertThat(accepted(planId, xihu)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id
                 where a.plan_id = ? and ai.status <> 'ACCEPTED' and ai.due_on < current_date""").param(planId)
                .query(Long.class).single()).isPositive();
    }

    @Test
    void seedPlanLooksFiveWeeksIntoItsLife() {
        long nation = loadOnTreeWithOtherUnits();
        long planId = jdbc.sql("select id from plan where issuer_unit_id = ?").param(nation).query(Long.class).single();
        RollupScope scope = rollups.scope(planId, nation,
                DemoSteps.administrator(nation, units.find(nation).orElseThrow().path(), messages)).orElseThrow();
        LocalDate today = LocalDate.now();

        RollupFigures national = rollups.summary(scope, today);
        assertThat(national.acknowledgementRate()).isBetween(60.0, 75.0);
        assertThat(national.implSubmitted()).isGreaterThan(national.implApproved());
        assertThat(national.implementationRate()).isBetween(25.0, 50.0);
        assertThat(national.completionRate()).isBetween(5.0, 25.0);
        assertThat(national.overdue()).isPositive();
        assertThat(national.accepted() + national.overdue()).isLessThan(national.items()); // some items still open

        List<RollupWeek> weeks = rollups.trend(scope, today);
        assertThat(weeks).hasSizeBetween(5, 6); // issued 35 days ago, the latest acceptances this week or last
        assertThat(weeks).extracting(RollupWeek::acknowledgedSoFar).isSorted();
        assertThat(weeks.get(0).acknowledgedSoFar()).isLessThan(weeks.get(weeks.size() - 1).acknowledgedSoFar());
        assertThat(weeks.get(weeks.size() - 1).acceptedSoFar()).isGreaterThan(weeks.get(1).acceptedSoFar());

        assertThat(rollups.laggards(scope, today, PageQuery.of(1, 100)).items())
                .filteredOn(laggard -> !laggard.acknowledged())
                .isNotEmpty()
                .allSatisfy(laggard -> assertThat(laggard.daysUnacknowledged()).isGreaterThanOrEqualTo(28));
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join assignment a on a.id = r.assignment_id
                 where a.plan_id = ? and r.status = 'RETURNED' and length(trim(r.review_comment)) > 0""")
                .param(planId).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from assignment where plan_id = ? and impl_status = 'RETURNED' "
                + "and impl_comment is not null").param(planId).query(Long.class).single()).isPositive();
    }

    @Test
    void seedPlanHistoryIsInOrderAndInThePast() {
        long nation = loadOnTreeWithOtherUnits();
        long planId = jdbc.sql("select id from plan where issuer_unit_id = ?").param(nation).query(Long.class).single();

        assertThat(jdbc.sql("""
                select a.unit_id from assignment a left join assignment p on p.id = a.parent_assignment_id
                 where a.plan_id = ?
                   and (a.acknowledged_at < a.issued_at or a.impl_submitted_at < a.acknowledged_at
                        or a.impl_reviewed_at < a.impl_submitted_at or a.issued_at <= p.acknowledged_at
                        or (a.status <> 'ISSUED') <> (a.acknowledged_at is not null)
                        or (a.impl_status <> 'NONE') <> (a.impl_submitted_at is not null))
                """).param(planId).query(Long.class).list()).as("assignments out of order").isEmpty();
        assertThat(jdbc.sql("""
                select r.id from progress_report r join assignment a on a.id = r.assignment_id
                  join assignment_item ai on ai.assignment_id = a.id and ai.item_id = r.item_id
                 where a.plan_id = ?
                   and (r.submitted_at <= a.acknowledged_at or r.reviewed_at < r.submitted_at
                        or (r.status = 'ACCEPTED' and ai.accepted_at is distinct from r.reviewed_at))
                """).param(planId).query(Long.class).list()).as("reports out of order").isEmpty();
        assertThat(jdbc.sql("""
                select greatest(max(a.issued_at), max(a.acknowledged_at), max(a.impl_submitted_at),
                                max(a.impl_reviewed_at), max(a.completed_at), max(ai.accepted_at),
                                max(r.submitted_at), max(r.reviewed_at))
                  from assignment a join assignment_item ai on ai.assignment_id = a.id
                  left join progress_report r on r.assignment_id = a.id
                 where a.plan_id = ?""").param(planId).query(OffsetDateTime.class).single())
                .isBeforeOrEqualTo(OffsetDateTime.now());
        assertThat(jdbc.sql("""
                select min(a.issued_at)::date from assignment a where a.plan_id = ?""").param(planId)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.now().minusDays(35));
        assertThat(jdbc.sql("""
                select count(*) from plan p where p.id = ?
                   and p.created_at < (select min(issued_at) from assignment where plan_id = p.id)""").param(planId)
                .query(Long.class).single()).as("drafted before it was issued").isEqualTo(1);
    }

    @Test
    void seedPlanReportsFollowTheEvidenceRule() {
        long nation = loadOnTreeWithOtherUnits();
        long planId = jdbc.sql("select id from plan where issuer_unit_id = ?").param(nation).query(Long.class).single();

        assertThat(jdbc.sql("""
                select count(*) from progress_report r join assignment a on a.id = r.assignment_id
                 where a.plan_id = ? and r.missing_evidence <> ''""").param(planId).query(Long.class).single())
                .as("completing reports of items asking for photos say what is missing").isPositive();
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join assignment a on a.id = r.assignment_id
                 where a.plan_id = ? and r.missing_evidence <> '' and coalesce(r.missing_evidence_reason, '') = ''
                """).param(planId).query(Long.class).single()).as("each with its reason").isZero();
    }

    /**
     * The demo's tree in miniature: more cities and counties below 浙江, 杭州 and 四川, twenty more direct children,
     * and only 浙江, 杭州 and 四川 known by code: the named units the lookup misses are skipped (北京 is not there,
     * 西湖区 and 成都 take a stage like any other unit).
     */
    private long loadOnTreeWithOtherUnits() {
        long nation = fixtures.unit(fixtures.root(), "演示全国", "NATIONAL");
        long zhejiang = fixtures.unit(nation, "浙江省老科协", "PROVINCIAL");
        long hangzhou = fixtures.unit(zhejiang, "杭州市老科协", "PREFECTURE");
        fixtures.unit(hangzhou, "西湖区老科协", "COUNTY");
        fixtures.unit(hangzhou, "上城区老科协", "COUNTY");
        fixtures.unit(zhejiang, "宁波市老科协", "PREFECTURE");
        long sichuan = fixtures.unit(nation, "四川省老科协", "PROVINCIAL");
        fixtures.unit(sichuan, "成都市老科协", "PREFECTURE");
        fixtures.unit(sichuan, "绵阳市老科协", "PREFECTURE");
        for (int i = 1; i <= OTHER_UNITS; i++) {
            fixtures.unit(nation, "演示分会" + i, "BRANCH");
        }
        Map<String, Long> codes = Map.of("330000", zhejiang, "330100", hangzhou, "510000", sichuan);
        new DemoPlanLoader(jdbc, units, drafts, issuing, workflow, assignments, messages, once, clock).load(
                units.find(nation).orElseThrow(), code -> Optional.ofNullable(codes.get(code)).flatMap(units::find));
        return nation;
    }

    private long accepted(long planId, long unitId) {
        return jdbc.sql("""
                select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id
                 where a.plan_id = ? and a.unit_id = ? and ai.status = 'ACCEPTED'""").param(planId).param(unitId)
                .query(Long.class).single();
    }

    private String state(long planId, long unitId) {
        return jdbc.sql("select status || '/' || impl_status from assignment where plan_id = ? and unit_id = ?")
                .param(planId).param(unitId).query(String.class).single();
    }

}
