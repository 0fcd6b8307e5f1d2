package org.luoshi.plan.internal.reminder;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.plan.internal.reminder.ReminderClock.Moment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily 催办 run: walks the assignments of issued plans in batches of {@code batch-size} (about one per unit),
 * each batch in its own transaction, so a run over 5,000 units never holds one long transaction. ShedLock makes it
 * run on one node at a time; every step is idempotent for the day, so a second run the same day sends nothing.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReminderClock clock;
    private final AutomaticReminders reminders;
    private final Escalations escalations;
    private final ReminderProperties properties;

    ReminderJob(JdbcClient jdbc, TransactionTemplate transactions, ReminderClock clock, AutomaticReminders reminders,
            Escalations escalations, ReminderProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.reminders = reminders;
        this.escalations = escalations;
        this.properties = properties;
    }

    @Scheduled(cron = "${luoshi.reminders.cron:0 30 7 * * *}", zone = "${luoshi.reminders.zone:Asia/Shanghai}")
    @SchedulerLock(name = "plan-reminders", lockAtMostFor = "PT2H")
    public void run() {
        Moment now = clock.now();
        RunTotals totals = new RunTotals();
        long after = 0;
        for (Long upTo = nextBatchEnd(after); upTo != null; after = upTo, upTo = nextBatchEnd(after)) {
            long from = after;
            long to = upTo;
            transactions.executeWithoutResult(status -> totals.add(remindBatch(now, from, to)));
        }
        log.info("reminders for {}: {}", now.today(), totals);
    }

    private RunTotals remindBatch(Moment now, long after, long upTo) {
        RunTotals batch = new RunTotals();
        batch.acknowledge = reminders.remindToAcknowledge(now, after, upTo);
        // escalation looks at the reminders sent before today's, so it goes first
        batch.escalations = escalations.escalate(now, after, upTo);
        batch.overdue = reminders.remindOverdue(now, after, upTo);
        batch.dueSoon = reminders.remindDueSoon(now, after, upTo);
        return batch;
    }

    /** The last assignment id of the next batch of assignments in issued plans, or null when none are left. */
    private Long nextBatchEnd(long after) {
        return jdbc.sql("""
                select max(id) from (select a.id from assignment a join plan p on p.id = a.plan_id
                                      where a.id > ? and p.status = 'ISSUED' order by a.id limit ?) batch
                """).param(after).param(properties.batchSize()).query(Long.class).list().get(0);
    }

    /** Notifications written by a run, for the log. */
    static final class RunTotals {
        int acknowledge;
        int escalations;
        int overdue;
        int dueSoon;

        void add(RunTotals other) {
            acknowledge += other.acknowledge;
            escalations += other.escalations;
            overdue += other.overdue;
            dueSoon += other.dueSoon;
        }

        @Override
        public String toString() {
            return "acknowledge=" + acknowledge + " escalations=" + escalations + " overdue=" + overdue
                    + " dueSoon=" + dueSoon;
        }
    }
}
