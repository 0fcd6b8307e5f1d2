package org.luoshi.study.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.org.UnitType;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.LinkableItems;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.time.BusinessClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's collective study, after the demo plan (its loader is @Order 35, reminders 36) and the leading groups
 * (40): every unit that has acknowledged the plan held sessions in the weeks since it was issued, with members of
 * its own as attendees; part of them linked to 三（二） ("至少 4 次"), so a few units have reached the target and most
 * have not. 浙江, 杭州 and 西湖区 have study plans, 西湖区's with a session planned this week. Runs once per
 * installation, each session recorded through the workflow with the business clock pinned to its day, so its
 * record reads as made then.
 */
@Component
@Order(42)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoStudySessions implements ApplicationRunner {

    static final String LOADED = "demo.study.sessions.loaded";
    private static final String STUDY_ITEM = "三（二）";
    private static final List<String> PLANNING = List.of("330000", "330100", "330106");
    private static final String THIS_WEEK = "330106";
    private static final long SEED = 20_221_016L;
    private static final Logger log = LoggerFactory.getLogger(DemoStudySessions.class);

    private final SessionWorkflow sessions;
    private final StudyPlans plans;
    private final LinkableItems linkable;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final OncePerInstallation once;
    private final BusinessClock clock;
    private final Properties text = text();

    DemoStudySessions(SessionWorkflow sessions, StudyPlans plans, LinkableItems linkable, UnitDirectory units,
            MemberDirectory members, OncePerInstallation once, BusinessClock clock) {
        this.sessions = sessions;
        this.plans = plans;
        this.linkable = linkable;
        this.units = units;
        this.members = members;
        this.once = once;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!once.claim(LOADED)) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(clock);
        int recorded = 0;
        int unitsWithSessions = 0;
        List<UnitRef> all = new ArrayList<>();
        all.add(units.root());
        all.addAll(units.subtree(units.root().path(), EnumSet.allOf(UnitType.class)));
        for (UnitRef unit : all) {
            Optional<LinkableItem> item = linkable.of(unit.id()).stream()
                    .filter(i -> i.label().startsWith(STUDY_ITEM)).findFirst();
            if (item.isEmpty()) {
                continue;
            }
            int held = sessionsOf(unit, item.get(), random, today);
            recorded += held;
            unitsWithSessions += held > 0 ? 1 : 0;
            if (PLANNING.contains(unit.code())) {
                studyPlan(unit, item.get(), today);
            }
        }
        log.info("Demo study loaded: {} collective study sessions in {} units", recorded, unitsWithSessions);
    }

    /**
     * Sessions every week or two since the plan's issue: a quarter of the units link four or more of them to the
     * item (target reached), the rest one to three; a sixth record none.
     */
    private int sessionsOf(UnitRef unit, LinkableItem item, Random random, LocalDate today) {
        List<MemberRef> people = members.search(unit.path(), "", unit.id(), 40);
        int roll = random.nextInt(12);
        if (roll < 2) {
            return 0;
        }
        int linked = roll < 5 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
        int count = linked + random.nextInt(2);
        LocalDate start = item.dueOn() == null ? today.minusWeeks(5) : item.dueOn().minusDays(28);
        Actor admin = administrator(unit);
        for (int n = 0; n < count; n++) {
            LocalDate day = start.plusDays(3 + n * 6L + random.nextInt(4));
            if (day.isAfter(today)) {
                day = today.minusDays(random.nextInt(3));
            }
            RecordSession command = command(n, day, people, random, n < linked ? item.item().itemId() : null, null);
            clock.runAt(officeHours(day, n), () -> sessions.record(admin, command));
        }
        return count;
    }

    private RecordSession command(int n, LocalDate day, List<MemberRef> people, Random random, Long itemId,
            Long plannedId) {
        StudyForm form = n == 0 ? StudyForm.CENTRAL_GROUP : StudyForm.values()[random.nextInt(StudyForm.values()
                .length)];
        List<Long> attendees = new ArrayList<>();
        for (MemberRef person : people) {
            if (random.nextInt(10) < 7) {
                attendees.add(person.id());
            }
        }
        Set<Leader> leaders = EnumSet.noneOf(Leader.class);
        for (Leader leader : Leader.values()) {
            // each leader at about one session in five: about half the sessions have one (带头学习)
            if (random.nextInt(10) < 2) {
                leaders.add(leader);
            }
        }
        return new RecordSession(form, day, 60 + 30 * random.nextInt(4), pick("topic", 6, n + random.nextInt(6)),
                pick("lead", 4, random.nextInt(4)), List.of(), List.of(pick("material", 3, random.nextInt(3))),
                attendees, random.nextInt(8), leaders, text.getProperty("minutes"), itemId, plannedId);
    }

    /** A study plan: two sessions planned in the past (one of them held), one this week (西湖区), one later. */
    private void studyPlan(UnitRef unit, LinkableItem item, LocalDate today) {
        Actor admin = administrator(unit);
        long planId = item.item().planId();
        plans.writeTopics(admin, planId, text.getProperty("plan.topics").replace("\\n", "\n"), null);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> days = List.of(today.minusDays(20), today.minusDays(9),
                THIS_WEEK.equals(unit.code()) ? monday.plusDays(5) : today.plusDays(12), today.plusDays(30));
        List<Long> planned = new ArrayList<>();
        for (int n = 0; n < days.size(); n++) {
            planned.add(plans.plan(admin, planId, new PlanSession(days.get(n), n == 1 ? StudyForm.SEMINAR
                    : StudyForm.CENTRAL_GROUP, text.getProperty("plan.planned." + (n + 1)),
                    text.getProperty("lead.1"), text.getProperty("material.2"), item.item().itemId())));
        }
        LocalDate held = days.get(0);
        RecordSession command = new RecordSession(StudyForm.CENTRAL_GROUP, held, 120,
                text.getProperty("plan.planned.1"), text.getProperty("lead.1"), List.of(),
                List.of(text.getProperty("material.2")), members.search(unit.path(), "", unit.id(), 20).stream()
                        .map(MemberRef::id).toList(), 2, EnumSet.of(Leader.PRESIDENT, Leader.PARTY_SECRETARY),
                text.getProperty("minutes"), item.item().itemId(), planned.get(0));
        clock.runAt(officeHours(held, 1), () -> sessions.record(admin, command));
    }

    private Instant officeHours(LocalDate day, int n) {
        return day.atTime(14, 30).plusMinutes(n * 7L).atZone(clock.getZone()).toInstant();
    }

    private String pick(String prefix, int size, int n) {
        return text.getProperty(prefix + "." + (1 + Math.floorMod(n, size)));
    }

    private static Actor administrator(UnitRef unit) {
        return new Actor(0, "demo", "demo", unit.id(), unit.path(), Set.of(Role.UNIT_ADMIN));
    }

    private static Properties text() {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource("demo/study-sessions.properties").getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
