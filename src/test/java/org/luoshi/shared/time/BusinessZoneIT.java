package org.luoshi.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The app and its database sessions agree on the day, in Beijing time, whatever zone the test JVM started in. */
@IntegrationTest
class BusinessZoneIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void databaseSessionsRunInTheAssociationsZone() {
        assertThat(ZoneId.systemDefault().getId()).isEqualTo("Asia/Shanghai");
        assertThat(jdbc.sql("select current_setting('TimeZone')").query(String.class).single())
                .isEqualTo("Asia/Shanghai");
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate database = jdbc.sql("select current_date").query(LocalDate.class).single();
        assertThat(database).isBetween(before, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    }
}
