package org.luoshi.publicity.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.LinkableItems;
import org.luoshi.publicity.internal.portal.ArticleWorkflow;
import org.luoshi.publicity.internal.submission.SubmissionWorkflow;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.time.BusinessClock;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The publicity demo on a tree of its own shaped like the demo organisation (a national body; 浙江 → 杭州 → 西湖区
 * and another county; two more provinces with a prefecture and two counties each), so the shared test database's
 * real root and codes stay untouched: the flow exists, in the past, through the services.
 */
@IntegrationTest
class DemoPublicityIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    SubmissionWorkflow submissions;
    @Autowired
    ArticleWorkflow portal;
    @Autowired
    DemoBriefings briefings;
    @Autowired
    LinkableItems linkable;
    @Autowired
    AccountDirectory accounts;
    @Autowired
    OncePerInstallation once;
    @Autowired
    BusinessClock clock;

    long nation;
    long xihu;
    String path;
    DemoPublicity.Loaded loaded;

    @BeforeEach
    void load() {
        nation = fixtures.unit(fixtures.root(), "演示全国老科协", "NATIONAL");
        long zhejiang = fixtures.unit(nation, "浙江省老科协", "PROVINCIAL");
        long hangzhou = fixtures.unit(zhejiang, "杭州市老科协", "PREFECTURE");
        xihu = fixtures.unit(hangzhou, "西湖区老科协", "COUNTY");
        fixtures.unit(hangzhou, "上城区老科协", "COUNTY");
        List<Long> others = new ArrayList<>();
        for (String province : List.of("江苏省老科协", "四川省老科协")) {
            long p = fixtures.unit(nation, province, "PROVINCIAL");
            long city = fixtures.unit(p, province.substring(0, 2) + "首府市老科协", "PREFECTURE");
            others.add(fixtures.unit(city, province.substring(0, 2) + "甲县老科协", "COUNTY"));
            others.add(fixtures.unit(city, province.substring(0, 2) + "乙县老科协", "COUNTY"));
        }
        Map<String, Long> codes = Map.of(DemoPublicity.ZHEJIANG, zhejiang, DemoPublicity.HANGZHOU, hangzhou,
                DemoPublicity.XIHU, xihu);
        path = units.find(nation).orElseThrow().path();
        DemoPublicity demo = new DemoPublicity(submissions, portal, briefings, linkable, units, accounts, once,
                clock);
        loaded = demo.load(units.find(nation).orElseThrow(),
                code -> Optional.ofNullable(codes.get(code)).flatMap(units::find));
    }

    @Test
    void submissionsFromManyUnitsInEveryState() {
        Map<String, Long> byStatus = jdbc.sql("""
                select status, count(*) from publicity_submission where unit_path like ? || '%' group by status""")
                .param(path).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus).containsKeys("DRAFT", "IN_REVIEW", "RETURNED", "CLOSED");
        assertThat(byStatus.get("CLOSED")).isGreaterThan(byStatus.get("IN_REVIEW") / 2);
        assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(loaded.submissions());
        assertThat(jdbc.sql("select count(distinct unit_id) from publicity_submission where unit_path like ? || '%'")
                .param(path).query(Long.class).single()).isGreaterThanOrEqualTo(8);
        // returned, revised (a second version with the unit's note) and then decided
        assertThat(jdbc.sql("""
                select count(*) from publicity_submission s
                 where s.unit_path like ? || '%' and s.submitted_version = 2 and s.status <> 'RETURNED'
                   and exists (select 1 from publicity_submission_version v where v.submission_id = s.id
                                 and v.number = 2 and v.note is not null)""")
                .param(path).query(Long.class).single()).isPositive();
        // every kind written
        assertThat(jdbc.sql("select count(distinct kind) from publicity_submission where unit_path like ? || '%'")
                .param(path).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void theCountyCaseGoesAllTheWayToANationalAdoption() {
        List<String> steps = jdbc.sql("""
                select d.decision || '@' || d.level from publicity_decision d
                  join publicity_submission s on s.id = d.submission_id
                 where s.unit_id = ? and s.kind = 'CASE' and d.withdrawn_at is null order by d.decided_at, d.id""")
                .param(xihu).query(String.class).list();
        assertThat(steps).containsExactly("RETURNED@PREFECTURE", "ADOPTED_RECOMMENDED@PREFECTURE",
                "ADOPTED_RECOMMENDED@PROVINCIAL", "ADOPTED@NATIONAL");
        assertThat(jdbc.sql("""
                select count(*) from publicity_submission where unit_path like ? || '%' and adopted_level = 'NATIONAL'
                """).param(path).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from publicity_decision where submitter_unit_path like ? || '%'
                   and decision = 'ADOPTED_RECOMMENDED' and level = 'PROVINCIAL'""")
                .param(path).query(Long.class).single()).isPositive();
        // 西湖区's editor finds one awaiting 杭州, one returned to revise and a draft
        assertThat(jdbc.sql("select status from publicity_submission where unit_id = ? order by status")
                .param(xihu).query(String.class).list()).contains("CLOSED", "DRAFT", "IN_REVIEW", "RETURNED");
    }

    @Test
    void theHistoryIsInThePastAndInOrder() {
        assertThat(jdbc.sql("""
                select count(*) from publicity_decision d join publicity_submission s on s.id = d.submission_id
                 where s.unit_path like ? || '%' and (d.decided_at >= now() or d.decided_at < s.first_submitted_at
                       or s.first_submitted_at < s.created_at)""")
                .param(path).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select min(first_submitted_at) < now() - interval '20 days' from publicity_submission
                 where unit_path like ? || '%'""").param(path).query(Boolean.class).single()).isTrue();
        // the audit log and the notifications have the steps, as real use leaves them
        assertThat(jdbc.sql("""
                select count(*) from audit_event where action = 'publicity.review.decide' and scope_path like ? || '%'""")
                .param(path).query(Long.class).single()).isPositive();
    }

    @Test
    void thePortalColumnsAreFilledAndTheSeedDocumentLeadsTheStudyColumn() {
        Map<String, Long> columns = jdbc.sql("""
                select column_code, count(*) from publicity_article
                 where unit_path like ? || '%' and withdrawn_at is null and publish_at <= now() group by column_code""")
                .param(path).query((rs, i) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(columns).containsKeys("STUDY", "NEWS", "PRACTICE", "CASES", "EXEMPLARS");
        assertThat(columns.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(loaded.articles());
        // the column's order: pinned first, then newest
        List<String> study = jdbc.sql("""
                select title from publicity_article
                 where unit_path like ? || '%' and column_code = 'STUDY' and withdrawn_at is null
                 order by pinned desc, publish_at desc, id desc""").param(path).query(String.class).list();
        assertThat(study.get(0)).contains("二十大精神工作方案");
        assertThat(study).hasSizeGreaterThanOrEqualTo(4);
        // articles from adopted submissions name them, and were published by a unit that adopted them
        assertThat(jdbc.sql("""
                select count(*) from publicity_article a where a.unit_path like ? || '%' and a.submission_id is not null
                   and not exists (select 1 from publicity_decision d where d.submission_id = a.submission_id
                                      and d.unit_id = a.unit_id and d.decision in ('ADOPTED', 'ADOPTED_RECOMMENDED'))""")
                .param(path).query(Long.class).single()).isZero();
    }

    @Test
    void theNationIssuedTwoBriefingsAndPublishedThemToTheBriefingsColumn() {
        assertThat(loaded.briefings()).isEqualTo(2);
        assertThat(jdbc.sql("""
                select b.number || ':' || b.status || ':' || (b.document_file_id is not null) || ':' || a.column_code
                  from publicity_briefing b join publicity_article a on a.id = b.article_id
                 where b.unit_id = ? order by b.number""").param(nation).query(String.class).list())
                .containsExactly("1:ISSUED:true:BRIEFINGS", "2:ISSUED:true:BRIEFINGS");
        assertThat(jdbc.sql("""
                select count(*) from publicity_briefing_item i join publicity_briefing b on b.id = i.briefing_id
                 where b.unit_id = ?""").param(nation).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }
}
