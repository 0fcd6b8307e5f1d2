package org.luoshi.study.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.org.MemberDirectory;
import org.luoshi.org.MemberRef;
import org.luoshi.org.UnitDirectory;
import org.luoshi.org.UnitRef;
import org.luoshi.shared.db.OncePerInstallation;
import org.luoshi.shared.error.Messages;
import org.luoshi.shared.security.Actor;
import org.luoshi.shared.security.Role;
import org.luoshi.shared.time.BusinessClock;
import org.luoshi.study.PasteMaterial;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's study material: the seed document itself (demo/seed-plan.txt), published by the national body the day
 * after the demo plan was issued, and the reading of part of the demo members since: about one in eight finished,
 * three in ten part-way, the rest not started, on days spread over the weeks since (so coverage grows week by week).
 * Written in bulk in SQL, material_reader in step with reading_progress as the writer keeps them. Once per
 * installation; the demo member account's own member is left unread, for a visitor to begin.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "luoshi.demo.enabled", havingValue = "true")
class DemoReading implements ApplicationRunner {

    static final String STEP = "demo.study.reading";
    private static final int MAX_MEMBERS = 200_000;
    private static final Logger log = LoggerFactory.getLogger(DemoReading.class);

    private final Materials materials;
    private final UnitDirectory units;
    private final MemberDirectory members;
    private final AccountDirectory accounts;
    private final OncePerInstallation once;
    private final JdbcClient jdbc;
    private final Messages messages;
    private final ReadingProperties properties;
    private final BusinessClock clock;

    DemoReading(Materials materials, UnitDirectory units, MemberDirectory members, AccountDirectory accounts,
            OncePerInstallation once, JdbcClient jdbc, Messages messages, ReadingProperties properties,
            BusinessClock clock) {
        this.materials = materials;
        this.units = units;
        this.members = members;
        this.accounts = accounts;
        this.once = once;
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!once.claim(STEP)) {
            return;
        }
        UnitRef root = units.root();
        LocalDate today = LocalDate.now(clock);
        LocalDate publishedOn = today.minusDays(Long.parseLong(setting("issuedDaysAgo"))).plusDays(1);
        Instant publishedAt = publishedOn.atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant();
        Actor national = new Actor(0, "demo", messages.get("study.reading.demo.actor"), root.id(), root.path(),
                Set.of(Role.UNIT_ADMIN));
        Material material = clock.callAt(publishedAt, () -> {
            Material draft = materials.paste(national, new PasteMaterial(messages.get("study.reading.demo.title"),
                    messages.get("study.reading.demo.source"), seedText()));
            return materials.publish(national, draft.id());
        });
        int readers = readers(material, root, publishedOn, today);
        log.info("Demo study material published with {} sections; {} demo members have started it",
                material.sectionCount(), readers);
    }

    private int readers(Material material, UnitRef root, LocalDate from, LocalDate today) {
        Set<Long> visitor = demoMember();
        int n = material.sectionCount();
        long days = Math.max(1, ChronoUnit.DAYS.between(from, today));
        List<Long> ids = new ArrayList<>();
        List<Long> unitIds = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Integer> reads = new ArrayList<>();
        List<String> started = new ArrayList<>();
        List<String> last = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (MemberRef member : members.search(root.path(), null, null, MAX_MEMBERS)) {
            long r = Math.floorMod(member.id() * 2_654_435_761L, 1000L);
            if (r >= 420 || visitor.contains(member.id()) || n < 2) {
                continue;
            }
            boolean done = r < 120;
            // earlier starters are more common: the first weeks after a plan is issued are the busiest
            long offset = (long) (days * Math.pow((r * 7919 % 1000) / 1000.0, 1.6));
            LocalDate start = from.plusDays(Math.min(offset, days - 1));
            LocalDate end = start.plusDays(r % 9).isAfter(today) ? today : start.plusDays(r % 9);
            ids.add(member.id());
            unitIds.add(member.unitId());
            paths.add(member.unitPath());
            reads.add(done ? n : 1 + (int) (r % (n - 1)));
            started.add(start.toString());
            last.add(end.toString());
            finished.add(done ? end.toString() : null);
        }
        if (ids.isEmpty()) {
            return 0;
        }
        String zone = clock.getZone().getId();
        jdbc.sql("""
                insert into material_reader (material_id, member_id, unit_id, unit_path, sections_read, last_section,
                                             started_on, finished_on)
                select :material, t.m, t.u, t.p, t.k, least(t.k + 1, :n), t.s, t.f
                  from unnest(cast(:members as bigint[]), cast(:units as bigint[]), cast(:paths as text[]),
                              cast(:reads as int[]), cast(:started as date[]), cast(:finished as date[]))
                       as t(m, u, p, k, s, f)
                on conflict do nothing
                """).param("material", material.id()).param("n", n).param("members", ids.toArray(Long[]::new))
                .param("units", unitIds.toArray(Long[]::new)).param("paths", paths.toArray(String[]::new))
                .param("reads", reads.toArray(Integer[]::new)).param("started", started.toArray(String[]::new))
                .param("finished", finished.toArray(String[]::new)).update();
        // each read section at its share of the days between the first and the last; the next one opened, unread
        jdbc.sql("""
                insert into reading_progress (member_id, section_id, material_id, dwell_ms, first_at, last_at,
                                              finished_at)
                select t.m, s.id, :material,
                       case when s.ordinal <= t.k then greatest(:minMs, ceil(s.char_count * 1000.0 / :cps))::int + 7000
                            else 25000 end,
                       at.ts, at.ts + interval '3 minutes',
                       case when s.ordinal <= t.k then at.ts + interval '3 minutes' end
                  from unnest(cast(:members as bigint[]), cast(:reads as int[]), cast(:started as date[]),
                              cast(:last as date[])) as t(m, k, s, e)
                  join study_section s on s.material_id = :material and s.ordinal <= least(t.k + 1, :n)
                  cross join lateral (select least(cast(:latest as timestamptz),
                        ((t.s + time '09:30') at time zone :zone)
                        + (t.e - t.s) * interval '1 day' * (s.ordinal - 1) / greatest(t.k, 1)
                        + (s.ordinal % 5) * interval '7 minutes') as ts) at
                on conflict do nothing
                """).param("material", material.id()).param("n", n).param("members", ids.toArray(Long[]::new))
                .param("reads", reads.toArray(Integer[]::new)).param("started", started.toArray(String[]::new))
                .param("last", last.toArray(String[]::new)).param("zone", zone)
                .param("latest", java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofMinutes(30))))
                .param("minMs", properties.minimumDwell().toMillis()).param("cps", properties.charsPerSecond())
                .update();
        return ids.size();
    }

    /** The member the demo `member` account reads as, if linked. */
    private Set<Long> demoMember() {
        return units.findByCode("330106").map(unit -> accounts.accountsOf(List.of(unit.id())).stream()
                .filter(account -> account.roles().contains(Role.MEMBER))
                .flatMap(account -> accounts.memberOf(account.accountId()).stream()).collect(
                        java.util.stream.Collectors.toSet())).orElse(Set.of());
    }

    private static String seedText() {
        try (InputStream in = new ClassPathResource("demo/seed-plan.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setting(String name) {
        Properties settings = new Properties();
        try (InputStream in = new ClassPathResource("demo/seed-plan.properties").getInputStream()) {
            settings.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return settings.getProperty(name);
    }
}
