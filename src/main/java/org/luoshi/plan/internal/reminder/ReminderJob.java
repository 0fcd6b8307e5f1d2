package org.luoshi.plan.internal.reminder;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.luoshi.plan.UnitsReminded;
import org.luoshi.plan.UnitsReminded.Reason;
import org.luoshi.plan.UnitsReminded.Reminder;
import org.luoshi.plan.internal.reminder.ReminderClock.Moment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily 催办 run: walks the assignments of issued plans in batches of {@code batch-size} (about one per unit),
 * each batch in its own transaction, so a run over 5,000 units never holds one long transaction. ShedLock makes it
 * run on one node at a time; every step is idempotent for the day, so a second run the same day sends nothing.
 * Each step's reminders are published in the batch's transaction ({@link UnitsReminded}): the notifications are
 * written with the marks or not at all.
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
    private final ApplicationEventPublisher events;

    ReminderJob(JdbcClient jdbc, TransactionTemplate transactions, ReminderClock clock, AutomaticReminders reminders,
            Escalations escalations, ReminderProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.reminders = reminders;
        this.escalations = escalations;
        this.properties = properties;
        this.events = events;
    }

    @Scheduled(cron = "${luoshi.reminders.cron:0 30 7 * * *}", zone = "${luoshi.zone:Asia/Shanghai}")
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
        batch.acknowledge = publish(now, Reason.ACKNOWLEDGE, reminders.remindToAcknowledge(now, after, upTo));
        // escalation looks at the reminders sent before today's, so it goes first
        batch.escalations = publish(now, Reason.ESCALATION, escalations.escalate(now, after, upTo));
        batch.overdue = publish(now, Reason.OVERDUE, reminders.remindOverdue(now, after, upTo));
        batch.dueSoon = publish(now, Reason.DUE_SOON, reminders.remindDueSoon(now, after, upTo));
        return batch;
    }

    private int publish(Moment now, Reason reason, List<Reminder> reminded) {
        if (!reminded.isEmpty()) {
            events.publishEvent(new UnitsReminded(reason, reminded, null, null, now.today(), now.instant()));
        }
        return reminded.size();
    }

    /** The last assignment id of the next batch of assignments in issued plans, or null when none are left. */
    private Long nextBatchEnd(long after) {
        return jdbc.sql("""
                select max(id) from (select a.id from assignment a join plan p on p.id = a.plan_id
                                      where a.id > ? and p.status = 'ISSUED' order by a.id limit ?) batch
                """).param(after).param(properties.batchSize()).query(Long.class).list().get(0);
    }

    /** Assignments chased by a run, for the log. */
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
