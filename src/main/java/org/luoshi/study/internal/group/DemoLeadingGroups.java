package org.luoshi.study.internal.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.plan.AssignmentRef;
import org.luoshi.plan.LinkableItem;
import org.luoshi.plan.PlanRecipients;
import org.luoshi.plan.PlanRollups;
import org.luoshi.plan.RollupPlan;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.error.Messages;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's leading groups: two of every three units that acknowledged the demo plan set one up in the plan's
 * second week, counted toward 三、(一), with a 组长, a 副组长, members of the registry and a 联络员. Runs once per
 * installation (app_setting demo.study.groups.loaded), after the demo plan ({@code @Order(35)}) and its reminders
 * (36), all in one transaction, so a failed start loads it again on the next one. The county of the demo account
 * {@code county-admin} (西湖区) is left without one, for a visitor to record.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoLeadingGroups implements ApplicationRunner {

    static final String LOADED = "demo.study.groups.loaded";
    private static final Logger log = LoggerFactory.getLogger(DemoLeadingGroups.class);

    private final OncePerInstallation once;
    private final TransactionTemplate transaction;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final PlanRollups rollups;
    private final PlanRecipients recipients;
    private final LeadingGroups groups;
    private final BusinessClock clock;
    private final Messages messages;

    DemoLeadingGroups(OncePerInstallation once, TransactionTemplate transaction, UnitDirectory units,
            MemberDirectory members, PlanRollups rollups, PlanRecipients recipients, LeadingGroups groups,
            BusinessClock clock, Messages messages) {
        this.once = once;
        this.transaction = transaction;
        this.units = units;
        this.members = members;
        this.rollups = rollups;
        this.recipients = recipients;
        this.groups = groups;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer loaded = transaction.execute(status -> once.claim(LOADED) ? load() : null);
        if (loaded != null) {
            log.info("Demo leading groups loaded: {}", loaded);
        }
    }

    /** Sets up the demo groups; answers how many. */
    int load() {
        UnitRef root = units.root();
        Properties names = names();
        String docNumber = seedDocNumber();
        List<String> leftToTry = List.of(names.getProperty("leftToTry", "").split(","));
        RollupPlan plan = rollups.currentPlans(administrator(root), 50).stream()
                .filter(candidate -> docNumber.equals(candidate.docNumber())).findFirst().orElse(null);
        if (plan == null) {
            return 0;
        }
        int acknowledged = 0;
        int made = 0;
        for (AssignmentRef assignment : recipients.within(plan.id(), root.path())) {
            List<LinkableItem> items = groups.linkableByPlan(assignment.unitId()).getOrDefault(plan.id(), List.of());
            if (items.isEmpty() || acknowledged++ % 3 == 2) {
                continue; // not acknowledged, or the third of three that has not set one up yet
            }
            UnitRef unit = units.find(assignment.unitId()).orElseThrow();
            if (leftToTry.contains(unit.code())) {
                continue;
            }
            LocalDate setUpOn = min(plan.issuedOn().plusDays(7 + made % 10), LocalDate.now(clock));
            setUp(unit, plan, items.get(0), setUpOn, names, made);
            made++;
        }
        return made;
    }

    private void setUp(UnitRef unit, RollupPlan plan, LinkableItem item, LocalDate setUpOn, Properties names, int n) {
        Actor admin = administrator(unit);
        clock.runAt(setUpOn.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant(), () -> {
            LeadingGroup group = groups.record(admin,
                    new RecordLeadingGroup(unit.id(), plan.id(), item.item().itemId(), setUpOn));
            groups.addSeat(admin, group.id(), person(SeatRole.HEAD, names, n, "post.head", 0));
            groups.addSeat(admin, group.id(), person(SeatRole.DEPUTY, names, n, "post.deputy", 1));
            for (MemberRef member : members.search(unit.path(), "", unit.id(), 2)) {
                groups.addSeat(admin, group.id(), new SeatDetails(SeatRole.MEMBER, member.id(), null, null, null,
                        null));
            }
            groups.addSeat(admin, group.id(), person(SeatRole.LIAISON, names, n, "post.liaison", 2));
        });
    }

    private static SeatDetails person(SeatRole role, Properties names, int n, String postKey, int offset) {
        String[] surnames = names.getProperty("surnames").split(",");
        String[] given = names.getProperty("given").split(",");
        int k = n * 3 + offset;
        String name = surnames[k % surnames.length] + given[(k * 7) % given.length];
        String phone = String.format("139%08d", (n * 31L + offset * 7L) % 100_000_000L);
        return new SeatDetails(role, null, name, names.getProperty(postKey), phone, null);
    }

    private Actor administrator(UnitRef unit) {
        return new Actor(0, "demo", messages.get("study.group.demo.actor"), unit.id(), unit.path(),
                Set.of(Role.UNIT_ADMIN));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String seedDocNumber() {
        return read("demo/seed-plan.properties").getProperty("docNumber");
    }

    private static Properties names() {
        return read("demo/study-groups.properties");
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
