package org.luoshi.plan.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 演示历史: spreads the demo plan's history over the weeks since it was issued. The workflow stamps every step
 * with the present moment (Instant.now(), SQL now()), so a demo played at start-up would have been issued,
 * acknowledged and reviewed all today: a weekly trend of one point, laggards unacknowledged for 0 days. A demo
 * needs a past, so once the story is played this moves the plan's timestamps back, keeping their order: issued ≤
 * acknowledged ≤ implementation plan submitted ≤ reviewed, forwarded the day after the forwarder acknowledged,
 * report ≤ review = acceptance, nothing after {@code now}. No randomness: a fresh installation with the same
 * tree gets the same history relative to the issue date. (No notifications to move: the workflow creates none,
 * only the reminders, which come later and rightly say "now".)
 */
final class DemoHistory {

    // most recipients acknowledge within the week the rules ask for, stragglers during the week after
    private static final int DAYS_TO_ACKNOWLEDGE = 14;
    private static final Duration FORWARD_AFTER_ACKNOWLEDGING = Duration.ofDays(1);
    private static final Duration DRAFTED_BEFORE_ISSUE = Duration.ofDays(3);

    private record Receipt(long id, long parentId, boolean acknowledged) {
    }

    private final JdbcClient jdbc;
    private final ZoneId zone = ZoneId.systemDefault();

    DemoHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void backdate(long planId, LocalDate issuedOn, Instant now) {
        Instant issuedAt = officeHours(issuedOn, 0);
        plan(planId, issuedAt);
        receiptsAndAcknowledgements(planId, issuedAt, now);
        implementationPlans(planId, now);
        reports(planId, now);
        acceptances(planId);
    }

    private void plan(long planId, Instant issuedAt) {
        jdbc.sql("update plan set created_at = ?, updated_at = ? where id = ?")
                .param(Timestamp.from(issuedAt.minus(DRAFTED_BEFORE_ISSUE))).param(Timestamp.from(issuedAt))
                .param(planId).update();
    }

    /**
     * Walks the assignments down from the issue: each group of siblings received the plan at once (the issue, or
     * their forwarder's acknowledgement plus a day) and acknowledged in the order the story acknowledged them.
     */
    private void receiptsAndAcknowledgements(long planId, Instant issuedAt, Instant now) {
        Map<Long, List<Receipt>> byForwarder = receiptsByForwarder(planId);
        Deque<Map.Entry<Long, Instant>> handOvers = new ArrayDeque<>(List.of(Map.entry(0L, issuedAt)));
        while (!handOvers.isEmpty()) {
            Map.Entry<Long, Instant> handOver = handOvers.pop();
            List<Receipt> siblings = byForwarder.getOrDefault(handOver.getKey(), List.of());
            long acknowledging = siblings.stream().filter(Receipt::acknowledged).count();
            for (int rank = 0; rank < siblings.size(); rank++) {
                Receipt receipt = siblings.get(rank);
                Instant acknowledged = receipt.acknowledged()
                        ? earliest(acknowledgedAt(handOver.getValue(), rank, acknowledging), now) : null;
                stamp(receipt, handOver.getValue(), acknowledged);
                if (acknowledged != null && byForwarder.containsKey(receipt.id())) {
                    handOvers.add(Map.entry(receipt.id(),
                            earliest(acknowledged.plus(FORWARD_AFTER_ACKNOWLEDGING), now)));
                }
            }
        }
    }

    /** The plan's assignments by the assignment they were forwarded from (0: issued), acknowledged ones first. */
    private Map<Long, List<Receipt>> receiptsByForwarder(long planId) {
        return jdbc.sql("""
                select id, coalesce(parent_assignment_id, 0), acknowledged_at is not null from assignment
                 where plan_id = ? order by acknowledged_at nulls last, id
                """).param(planId).query((rs, i) -> new Receipt(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
                .list().stream().collect(Collectors.groupingBy(Receipt::parentId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    private void stamp(Receipt receipt, Instant received, Instant acknowledged) {
        jdbc.sql("update assignment set issued_at = ?, acknowledged_at = ? where id = ?")
                .param(Timestamp.from(received)).param(acknowledged == null ? null : Timestamp.from(acknowledged))
                .param(receipt.id()).update();
    }

    /** The {@code rank}-th of {@code of} acknowledgers: quadratic in rank, so most come early and few late. */
    private Instant acknowledgedAt(Instant received, int rank, long of) {
        double share = (double) rank / Math.max(1, of);
        LocalDate day = received.atZone(zone).toLocalDate().plusDays((long) (DAYS_TO_ACKNOWLEDGE * share * share));
        Instant inOfficeHours = officeHours(day, rank);
        Instant anHourLater = received.plus(Duration.ofHours(1));
        return inOfficeHours.isAfter(anHourLater) ? inOfficeHours : anHourLater;
    }

    /** Some time between 9:00 and 17:00 of {@code day}, varied by {@code n}. */
    private Instant officeHours(LocalDate day, int n) {
        return day.atTime(9, 0).plusMinutes(n * 47L % 480).atZone(zone).toInstant();
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** An implementation plan two to five days after acknowledging, its review one to three days later. */
    private void implementationPlans(long planId, Instant now) {
        jdbc.sql("""
                update assignment
                   set impl_submitted_at = least(acknowledged_at + (2 + id % 4) * interval '1 day', :now)
                 where plan_id = :plan and impl_submitted_at is not null
                """).param("plan", planId).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                update assignment
                   set impl_reviewed_at = least(impl_submitted_at + (1 + id % 3) * interval '1 day', :now)
                 where plan_id = :plan and impl_reviewed_at is not null
                """).param("plan", planId).param("now", Timestamp.from(now)).update();
    }

    /**
     * Reviewed reports came in two to seven days before their item's due date (or the day after acknowledging, for
     * late acknowledgers), those still awaiting review in the last few days. A review follows one to three days
     * later, so most items are accepted on time and some late.
     */
    private void reports(long planId, Instant now) {
        jdbc.sql("""
                update progress_report r
                   set submitted_at = least(greatest(a.acknowledged_at + interval '1 day',
                           case when r.status = 'SUBMITTED' then cast(:today as date) - (1 + r.id % 4)::int
                                else ai.due_on - (2 + r.id % 6)::int end
                           + time '10:00' + (r.id % 6) * interval '1 hour'), :now)
                  from assignment a
                  join assignment_item ai on ai.assignment_id = a.id
                 where a.plan_id = :plan and r.assignment_id = a.id and ai.item_id = r.item_id
                """).param("plan", planId).param("today", LocalDate.ofInstant(now, zone))
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                update progress_report r
                   set reviewed_at = least(r.submitted_at + (1 + r.id % 3) * interval '1 day', :now)
                  from assignment a
                 where a.plan_id = :plan and r.assignment_id = a.id and r.reviewed_at is not null
                """).param("plan", planId).param("now", Timestamp.from(now)).update();
    }

    /** An item was accepted when its report was; an assignment completed with its last item. */
    private void acceptances(long planId) {
        jdbc.sql("""
                update assignment_item ai set accepted_at = r.reviewed_at
                  from progress_report r, assignment a
                 where a.plan_id = ? and ai.assignment_id = a.id and r.assignment_id = a.id
                   and r.item_id = ai.item_id and r.status = 'ACCEPTED'
                """).param(planId).update();
        jdbc.sql("""
                update assignment a set completed_at = (select max(accepted_at) from assignment_item
                                                         where assignment_id = a.id)
                 where a.plan_id = ? and a.completed_at is not null
                """).param(planId).update();
    }
}
