package org.luoshi.study.internal.coverage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Coverage grows as members read, with no write of the link itself: every {@code luoshi.study.coverage.recount-cron}
 * (10 minutes by default) each link is counted again, each in its own transaction, so one item no longer linkable
 * (its plan withdrawn) is logged and skipped while the others count. ShedLock runs it on one node at a time.
 */
@Component
public class CoverageRecount {

    private static final Logger log = LoggerFactory.getLogger(CoverageRecount.class);

    private final CoverageLinks links;
    private final TransactionTemplate transactions;

    CoverageRecount(CoverageLinks links, TransactionTemplate transactions) {
        this.links = links;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${luoshi.study.coverage.recount-cron:0 */10 * * * *}", zone = "${luoshi.zone:Asia/Shanghai}")
    @SchedulerLock(name = "study-coverage-recount", lockAtMostFor = "PT9M")
    public void run() {
        int changed = 0;
        for (long id : links.allIds()) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> links.recount(id)))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                log.warn("coverage link {} not counted again: {}", id, e.getMessage());
            }
        }
        log.info("coverage links counted again: {} changed", changed);
    }
}
