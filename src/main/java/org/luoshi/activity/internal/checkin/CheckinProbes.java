package org.luoshi.activity.internal.checkin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.luoshi.shared.error.BusinessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 姓名加手机尾号的试探: four digits are few, so a check-in by name and phone suffix that fits nobody is counted per
 * activity and client address, in the database (every node sees one count). Past the limit that client is refused
 * before the registry is asked, so the refusal says nothing about the name. The count is per address, not per
 * session, because a session is thrown away by clearing a cookie; the limit is high enough for a venue whose phones
 * share one address through its Wi-Fi.
 */
@Component
class CheckinProbes {

    private final JdbcClient jdbc;
    private final CheckinProperties properties;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    CheckinProbes(JdbcClient jdbc, CheckinProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void requireAllowance(long activityId, String client) {
        long used = jdbc.sql("""
                select count(*) from activity_checkin_probe where activity_id = ? and client = ? and probed_at > ?
                """).params(activityId, client, Timestamp.from(windowStart())).query(Long.class).single();
        if (used >= properties.maxProbes()) {
            throw new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "phoneSuffix",
                    "activity.checkin.phone.probesExhausted", Math.max(1, properties.probeWindow().toMinutes()));
        }
    }

    /** One attempt that fitted nobody, kept although the check-in it belonged to is refused and rolled back. */
    void record(long activityId, String client) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from activity_checkin_probe where activity_id = ? and client = ? and probed_at <= ?")
                    .params(activityId, client, Timestamp.from(windowStart())).update();
            jdbc.sql("insert into activity_checkin_probe (activity_id, client, probed_at) values (?, ?, ?)")
                    .params(activityId, client, Timestamp.from(clock.instant())).update();
        });
    }

    private Instant windowStart() {
        return clock.instant().minus(properties.probeWindow());
    }
}
