package org.luoshi.publicity.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.luoshi.org.UnitRef;
import org.luoshi.publicity.internal.briefing.BriefingWorkflow;
import org.luoshi.publicity.internal.briefing.CompileBriefing;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.time.BusinessClock;
import org.springframework.stereotype.Component;

/**
 * The demo's 工作简报: the national body compiles 第1期 (on the plan's 18th day) and 第2期 (its 31st) from what it had
 * adopted by then, issues each (its Word document printed once and kept) and publishes it to the 工作简报 column,
 * through {@link BriefingWorkflow} on the business clock moved to that day.
 */
@Component
class DemoBriefings {

    private static final int[] DAYS = {18, 31};

    private final BriefingWorkflow briefings;
    private final BusinessClock clock;

    DemoBriefings(BriefingWorkflow briefings, BusinessClock clock) {
        this.briefings = briefings;
        this.clock = clock;
    }

    /** Issues and publishes the briefings whose day has come; returns how many. */
    int issue(UnitRef nation, Actor editor, List<DemoPublicity.Adoption> adoptions, LocalDate planIssued, Instant now,
            Properties text) {
        int published = 0;
        Instant previous = Instant.MIN;
        for (int n = 1; n <= DAYS.length; n++) {
            LocalDate day = planIssued.plusDays(DAYS[n - 1]);
            Instant at = day.atTime(15, 0).atZone(clock.getZone()).toInstant();
            Instant from = previous;
            List<Long> picked = adoptions.stream().filter(a -> a.at().isAfter(from) && a.at().isBefore(at))
                    .map(DemoPublicity.Adoption::submissionId).toList();
            if (!at.isBefore(now) || picked.isEmpty()) {
                continue;
            }
            previous = at;
            CompileBriefing command = new CompileBriefing(day.getYear(), null, text.getProperty("briefing.title"),
                    nation.name(), day, text.getProperty("briefing." + n + ".foreword"),
                    text.getProperty("briefing.reportTo"), text.getProperty("briefing.sendTo"),
                    text.getProperty("briefing.issueTo"));
            clock.runAt(at, () -> {
                long id = briefings.create(editor, command);
                briefings.pick(editor, id, picked, null);
                briefings.issue(editor, id, null);
                briefings.publish(editor, id, null);
            });
            published++;
        }
        return published;
    }
}
