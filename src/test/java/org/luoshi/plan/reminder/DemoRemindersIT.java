package org.luoshi.plan.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.luoshi.org.UnitDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh demo's notification centre is not empty: the day's 催办 ran once after the demo plan was loaded, so 浙江
 * (with overdue items) and 成都 (which never acknowledged what 四川 forwarded) find the reminders the morning run would
 * have sent.
 */
@SpringBootTest(properties = "luoshi.demo.enabled=true") // the demo's own context, shared with DemoDataIT
class DemoRemindersIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitDirectory units;

    @Test
    void theDemosLaggardsFindTheirFirstRemindersWaiting() {
        assertThat(notifications("330000", "OVERDUE")).isPositive();
        assertThat(notifications("510100", "ACKNOWLEDGE")).isPositive();
    }

    private long notifications(String code, String kind) {
        long unit = units.findByCode(code).orElseThrow().id();
        return jdbc.sql("""
                select count(*) from notification n join plan p on p.id = n.plan_id
                 where n.unit_id = ? and n.kind = ? and p.doc_number = '中老科协发〔2022〕15号'
                """).param(unit).param(kind).query(Long.class).single();
    }
}
