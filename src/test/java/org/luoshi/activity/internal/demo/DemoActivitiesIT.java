package org.luoshi.activity.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.luoshi.activity.internal.activity.ActivityWorkflow;
import org.luoshi.activity.internal.series.SeriesWorkflow;
import org.luoshi.activity.internal.speaker.SpeakerWorkflow;
import org.luoshi.org.UnitDirectory;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.time.BusinessClock;
import org.luoshi.support.Fixtures;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The activity demo on a tree of its own shaped like the demo organisation (a national body; 浙江 → 杭州 → 西湖区;
 * two more provinces with a city each), so the shared test database's real root and codes stay untouched.
 */
@IntegrationTest
class DemoActivitiesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;
    @Autowired
    ActivityWorkflow activities;
    @Autowired
    SeriesWorkflow series;
    @Autowired
    SpeakerWorkflow speakers;
    @Autowired
    LinkableItems linkable;
    @Autowired
    OncePerInstallation once;
    @Autowired
    BusinessClock clock;

    @Test
    void theSeriesHasTenActivitiesHeldOverTheTreeAndTwoUpcomingOpenForRegistration() {
        long nation = fixtures.unit(fixtures.root(), "演示全国老科协", "NATIONAL");
        long zhejiang = fixtures.unit(nation, "浙江省老科协", "PROVINCIAL");
        long hangzhou = fixtures.unit(zhejiang, "杭州市老科协", "PREFECTURE");
        long xihu = fixtures.unit(hangzhou, "西湖区老科协", "COUNTY");
        for (String province : List.of("江苏省老科协", "四川省老科协")) {
            fixtures.unit(fixtures.unit(nation, province, "PROVINCIAL"), province.substring(0, 2) + "首府市老科协",
                    "PREFECTURE");
        }
        Map<String, Long> codes = Map.of("330000", zhejiang, "330100", hangzhou, "330106", xihu);
        String path = units.find(nation).orElseThrow().path();
        DemoActivities demo = new DemoActivities(activities, series, speakers, linkable, units, once, clock);

        int loaded = demo.load(units.find(nation).orElseThrow(),
                code -> Optional.ofNullable(codes.get(code)).flatMap(units::find));

        assertThat(loaded).isEqualTo(12);
        Map<String, Object> figures = jdbc.sql("""
                select count(*) filter (where a.status = 'HELD') as held,
                       count(*) filter (where a.status = 'PLANNED' and a.starts_at > ?) as upcoming,
                       count(distinct a.unit_id) as organisers,
                       count(*) filter (where a.series_id is not null) as in_series,
                       count(*) filter (where a.registration_closes_at > ?) as open
                  from activity a where a.unit_path like ? || '%'
                """).param(Timestamp.from(clock.instant())).param(Timestamp.from(clock.instant())).param(path)
                .query().singleRow();
        assertThat(figures).containsEntry("held", 10L).containsEntry("upcoming", 2L).containsEntry("in_series", 12L)
                .containsEntry("open", 2L);
        assertThat((Long) figures.get("organisers")).isGreaterThanOrEqualTo(6);
        // held activities have a 二十大代表 speaking; 西湖区's symposium has 30 places
        assertThat(jdbc.sql("""
                select count(*) from activity a where a.unit_path like ? || '%' and exists (
                  select 1 from activity_speaker_link l join activity_speaker s on s.id = l.speaker_id
                   where l.activity_id = a.id and s.congress_delegate)""").param(path).query(Long.class).single())
                .isEqualTo(12);
        assertThat(jdbc.sql("select capacity from activity where unit_id = ? and status = 'PLANNED'").param(xihu)
                .query(Integer.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'activity.held'"
                + " and scope_path like ? || '%'").param(path).query(Long.class).single()).isEqualTo(10);
    }
}
