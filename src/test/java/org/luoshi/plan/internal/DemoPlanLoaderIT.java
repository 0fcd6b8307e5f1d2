package org.luoshi.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.luoshi.shared.error.Messages;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo plan on a tree of its own shaped like the demo organisation (浙江 → 杭州 → 西湖区, 四川, 北京), so the
 * shared test database's real root and codes stay untouched.
 */
@IntegrationTest
class DemoPlanLoaderIT {

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

    @Test
    void seedPlanIsStructuredIssuedAndPartWayThrough() {
        long nation = fixtures.unit(fixtures.root(), "演示全国", "NATIONAL");
        long zhejiang = fixtures.unit(nation, "浙江省老科协", "PROVINCIAL");
        long hangzhou = fixtures.unit(zhejiang, "杭州市老科协", "PREFECTURE");
        long xihu = fixtures.unit(hangzhou, "西湖区老科协", "COUNTY");
        long sichuan = fixtures.unit(nation, "四川省老科协", "PROVINCIAL");
        long chengdu = fixtures.unit(sichuan, "成都市老科协", "PREFECTURE");
        long beijing = fixtures.unit(nation, "北京市老科协", "PROVINCIAL");
        Map<String, Long> codes = Map.of("330000", zhejiang, "330100", hangzhou, "330106", xihu, "510000", sichuan,
                "110000", beijing);
        DemoPlanLoader loader = new DemoPlanLoader(jdbc, units, drafts, issuing, workflow, assignments, messages);

        int issued = loader.load(units.find(nation).orElseThrow(),
                code -> Optional.ofNullable(codes.get(code)).flatMap(units::find));

        assertThat(issued).isEqualTo(3);
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
        assertThat(jdbc.sql("""
                select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id
                 where a.plan_id = ? and ai.status = 'ACCEPTED'""").param(planId).query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from assignment_item ai join assignment a on a.id = ai.assignment_id
                 where a.plan_id = ? and ai.status <> 'ACCEPTED' and ai.due_on < current_date""").param(planId)
                .query(Long.class).single()).isPositive();
    }

    private String state(long planId, long unitId) {
        return jdbc.sql("select status || '/' || impl_status from assignment where plan_id = ? and unit_id = ?")
                .param(planId).param(unitId).query(String.class).single();
    }

}
