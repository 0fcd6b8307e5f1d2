package org.luoshi.org.internal.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.luoshi.audit.AuditTrail;
import org.luoshi.shared.crypto.Masking;
import org.luoshi.shared.error.BusinessException;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 身份证号试探: an ID number is unique across the country, so entering one that is registered outside one's
 * subtree ("该身份证号已登记为会员") tells that its holder is a member somewhere. That signal cannot be avoided, so
 * each such attempt is audited and counted per account in the database (every app node sees one count), and an
 * account that reaches the limit may enter no ID number at all until the window has passed.
 */
@Component
class IdNumberProbes {

    static final String ACTION = "ID_NUMBER_REGISTERED_ELSEWHERE";

    private final JdbcClient jdbc;
    private final IdNumberProbeLimit limit;
    private final Clock clock;
    private final AuditTrail audit;
    private final Messages messages;
    private final TransactionTemplate ownTransaction;

    IdNumberProbes(JdbcClient jdbc, IdNumberProbeLimit limit, Clock clock, AuditTrail audit, Messages messages,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.limit = limit;
        this.clock = clock;
        this.audit = audit;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * How many more attempts the account has. Asked before the number is looked at, so a refusal says nothing
     * about the number itself.
     */
    int remaining(Actor actor) {
        long used = jdbc.sql("select count(*) from id_number_probe where account_id = ? and probed_at > ?")
                .param(actor.accountId()).param(Timestamp.from(windowStart())).query(Long.class).single();
        return (int) Math.max(0, limit.maxAttempts() - used);
    }

    /** Refuses (429) an account that has used up its attempts. */
    void requireAllowance(Actor actor) {
        if (remaining(actor) <= 0) {
            throw exhausted();
        }
    }

    BusinessException exhausted() {
        return new BusinessException(HttpStatus.TOO_MANY_REQUESTS, "idNumber", "member.idNumber.probesExhausted",
                limit.maxAttempts(), hours());
    }

    /**
     * Records one attempt, in a transaction of its own: the save it belongs to is refused and rolled back, the
     * record of the attempt must stay. Filed under the actor's own unit, so it names no unit of the member found.
     */
    void record(Actor actor, String idNumber) {
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("delete from id_number_probe where account_id = ? and probed_at <= ?")
                    .param(actor.accountId()).param(Timestamp.from(windowStart())).update();
            jdbc.sql("insert into id_number_probe (account_id, probed_at) values (?, ?)")
                    .param(actor.accountId()).param(Timestamp.from(clock.instant())).update();
            String masked = Masking.idNumber(idNumber);
            audit.record(ACTION, MemberRegistry.ENTITY, null, actor.scopePath(),
                    messages.get("member.audit.registeredElsewhere", masked), null, Map.of("idNumber", masked));
        });
    }

    private Instant windowStart() {
        return clock.instant().minus(limit.window());
    }

    private long hours() {
        return Math.max(1, limit.window().toHours());
    }
}
